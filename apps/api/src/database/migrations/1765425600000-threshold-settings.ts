import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rules with a source (issue #13): stored call settings (`call.settings` and the published `call_version.snapshot`)
 * follow two changes of the settings schema. Data only; no table changes.
 * - eligibility.gate.nonIndependentMinOutputWanYuan → nonIndependentOutputAboveWanYuan: the branch's output must
 *   exceed (超过) the value, and a `min…` name read as inclusive. Same value.
 * - Innovation-centre calls get eligibility.minAllianceMembers (the "公司+联盟" alliance's minimum member count) with
 *   the documented default of the settings at this migration, 10 [ASSUMED]; the value is written here, not read from
 *   the domain, so a later change of the default does not rewrite what this migration did.
 */
const ALLIANCE_DEFAULT_AT_MIGRATION = 10;

type Json = Record<string, unknown>;

function parseJson(value: unknown): Json | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return JSON.parse(value) as Json;
  return value as Json;
}

async function rewriteJson(queryRunner: QueryRunner, table: string, column: string, change: (value: Json) => boolean): Promise<void> {
  const rows: Json[] = await queryRunner.query(`SELECT id AS k, ${column} AS v FROM \`${table}\``);
  for (const row of rows) {
    const value = parseJson(row.v);
    if (!value || !change(value)) continue;
    await queryRunner.query(`UPDATE \`${table}\` SET ${column} = ? WHERE id = ?`, [JSON.stringify(value), row.k]);
  }
}

function renameKey(value: Json, from: string, to: string): boolean {
  if (!(from in value)) return false;
  if (!(to in value)) value[to] = value[from];
  delete value[from];
  return true;
}

/** Changes one call's settings; true when something changed. */
export function migrateThresholdSettings(settings: Json | undefined, up: boolean): boolean {
  const eligibility = settings?.eligibility as Json | undefined;
  if (!settings || !eligibility) return false;
  const gate = eligibility.gate as Json | undefined;
  let changed = false;
  if (gate) {
    changed = up ? renameKey(gate, 'nonIndependentMinOutputWanYuan', 'nonIndependentOutputAboveWanYuan') : renameKey(gate, 'nonIndependentOutputAboveWanYuan', 'nonIndependentMinOutputWanYuan');
  }
  if (settings.category === 'INNOVATION_CENTRE') {
    if (up && eligibility.minAllianceMembers === undefined) {
      eligibility.minAllianceMembers = ALLIANCE_DEFAULT_AT_MIGRATION;
      changed = true;
    }
    if (!up && 'minAllianceMembers' in eligibility) {
      delete eligibility.minAllianceMembers;
      changed = true;
    }
  }
  return changed;
}

export class ThresholdSettings1765425600000 implements MigrationInterface {
  name = 'ThresholdSettings1765425600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rewriteJson(queryRunner, 'call', 'settings', (settings) => migrateThresholdSettings(settings, true));
    await rewriteJson(queryRunner, 'call_version', 'snapshot', (snapshot) => migrateThresholdSettings(snapshot.settings as Json | undefined, true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteJson(queryRunner, 'call', 'settings', (settings) => migrateThresholdSettings(settings, false));
    await rewriteJson(queryRunner, 'call_version', 'snapshot', (snapshot) => migrateThresholdSettings(snapshot.settings as Json | undefined, false));
  }
}
