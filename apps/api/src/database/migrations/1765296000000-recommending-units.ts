import { suggestRecommendingUnit } from '@shifan/domain';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * 推荐单位 (issue #13): the units that check and recommend applications — the 13 districts and the functional zones —
 * become a catalogue table of their own, and routing moves from districts to units:
 * - `recommending_unit`, filled here (reference data every installation needs, production included). The rows are
 *   fixed as of this migration, in plain SQL with `?` parameters; the catalogue test compares them with the domain's
 *   RECOMMENDING_UNITS.
 * - account.district_code → recommending_unit_code (an officer's unit), application.district_code/district_priority →
 *   recommending_unit_code/unit_priority, enterprise.verification_district_code → verification_unit_code. A district
 *   code is a valid unit code, so existing rows keep their value.
 * - Stored enterprise profiles and submitted-profile snapshots get `recommendingUnitCode` where missing: the
 *   application's routed unit, else the suggestion from the profile's zone, district and USCC.
 * - Call settings (and published versions): review.districtRecommendationQuota → review.unitRecommendationQuota, plus
 *   review.unitQuotaOverrides = {}.
 * - 公示/名单 entries (public_notice.projects, approved_entries): districtCode → recommendingUnitCode (the reader also
 *   accepts the old key, e.g. from a restored backup).
 */
const UNITS: readonly (readonly [code: string, kind: string, fullZh: string, fullEn: string, shortZh: string, shortEn: string, overlaps: string, afterPlan: number])[] = [
  ['420102', 'district', '江岸区人民政府', "People's Government of Jiang'an District", '江岸区', "Jiang'an District", '420102', 0],
  ['420103', 'district', '江汉区人民政府', "People's Government of Jianghan District", '江汉区', 'Jianghan District', '420103', 0],
  ['420104', 'district', '硚口区人民政府', "People's Government of Qiaokou District", '硚口区', 'Qiaokou District', '420104', 0],
  ['420105', 'district', '汉阳区人民政府', "People's Government of Hanyang District", '汉阳区', 'Hanyang District', '420105', 0],
  ['420106', 'district', '武昌区人民政府', "People's Government of Wuchang District", '武昌区', 'Wuchang District', '420106', 0],
  ['420107', 'district', '青山区人民政府', "People's Government of Qingshan District", '青山区', 'Qingshan District', '420107', 0],
  ['420111', 'district', '洪山区人民政府', "People's Government of Hongshan District", '洪山区', 'Hongshan District', '420111', 0],
  ['420112', 'district', '东西湖区人民政府', "People's Government of Dongxihu District", '东西湖区', 'Dongxihu District', '420112', 0],
  ['420113', 'district', '汉南区人民政府', "People's Government of Hannan District", '汉南区', 'Hannan District', '420113', 0],
  ['420114', 'district', '蔡甸区人民政府', "People's Government of Caidian District", '蔡甸区', 'Caidian District', '420114', 0],
  ['420115', 'district', '江夏区人民政府', "People's Government of Jiangxia District", '江夏区', 'Jiangxia District', '420115', 0],
  ['420116', 'district', '黄陂区人民政府', "People's Government of Huangpi District", '黄陂区', 'Huangpi District', '420116', 0],
  ['420117', 'district', '新洲区人民政府', "People's Government of Xinzhou District", '新洲区', 'Xinzhou District', '420117', 0],
  ['DHGX', 'zone', '武汉东湖新技术开发区管理委员会', 'Administrative Committee of Wuhan East Lake High-Tech Development Zone', '东湖高新区', 'East Lake High-Tech Zone', '420111,420115', 0],
  ['WHJK', 'zone', '武汉经济技术开发区管理委员会', 'Administrative Committee of Wuhan Economic and Technological Development Zone', '武汉经开区', 'Wuhan Economic Development Zone', '420114,420113', 0],
  ['HGQ', 'zone', '武汉化学工业区管理委员会', 'Administrative Committee of Wuhan Chemical Industry Zone', '化工区', 'Chemical Industry Zone', '420107,420111', 0],
  ['LKG', 'zone', '武汉临空港经济技术开发区管理委员会', 'Administrative Committee of Wuhan Linkonggang Economic and Technological Development Zone', '临空港经开区', 'Linkonggang Development Zone', '420112', 0],
  ['CJXQ', 'zone', '武汉长江新区管理委员会', 'Administrative Committee of Wuhan Changjiang New Area', '长江新区', 'Changjiang New Area', '420116,420117', 1],
];

type Json = Record<string, unknown>;

function parseJson(value: unknown): Json | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return JSON.parse(value) as Json;
  return value as Json;
}

/** Rewrites one JSON column row by row; `change` returns false when the row needs no update. */
async function rewriteJson(queryRunner: QueryRunner, table: string, key: string, column: string, change: (value: Json, row: Json) => boolean, extra = ''): Promise<void> {
  const rows: Json[] = await queryRunner.query(`SELECT ${key} AS k, ${column} AS v${extra} FROM \`${table}\``);
  for (const row of rows) {
    const value = parseJson(row.v);
    if (!value || !change(value, row)) continue;
    await queryRunner.query(`UPDATE \`${table}\` SET ${column} = ? WHERE ${key} = ?`, [JSON.stringify(value), row.k]);
  }
}

function renameKey(value: Json, from: string, to: string): boolean {
  if (!(from in value)) return false;
  if (!(to in value)) value[to] = value[from];
  delete value[from];
  return true;
}

function moveQuota(settings: Json | undefined, up: boolean): boolean {
  const review = settings?.review as Json | undefined;
  if (!review) return false;
  if (up) {
    const renamed = renameKey(review, 'districtRecommendationQuota', 'unitRecommendationQuota');
    if (review.unitQuotaOverrides !== undefined) return renamed;
    review.unitQuotaOverrides = {};
    return true;
  }
  const renamed = renameKey(review, 'unitRecommendationQuota', 'districtRecommendationQuota');
  if (!('unitQuotaOverrides' in review)) return renamed;
  delete review.unitQuotaOverrides;
  return true;
}

function renameInEntries(entries: unknown, from: string, to: string): boolean {
  if (!Array.isArray(entries)) return false;
  let changed = false;
  for (const entry of entries as Json[]) changed = renameKey(entry, from, to) || changed;
  return changed;
}

async function rewriteStoredJson(queryRunner: QueryRunner, up: boolean): Promise<void> {
  await rewriteJson(queryRunner, 'call', 'id', 'settings', (settings) => moveQuota(settings, up));
  await rewriteJson(queryRunner, 'call_version', 'id', 'snapshot', (snapshot) => moveQuota(snapshot.settings as Json | undefined, up));
  const [from, to] = up ? ['districtCode', 'recommendingUnitCode'] : ['recommendingUnitCode', 'districtCode'];
  // The JSON array is the whole document here: wrap it to reuse rewriteJson's object handling.
  for (const column of ['projects', 'approved_entries']) {
    const rows: Json[] = await queryRunner.query(`SELECT id AS k, ${column} AS v FROM public_notice`);
    for (const row of rows) {
      const entries = typeof row.v === 'string' ? (JSON.parse(row.v) as unknown) : row.v;
      if (!renameInEntries(entries, from, to)) continue;
      await queryRunner.query(`UPDATE public_notice SET ${column} = ? WHERE id = ?`, [JSON.stringify(entries), row.k]);
    }
  }
  if (!up) return;
  const suggested = (profile: Json) =>
    suggestRecommendingUnit({ devZone: profile.devZone as string | null, registeredDistrictCode: profile.registeredDistrictCode as string | null, uscc: profile.uscc as string | null });
  await rewriteJson(queryRunner, 'enterprise_profile', 'enterprise_id', 'data', (profile) => {
    if (profile.recommendingUnitCode) return false;
    const code = suggested(profile);
    if (!code) return false;
    profile.recommendingUnitCode = code;
    return true;
  });
  await rewriteJson(
    queryRunner,
    'application',
    'id',
    'submitted_profile',
    (profile, row) => {
      if (profile.recommendingUnitCode) return false;
      const code = (row.unit as string | null) ?? suggested(profile);
      if (!code) return false;
      profile.recommendingUnitCode = code;
      return true;
    },
    ', recommending_unit_code AS unit',
  );
}

export class RecommendingUnits1765296000000 implements MigrationInterface {
  name = 'RecommendingUnits1765296000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'recommending_unit',
        columns: [
          { name: 'code', type: 'varchar', length: '6', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'full_name_zh', type: 'varchar', length: '100' },
          { name: 'full_name_en', type: 'varchar', length: '200' },
          { name: 'short_name_zh', type: 'varchar', length: '50' },
          { name: 'short_name_en', type: 'varchar', length: '100' },
          { name: 'overlaps_district_codes', type: 'varchar', length: '100' },
          { name: 'established_after_plan', type: 'integer' },
          { name: 'sort_order', type: 'integer' },
        ],
      }),
    );
    for (const [index, unit] of UNITS.entries()) {
      await queryRunner.query(
        'INSERT INTO recommending_unit (code, kind, full_name_zh, full_name_en, short_name_zh, short_name_en, overlaps_district_codes, established_after_plan, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [...unit, index + 1],
      );
    }

    await queryRunner.dropIndex('application', 'IDX_application_call_district');
    await queryRunner.renameColumn('application', 'district_code', 'recommending_unit_code');
    await queryRunner.renameColumn('application', 'district_priority', 'unit_priority');
    await queryRunner.createIndex('application', new TableIndex({ name: 'IDX_application_call_unit', columnNames: ['call_id', 'recommending_unit_code', 'state'] }));
    await queryRunner.renameColumn('account', 'district_code', 'recommending_unit_code');
    await queryRunner.renameColumn('enterprise', 'verification_district_code', 'verification_unit_code');
    await rewriteStoredJson(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteStoredJson(queryRunner, false);
    await queryRunner.renameColumn('enterprise', 'verification_unit_code', 'verification_district_code');
    await queryRunner.renameColumn('account', 'recommending_unit_code', 'district_code');
    await queryRunner.dropIndex('application', 'IDX_application_call_unit');
    await queryRunner.renameColumn('application', 'unit_priority', 'district_priority');
    await queryRunner.renameColumn('application', 'recommending_unit_code', 'district_code');
    await queryRunner.createIndex('application', new TableIndex({ name: 'IDX_application_call_district', columnNames: ['call_id', 'district_code', 'state'] }));
    await queryRunner.dropTable('recommending_unit');
  }
}
