import { DataSource } from 'typeorm';
import { memoryLogger, testConfig } from './test-env';
import { connectDatabase, migrate, pendingSchemaChanges } from '../src/database/connect';
import { dataSourceOptions } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { StartupError } from '../src/common/startup-error';
import { runSeeds } from '../src/seeds/seed-runner';
import { repositoryRoot } from '../src/config/app-config';
import path from 'node:path';
import { KEY_FIELDS, PROGRAMME_CATEGORIES } from '@shifan/domain';

describe(`schema on ${process.env.DB_URL ? 'MySQL/MariaDB (DB_URL)' : 'embedded SQLite'}`, () => {
  let dataSource: DataSource;
  const config = testConfig();

  beforeAll(async () => {
    dataSource = await connectDatabase(config.db, memoryLogger().logger);
    await dataSource.dropDatabase();
  });

  afterAll(() => dataSource.destroy());

  it('applies every migration to an empty database, after which the entities need nothing more (no drift)', async () => {
    const applied = await migrate(dataSource);
    expect(applied).toEqual(MIGRATIONS.map((migration) => new migration().name));
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    expect(await migrate(dataSource)).toEqual([]);
  });

  it('reverts every migration and applies them again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(true);
    await migrate(dataSource);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('loads the seeds once: a second run adds nothing', async () => {
    const seedsDir = path.join(repositoryRoot(), 'seeds');
    expect(await runSeeds(dataSource, { seedsDir, demo: true })).toEqual(['catalogue-v1', 'demo-accounts-v1', 'demo-calls-v1', 'demo-experts-v1', 'demo-review-v1', 'demo-history-v1', 'demo-dashboard-v1']);
    expect(await runSeeds(dataSource, { seedsDir, demo: true })).toEqual([]);
    const [{ n: categories }] = await dataSource.query('SELECT COUNT(*) AS n FROM programme_category');
    const [{ n: fields }] = await dataSource.query('SELECT COUNT(*) AS n FROM industry_field');
    const [{ n: accounts }] = await dataSource.query('SELECT COUNT(*) AS n FROM account');
    expect(Number(categories)).toBe(PROGRAMME_CATEGORIES.length);
    expect(Number(fields)).toBe(KEY_FIELDS.length + KEY_FIELDS.reduce((sum, field) => sum + field.subFields.length, 0));
    // Six demo roles, the 东湖高新区 officer (dhgx.officer), plus eight more expert accounts for the demo expert pool.
    expect(Number(accounts)).toBe(15);
  });

  it('stores Chinese text and 4-byte characters unchanged', async () => {
    const name = '武汉𠀾示范智能装备有限公司 🏭';
    await dataSource.query('UPDATE district SET name_zh = ? WHERE code = ?', [name, '420111']);
    const [row] = await dataSource.query('SELECT name_zh FROM district WHERE code = ?', ['420111']);
    expect(row.name_zh).toBe(name);
  });
});

describe('an unreachable database', () => {
  it('stops start-up after a bounded retry, with one line naming the host', async () => {
    const config = testConfig({ DB_URL: 'mysql://root@127.0.0.1:1/shifan', DB_CONNECT_RETRIES: '2', DB_CONNECT_RETRY_DELAY_MS: '10' });
    const { logger, lines } = memoryLogger();
    const started = Date.now();
    const error = await connectDatabase(config.db, logger).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/^Database unreachable: cannot connect to 127\.0\.0\.1:1 after 2 attempts \(ECONNREFUSED\)$/);
    expect(lines().filter((line) => line.msg === 'connection failed, retrying')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(15000);
  });

  it('does not touch a database it cannot open', async () => {
    const options = dataSourceOptions(testConfig().db);
    expect(options.synchronize).toBe(false);
  });
});
