import fs from 'node:fs';
import path from 'node:path';
import { DISTRICTS, KEY_FIELDS, PROGRAMME_CATEGORIES } from '@shifan/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AccountEntity } from '../accounts/account.entity';
import { hashPassword } from '../accounts/password-hasher';
import { DistrictEntity } from '../catalogue/district.entity';
import { IndustryFieldEntity } from '../catalogue/industry-field.entity';
import { ProgrammeCategoryEntity } from '../catalogue/programme-category.entity';
import { SeedRunEntity } from './seed-run.entity';

const DemoAccountsSchema = z.object({
  password: z.string().min(8),
  accounts: z.array(
    z.object({
      username: z.string().min(1).max(64),
      role: z.enum(['enterprise_admin', 'enterprise_user', 'district_officer', 'city_officer', 'expert', 'admin']),
      displayName: z.string().min(1).max(100),
      uscc: z.string().length(18).optional(),
      districtCode: z.string().length(6).optional(),
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
        for (const account of demo.accounts) {
          await manager.insert(AccountEntity, {
            username: account.username,
            role: account.role,
            displayName: account.displayName,
            passwordHash,
            uscc: account.uscc ?? null,
            districtCode: account.districtCode ?? null,
            createdAt: now,
            version: 1,
          });
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
