import type { DataSource } from 'typeorm';
import { SeedRunEntity } from './seed-run.entity';

/**
 * Whether a demo seed set that runs at application bootstrap (it needs object storage or the services, which the seed
 * runner has not) is due: demo seeding is on, the set it builds on has been applied, and it has not run yet.
 */
export async function bootstrapSeedDue(dataSource: DataSource, demo: boolean, name: string, after: string): Promise<boolean> {
  if (!demo) return false;
  const runs = dataSource.getRepository(SeedRunEntity);
  return (await runs.existsBy({ name: after })) && !(await runs.existsBy({ name }));
}
