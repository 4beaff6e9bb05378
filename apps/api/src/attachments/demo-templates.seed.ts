import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { beijingDate, publicationIssuer } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { CallEntity } from '../calls/call.entity';
import { Clock } from '../common/clock';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { renderCreditCommitmentTemplate } from '../documents/renderers/credit-commitment.renderer';
import { bootstrapSeedDue } from '../seeds/bootstrap-seed';
import { SeedRunEntity } from '../seeds/seed-run.entity';
import { ObjectStorage } from '../storage/object-storage';
import { SlotTemplateEntity } from './slot-template.entity';
import { TEMPLATE_PREFIX } from './slot-templates.service';

/** The seed set's name in `seed_run`: it runs once, like the seed runner's sets. */
export const DEMO_TEMPLATES_SEED = 'demo-templates-v1';
/** The slots the demo gives a template (授权书 would be here too, were it a slot of the default calls). */
const TEMPLATE_SLOTS = ['credit_commitment'] as const;

/**
 * With the demo seeds, every open demo call's 信用承诺书 slot has a template (a real PDF rendered at seed time with the
 * CJK font), so the enterprise app's documents area shows one to download. Like the 企业认证 demo seed it runs after
 * start-up, when object storage is reachable: the objects first, then the rows and the `seed_run` row in one
 * transaction (a failure leaves objects no row names, and the next start tries again).
 */
@Injectable()
export class DemoTemplatesSeed implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly clock: Clock,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await bootstrapSeedDue(this.dataSource, this.config.seed.demo, DEMO_TEMPLATES_SEED, 'demo-calls-v1'))) return;
    const now = new Date(Math.floor(this.clock.now().getTime() / 1000) * 1000);
    const calls = await this.dataSource.getRepository(CallEntity).find({ where: { status: 'open' }, order: { id: 'ASC' } });
    // Uploaded, as far as the record goes, by the demo city officer.
    const officer = await this.dataSource.getRepository(AccountEntity).findOneBy({ username: 'city.officer' });
    const rows: Omit<SlotTemplateEntity, 'id' | 'call'>[] = [];
    for (const call of calls) {
      for (const slotKey of TEMPLATE_SLOTS) {
        if (!call.attachmentSlots.some((slot) => slot.key === slotKey)) continue;
        const rendered = await renderCreditCommitmentTemplate({ callTitle: call.title, issuer: publicationIssuer(Number(beijingDate(now).slice(0, 4))), creationDate: now });
        const objectKey = `${TEMPLATE_PREFIX}${call.id}/demo-${slotKey}.pdf`;
        const sha256 = createHash('sha256').update(rendered.pdf).digest('hex');
        await this.storage.put(objectKey, rendered.pdf, rendered.pdf.length, 'application/pdf', { sha256 });
        rows.push({ callId: call.id, slotKey, fileName: '信用承诺书（模板）.pdf', contentType: 'application/pdf', size: rendered.pdf.length, sha256, objectKey, uploadedBy: officer?.id ?? 0, uploadedAt: now });
      }
    }
    await this.dataSource.transaction(async (manager) => {
      for (const row of rows) await manager.save(SlotTemplateEntity, manager.create(SlotTemplateEntity, row));
      await manager.insert(SeedRunEntity, { name: DEMO_TEMPLATES_SEED, appliedAt: now });
    });
    this.logger.event('info', 'seeds', 'demo slot templates added', { templates: rows.length });
  }
}
