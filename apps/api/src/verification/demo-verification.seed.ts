import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { EmailField, MobileField, RECOMMENDING_UNIT_CODES, UsccField } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AccountEntity } from '../accounts/account.entity';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { hashPassword } from '../accounts/password-hasher';
import { Clock } from '../common/clock';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig, repositoryRoot } from '../config/app-config';
import { readDemoAccounts } from '../seeds/seed-runner';
import { bootstrapSeedDue } from '../seeds/bootstrap-seed';
import { SeedRunEntity } from '../seeds/seed-run.entity';
import { ObjectStorage } from '../storage/object-storage';
import { EnterpriseDocumentEntity } from './enterprise-document.entity';
import { ENTERPRISE_DOCUMENT_PREFIX } from './verification.service';

/** The seed set's name in `seed_run`: it runs once, like the seed runner's sets. */
export const DEMO_VERIFICATION_SEED = 'demo-verification-v1';

const DemoVerificationSchema = z.object({
  enterprise: z.object({ uscc: UsccField, name: z.string().min(4), contactName: z.string().min(2), mobile: MobileField, email: EmailField, recommendingUnitCode: z.enum(RECOMMENDING_UNIT_CODES as [string, ...string[]]) }),
});

/**
 * With the demo seeds, one enterprise waits for 企业认证 so a newcomer finds the officers' queue filled. It cannot be a
 * set of the seed runner, which runs before object storage is reachable from Nest: its two documents are specimen
 * PDFs put to S3 first, then the enterprise, its administrator, the document rows and the `seed_run` row are written in
 * one transaction (a failure leaves at most two objects no row names, and the next start tries again).
 */
@Injectable()
export class DemoVerificationSeed implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly clock: Clock,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await bootstrapSeedDue(this.dataSource, this.config.seed.demo, DEMO_VERIFICATION_SEED, 'demo-accounts-v1'))) return;
    const seedsDir = path.join(repositoryRoot(), 'seeds');
    const demo = DemoVerificationSchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-verification.json'), 'utf8')));
    const passwordHash = await hashPassword(readDemoAccounts(seedsDir).password);
    const now = new Date(Math.floor(this.clock.now().getTime() / 1000) * 1000);
    const { enterprise } = demo;
    const documents = [
      { kind: 'business_licence', fileName: '营业执照（演示样例）.pdf', body: specimenPdf(`BUSINESS LICENCE - SPECIMEN - USCC ${enterprise.uscc}`) },
      { kind: 'authorisation_letter', fileName: '授权书（演示样例）.pdf', body: specimenPdf(`AUTHORISATION LETTER - SPECIMEN - USCC ${enterprise.uscc}`) },
    ];
    const keys = documents.map((document) => `${ENTERPRISE_DOCUMENT_PREFIX}demo/${enterprise.uscc}-${document.kind}.pdf`);
    for (const [index, document] of documents.entries()) await this.storage.put(keys[index], document.body, document.body.length, 'application/pdf');

    await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        EnterpriseEntity,
        manager.create(EnterpriseEntity, {
          uscc: enterprise.uscc,
          name: enterprise.name,
          contactName: enterprise.contactName,
          mobile: enterprise.mobile,
          email: enterprise.email,
          verificationStatus: 'pending',
          verificationReason: null,
          verificationUnitCode: enterprise.recommendingUnitCode,
          verificationRequestedAt: now,
          verificationDecidedAt: null,
          verificationDecidedBy: null,
          createdAt: now,
          version: 1,
        }),
      );
      const account = await manager.save(
        AccountEntity,
        manager.create(AccountEntity, {
          username: enterprise.uscc,
          role: 'enterprise_admin',
          displayName: `${enterprise.name} · 管理员`,
          passwordHash,
          enterpriseId: saved.id,
          recommendingUnitCode: null,
          mobile: enterprise.mobile,
          email: enterprise.email,
          status: 'active',
          createdAt: now,
          passwordChangedAt: now,
          version: 1,
        }),
      );
      for (const [index, document] of documents.entries()) {
        await manager.insert(EnterpriseDocumentEntity, {
          enterpriseId: saved.id,
          kind: document.kind,
          fileName: document.fileName,
          contentType: 'application/pdf',
          size: document.body.length,
          sha256: sha256(document.body),
          objectKey: keys[index],
          uploadedBy: account.id,
          uploadedAt: now,
        });
      }
      await manager.insert(SeedRunEntity, { name: DEMO_VERIFICATION_SEED, appliedAt: now });
    });
    this.logger.event('info', 'seeds', 'seed sets applied', { sets: [DEMO_VERIFICATION_SEED] });
  }
}

function sha256(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

/** A one-page PDF with one line of text (Helvetica), byte offsets computed, so any viewer opens it. */
export function specimenPdf(text: string): Buffer {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 18 Tf 60 760 Td (${escaped}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
