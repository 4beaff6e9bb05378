import fs from 'node:fs';
import path from 'node:path';
import { DISTRICTS, EmailField, KEY_FIELDS, MobileField, PROGRAMME_CATEGORIES, ROLES, UsccField } from '@shifan/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AccountEntity } from '../accounts/account.entity';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { hashPassword } from '../accounts/password-hasher';
import { DistrictEntity } from '../catalogue/district.entity';
import { IndustryFieldEntity } from '../catalogue/industry-field.entity';
import { ProgrammeCategoryEntity } from '../catalogue/programme-category.entity';
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
  apply(manager: EntityManager): Promise<void>;
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
      async apply(manager) {
        const demo = readDemoAccounts(seedsDir);
        const passwordHash = await hashPassword(demo.password);
        const now = new Date();
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
  ];
}

/**
 * Applies each seed set that has not run yet, each in its own transaction together with its `seed_run` record.
 * Returns the names of the sets applied now.
 */
export async function runSeeds(dataSource: DataSource, options: { seedsDir: string; demo: boolean }): Promise<string[]> {
  const applied: string[] = [];
  for (const set of seedSets(options.seedsDir)) {
    if (set.demo && !options.demo) continue;
    const done = await dataSource.getRepository(SeedRunEntity).existsBy({ name: set.name });
    if (done) continue;
    await dataSource.transaction(async (manager) => {
      await set.apply(manager);
      await manager.insert(SeedRunEntity, { name: set.name, appliedAt: new Date() });
    });
    applied.push(set.name);
  }
  return applied;
}

export async function demoSeedApplied(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(SeedRunEntity).existsBy({ name: 'demo-accounts-v1' });
}
