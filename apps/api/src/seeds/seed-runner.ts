import fs from 'node:fs';
import path from 'node:path';
import {
  addDays,
  beijingDate,
  callWindow,
  DEFAULT_RUBRIC,
  defaultAttachmentSlots,
  defaultCallSettings,
  DISTRICTS,
  EmailField,
  ExpertInputSchema,
  EnterpriseProfileSchema,
  KEY_FIELDS,
  MobileField,
  PROGRAMME_CATEGORIES,
  type ProgrammeCategoryCode,
  ROLES,
  UsccField,
} from '@shifan/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AccountEntity } from '../accounts/account.entity';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { hashPassword } from '../accounts/password-hasher';
import { DistrictEntity } from '../catalogue/district.entity';
import { IndustryFieldEntity } from '../catalogue/industry-field.entity';
import { ProgrammeCategoryEntity } from '../catalogue/programme-category.entity';
import { EnterpriseProfileEntity } from '../applications/enterprise-profile.entity';
import { ReceiptCounterEntity } from '../applications/receipt-counter.entity';
import { CallVersionEntity } from '../calls/call-version.entity';
import { CallEntity } from '../calls/call.entity';
import { ExpertEntity } from '../review/expert.entity';
import { SeedRunEntity } from './seed-run.entity';

const DemoAccountsSchema = z.object({
  password: z.string().min(8),
  enterprises: z.array(z.object({ uscc: UsccField, name: z.string().min(4), contactName: z.string().min(2), mobile: MobileField, email: EmailField })),
  accounts: z.array(
    z.object({
      username: z.string().min(1).max(64),
      role: z.enum(ROLES),
      displayName: z.string().min(1).max(100),
      /** The USCC of the enterprise an enterprise account belongs to. */
      enterprise: z.string().length(18).optional(),
      districtCode: z.string().length(6).optional(),
      mobile: MobileField.optional(),
      email: EmailField.optional(),
    }),
  ),
});

export type DemoAccounts = z.infer<typeof DemoAccountsSchema>;

interface SeedSet {
  name: string;
  demo: boolean;
  apply(manager: EntityManager, now: Date): Promise<void>;
}

const DemoExpertsSchema = z.object({
  experts: z.array(ExpertInputSchema.omit({ accountUserName: true, available: true }).extend({ username: z.string().min(1).max(64) })),
});

const DemoCallsSchema = z.object({
  historic: z.object({ years: z.array(z.number().int()), opensOn: z.string().regex(/^\d{2}-\d{2}$/), applicationDeadline: z.string().regex(/^\d{2}-\d{2}$/) }),
  current: z.object({ openedDaysAgo: z.number().int().min(0), deadlineInDays: z.number().int().min(1) }),
  titles: z.record(z.string(), z.string()),
  notice: z.string(),
  demoProfile: z.object({ enterprise: z.string().length(18), data: z.record(z.string(), z.unknown()) }),
});

/** A call as the seeds make it: domain defaults for the category and the given schedule, published as version 1. */
async function seedCall(manager: EntityManager, category: ProgrammeCategoryCode, callYear: number, schedule: { opensOn: string; applicationDeadline: string }, status: 'open' | 'closed', texts: { title: string; notice: string }, now: Date): Promise<void> {
  const settings = { ...defaultCallSettings(category, schedule), callYear };
  const window = callWindow(schedule);
  const values = {
    category,
    level: 'municipal',
    year: callYear,
    title: texts.title.replace('{year}', String(callYear)),
    notice: texts.notice.replace('{year}', String(callYear)),
    status,
    opensAt: window.opensAt,
    deadlineAt: window.deadlineAt,
    settings,
    attachmentSlots: defaultAttachmentSlots(category),
    rubric: DEFAULT_RUBRIC,
    publishedVersion: 1,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const call = await manager.save(CallEntity, manager.create(CallEntity, values));
  const { createdAt: _c, updatedAt: _u, version: _v, publishedVersion: _p, status: _s, year: _y, opensAt, deadlineAt, ...snapshot } = values;
  await manager.save(CallVersionEntity, manager.create(CallVersionEntity, { callId: call.id, versionNo: 1, snapshot: { ...snapshot, opensAt: opensAt.toISOString(), deadlineAt: deadlineAt.toISOString() }, createdAt: now, createdBy: null }));
  await manager.insert(ReceiptCounterEntity, { callId: call.id, lastNo: 0 });
}

export function readDemoAccounts(seedsDir: string): DemoAccounts {
  return DemoAccountsSchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-accounts.json'), 'utf8')));
}

function seedSets(seedsDir: string): SeedSet[] {
  return [
    {
      name: 'catalogue-v1',
      demo: false,
      async apply(manager) {
        await manager.insert(
          ProgrammeCategoryEntity,
          PROGRAMME_CATEGORIES.map((category, index) => ({ code: category.code, nameZh: category.name.zh, nameEn: category.name.en, sortOrder: index + 1 })),
        );
        let order = 0;
        const fields: IndustryFieldEntity[] = [];
        for (const field of KEY_FIELDS) {
          fields.push({ code: field.code, parentCode: null, nameZh: field.name.zh, nameEn: field.name.en, sortOrder: ++order });
          for (const sub of field.subFields) fields.push({ code: sub.code, parentCode: field.code, nameZh: sub.name.zh, nameEn: sub.name.en, sortOrder: ++order });
        }
        await manager.insert(IndustryFieldEntity, fields);
        await manager.insert(
          DistrictEntity,
          DISTRICTS.map((district) => ({ code: district.code, nameZh: district.name.zh, nameEn: district.name.en })),
        );
      },
    },
    {
      name: 'demo-accounts-v1',
      demo: true,
      async apply(manager, now) {
        const demo = readDemoAccounts(seedsDir);
        const passwordHash = await hashPassword(demo.password);
        const enterpriseIds = new Map<string, number>();
        for (const enterprise of demo.enterprises) {
          const saved = await manager.save(EnterpriseEntity, manager.create(EnterpriseEntity, { ...enterprise, createdAt: now, version: 1 }));
          enterpriseIds.set(enterprise.uscc, saved.id);
        }
        for (const account of demo.accounts) {
          const enterpriseId = account.enterprise ? enterpriseIds.get(account.enterprise) : undefined;
          if (account.enterprise && enterpriseId === undefined) throw new Error(`demo account ${account.username}: unknown enterprise ${account.enterprise}`);
          await manager.save(
            AccountEntity,
            manager.create(AccountEntity, {
              username: account.username,
              role: account.role,
              displayName: account.displayName,
              passwordHash,
              enterpriseId: enterpriseId ?? null,
              districtCode: account.districtCode ?? null,
              mobile: account.mobile ?? null,
              email: account.email ?? null,
              status: 'active',
              failedAttempts: 0,
              createdAt: now,
              passwordChangedAt: now,
              version: 1,
            }),
          );
        }
      },
    },
    {
      name: 'demo-calls-v1',
      demo: true,
      async apply(manager, now) {
        const demo = DemoCallsSchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-calls.json'), 'utf8')));
        for (const year of demo.historic.years) {
          for (const category of PROGRAMME_CATEGORIES) {
            const schedule = { opensOn: `${year}-${demo.historic.opensOn}`, applicationDeadline: `${year}-${demo.historic.applicationDeadline}` };
            await seedCall(manager, category.code, year, schedule, 'closed', { title: demo.titles[category.code], notice: demo.notice }, now);
          }
        }
        const today = beijingDate(now);
        const schedule = { opensOn: addDays(today, -demo.current.openedDaysAgo), applicationDeadline: addDays(today, demo.current.deadlineInDays) };
        for (const category of PROGRAMME_CATEGORIES) {
          await seedCall(manager, category.code, Number(today.slice(0, 4)), schedule, 'open', { title: demo.titles[category.code], notice: demo.notice }, now);
        }
        const enterprise = await manager.findOneBy(EnterpriseEntity, { uscc: demo.demoProfile.enterprise });
        if (enterprise) {
          const profile = EnterpriseProfileSchema.parse(demo.demoProfile.data);
          await manager.save(EnterpriseProfileEntity, manager.create(EnterpriseProfileEntity, { enterpriseId: enterprise.id, data: profile, updatedAt: now, version: 1 }));
        }
      },
    },
    {
      name: 'demo-experts-v1',
      demo: true,
      async apply(manager, now) {
        const demo = DemoExpertsSchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-experts.json'), 'utf8')));
        const passwordHash = await hashPassword(readDemoAccounts(seedsDir).password);
        for (const { username, ...expert } of demo.experts) {
          let account = await manager.findOneBy(AccountEntity, { username });
          if (!account) {
            account = await manager.save(
              AccountEntity,
              manager.create(AccountEntity, {
                username,
                role: 'expert',
                displayName: `${expert.name}(评审专家)`,
                passwordHash,
                enterpriseId: null,
                districtCode: null,
                mobile: expert.mobile,
                email: expert.email,
                status: 'active',
                failedAttempts: 0,
                createdAt: now,
                passwordChangedAt: now,
                version: 1,
              }),
            );
          }
          await manager.save(ExpertEntity, manager.create(ExpertEntity, { ...expert, accountId: account.id, available: 1, createdAt: now, version: 1 }));
        }
      },
    },
  ];
}

/**
 * Applies each seed set that has not run yet, each in its own transaction together with its `seed_run` record.
 * Returns the names of the sets applied now.
 */
export async function runSeeds(dataSource: DataSource, options: { seedsDir: string; demo: boolean; now?: Date }): Promise<string[]> {
  const applied: string[] = [];
  for (const set of seedSets(options.seedsDir)) {
    if (set.demo && !options.demo) continue;
    const done = await dataSource.getRepository(SeedRunEntity).existsBy({ name: set.name });
    if (done) continue;
    await dataSource.transaction(async (manager) => {
      const now = options.now ?? new Date();
      await set.apply(manager, now);
      await manager.insert(SeedRunEntity, { name: set.name, appliedAt: now });
    });
    applied.push(set.name);
  }
  return applied;
}

export async function demoSeedApplied(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(SeedRunEntity).existsBy({ name: 'demo-accounts-v1' });
}
