import type { DataSource, QueryRunner } from 'typeorm';
import { connectDatabase } from '../src/database/connect';
import { MIGRATIONS } from '../src/database/migrations';
import { RecommendingUnits1765296000000 } from '../src/database/migrations/1765296000000-recommending-units';
import { memoryLogger, testConfig } from './test-env';

type Row = Record<string, unknown>;

/**
 * Migration 1765296000000 on a database holding rows from before 推荐单位: the routing columns keep their values under
 * their new names, stored profiles gain their unit, call settings move to the per-unit quota, notice entries to
 * `recommendingUnitCode`; and back down again.
 */
describe(`the 推荐单位 migration on existing rows (${process.env.DB_URL ? 'MySQL/MariaDB' : 'embedded SQLite'})`, () => {
  let dataSource: DataSource;
  let runner: QueryRunner;
  const migration = new RecommendingUnits1765296000000();
  const before = MIGRATIONS.slice(0, MIGRATIONS.findIndex((entry) => entry === RecommendingUnits1765296000000));

  /** Inserts a row, filling every other required column with a placeholder of its type (ids are 1 throughout). */
  async function insert(table: string, values: Row): Promise<void> {
    const schema = (await runner.getTable(table))!;
    const row: Row = { ...values };
    for (const column of schema.columns) {
      if (column.name in row || column.isNullable || column.isGenerated || column.default !== undefined) continue;
      const type = column.type.toLowerCase();
      row[column.name] = /int/.test(type) ? 1 : /date|time/.test(type) ? '2026-01-05 02:00:00' : /text|json/.test(type) ? '{}' : 'x'.slice(0, Number(column.length) || 1);
    }
    const names = Object.keys(row);
    await runner.query(`INSERT INTO \`${table}\` (${names.map((name) => `\`${name}\``).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, names.map((name) => row[name]));
  }

  const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as Row;
  const one = async (sql: string) => ((await runner.query(sql)) as Row[])[0];

  beforeAll(async () => {
    dataSource = await connectDatabase(testConfig().db, memoryLogger().logger);
    await dataSource.dropDatabase();
    runner = dataSource.createQueryRunner();
    for (const entry of before) await new entry().up(runner);

    await insert('enterprise', { id: 1, uscc: '91420100MAEC200T12', name: '武汉示范智能装备有限公司', verification_status: 'pending', verification_district_code: '420111' });
    await insert('account', { id: 1, username: 'district.hongshan', role: 'district_officer', district_code: '420111' });
    const settings = { category: 'SMART_MFG_PILOT', review: { panelSize: 7, districtRecommendationQuota: 3 } };
    await insert('call', { id: 1, settings: JSON.stringify(settings) });
    await insert('call_version', { id: 1, call_id: 1, snapshot: JSON.stringify({ title: '旧批次', settings }) });
    // A profile in 东湖高新区 saved before the unit existed, and one in no zone with a Wuhan district.
    await insert('enterprise_profile', { enterprise_id: 1, data: JSON.stringify({ uscc: '91420100MAEC200T12', devZone: 'DHGX', registeredDistrictCode: '420111' }) });
    await insert('application', {
      id: 1,
      call_id: 1,
      enterprise_id: 1,
      data: '{}',
      district_code: '420111',
      district_priority: 2,
      submitted_profile: JSON.stringify({ uscc: '91420100MAEC200T12', devZone: 'DHGX', registeredDistrictCode: '420111' }),
    });
    const entries = [{ applicationId: 1, enterpriseName: '武汉示范智能装备有限公司', districtCode: '420111', rank: 1, withdrawn: false }];
    await insert('public_notice', { id: 1, call_id: 1, projects: JSON.stringify(entries), approved_entries: JSON.stringify(entries) });

    // As dataSource.runMigrations does (SQLite rebuilds a table to rename a column, foreign keys off meanwhile).
    await runner.beforeMigration();
    await migration.up(runner);
    await runner.afterMigration();
  });

  afterAll(async () => {
    await runner?.release();
    await dataSource?.destroy();
  });

  it('keeps each routing value under its new column: an officer’s, an application’s (with its priority), a 企业认证 request’s', async () => {
    expect(await one('SELECT recommending_unit_code AS unit FROM account WHERE id = 1')).toEqual({ unit: '420111' });
    expect(await one('SELECT recommending_unit_code AS unit, unit_priority AS priority FROM application WHERE id = 1')).toMatchObject({ unit: '420111', priority: 2 });
    expect(await one('SELECT verification_unit_code AS unit FROM enterprise WHERE id = 1')).toEqual({ unit: '420111' });
  });

  it('writes the unit into stored profiles: the suggestion for the live profile, the routed unit for the submitted snapshot', async () => {
    expect(json((await one('SELECT data FROM enterprise_profile WHERE enterprise_id = 1')).data)).toMatchObject({ recommendingUnitCode: 'DHGX' });
    expect(json((await one('SELECT submitted_profile AS profile FROM application WHERE id = 1')).profile)).toMatchObject({ recommendingUnitCode: '420111' });
  });

  it('moves the district quota to the default per-unit quota with no overrides, in the call and its published versions', async () => {
    const review = json((await one('SELECT settings FROM `call` WHERE id = 1')).settings).review;
    expect(review).toEqual({ panelSize: 7, unitRecommendationQuota: 3, unitQuotaOverrides: {} });
    expect((json((await one('SELECT snapshot FROM call_version WHERE id = 1')).snapshot).settings as Row).review).toEqual({ panelSize: 7, unitRecommendationQuota: 3, unitQuotaOverrides: {} });
  });

  it('renames districtCode to recommendingUnitCode in the 公示 and 名单 entries', async () => {
    const notice = await one('SELECT projects, approved_entries AS approved FROM public_notice WHERE id = 1');
    for (const entries of [notice.projects, notice.approved]) {
      const [entry] = (typeof entries === 'string' ? JSON.parse(entries) : entries) as Row[];
      expect(entry).toMatchObject({ recommendingUnitCode: '420111' });
      expect(entry).not.toHaveProperty('districtCode');
    }
  });

  it('fills the catalogue table with the 18 units', async () => {
    expect(Number((await one('SELECT COUNT(*) AS n FROM recommending_unit')).n)).toBe(18);
    expect(await one("SELECT short_name_zh AS name, established_after_plan AS afterPlan FROM recommending_unit WHERE code = 'CJXQ'")).toMatchObject({ name: '长江新区', afterPlan: 1 });
  });

  it('reverts: district columns, the district quota and districtCode entries come back', async () => {
    await runner.beforeMigration();
    await migration.down(runner);
    await runner.afterMigration();
    expect(await one('SELECT district_code AS code, district_priority AS priority FROM application WHERE id = 1')).toMatchObject({ code: '420111', priority: 2 });
    expect(await one('SELECT district_code AS code FROM account WHERE id = 1')).toEqual({ code: '420111' });
    expect(json((await one('SELECT settings FROM `call` WHERE id = 1')).settings).review).toEqual({ panelSize: 7, districtRecommendationQuota: 3 });
    const projects = (await one('SELECT projects FROM public_notice WHERE id = 1')).projects;
    const [entry] = (typeof projects === 'string' ? JSON.parse(projects) : projects) as Row[];
    expect(entry).toMatchObject({ districtCode: '420111' });
    expect(entry).not.toHaveProperty('recommendingUnitCode');
    expect(await runner.hasTable('recommending_unit')).toBe(false);
  });
});
