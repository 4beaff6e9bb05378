import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { addDays, beijingDate, type Role } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AccountEntity } from '../accounts/account.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { ApplicationsService } from '../applications/applications.service';
import { AttachmentsService } from '../attachments/attachments.service';
import type { Actor } from '../auth/actor';
import { CallEntity } from '../calls/call.entity';
import { Clock } from '../common/clock';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig, repositoryRoot } from '../config/app-config';
import { bootstrapSeedDue } from '../seeds/bootstrap-seed';
import { SeedRunEntity } from '../seeds/seed-run.entity';
import { DocumentsService } from './documents.service';

/** The seed set's name in `seed_run`. */
export const DEMO_SIGNING_SEED = 'demo-signing-v1';

const DemoSigningSchema = z.object({
  enterprise: z.string(),
  category: z.enum(['SMART_MFG_PILOT', 'TECH_TRANSFORMATION', 'INNOVATION_CENTRE', 'IT_INTEGRATION']),
  selfAssessmentDaysAgo: z.number().int().min(0),
  data: z.record(z.string(), z.unknown()),
  scanFileName: z.string(),
});

/**
 * With the demo seeds, the demo enterprise has a draft whose 申报文件 area shows the paperwork (seeds/demo-signing.json):
 * the 签字盖章用 copy printed once and its scan uploaded, tied to that copy's 核验码. It goes through the API's own
 * services as the enterprise (start, save, print, upload: each validated, in its transaction and audited), after
 * start-up when object storage is reachable; `seed_run` is written last, and a start after a partial run finds the
 * draft and only finishes the record.
 */
@Injectable()
export class DemoSigningSeed implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly documents: DocumentsService,
    private readonly attachments: AttachmentsService,
    private readonly clock: Clock,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await bootstrapSeedDue(this.dataSource, this.config.seed.demo, DEMO_SIGNING_SEED, 'demo-calls-v1'))) return;
    const runs = this.dataSource.getRepository(SeedRunEntity);
    const demo = DemoSigningSchema.parse(JSON.parse(fs.readFileSync(path.join(repositoryRoot(), 'seeds', 'demo-signing.json'), 'utf8')));
    const account = await this.dataSource.getRepository(AccountEntity).findOneBy({ username: demo.enterprise });
    const call = await this.dataSource.getRepository(CallEntity).findOneBy({ category: demo.category, status: 'open' });
    if (!account || account.enterpriseId === null || !call) return;
    const actor: Actor = { accountId: account.id, username: account.username, displayName: account.displayName, role: account.role as Role, enterpriseId: account.enterpriseId, recommendingUnitCode: null, sessionHash: 'demo-seed' };
    const existing = await this.dataSource.getRepository(ApplicationEntity).findOneBy({ callId: call.id, enterpriseId: account.enterpriseId });
    if (!existing) {
      const started = await this.applications.start(actor, call.id);
      const data = { ...demo.data, selfAssessmentDate: addDays(beijingDate(this.clock.now()), -demo.selfAssessmentDaysAgo) };
      await this.applications.saveDraft(actor, started.id, { version: started.version, data });
      // The copy as printed is what the demo "scans": the real PDF, marked 签字盖章用, with its 核验码.
      const copy = await this.documents.signingCopy(actor, started.id);
      const scan = Buffer.isBuffer(copy.body) ? copy.body : Buffer.alloc(0);
      await this.attachments.upload(actor, started.id, 'signed_application', {
        body: Readable.from([scan]),
        contentType: 'application/pdf',
        contentEncoding: undefined,
        contentLength: scan.length,
        chunked: false,
        fileName: encodeURIComponent(demo.scanFileName),
      });
      this.logger.event('info', 'seeds', 'demo application with a signed scan added', { applicationId: started.id, code: copy.code });
    }
    await runs.insert({ name: DEMO_SIGNING_SEED, appliedAt: this.clock.now() });
  }
}
