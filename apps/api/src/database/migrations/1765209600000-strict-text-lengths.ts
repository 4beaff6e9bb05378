import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The JSON documents the portal stores (call settings and published versions, form data and profiles, snapshots,
 * notices, panels, scores) move from TEXT (65,535 bytes on MySQL/MariaDB) to JSON: LONGTEXT with a validity check on
 * MariaDB, the native JSON type on MySQL, text on SQLite. A call whose notice is 16,000 Chinese characters made a
 * published version larger than TEXT, which strict SQL mode refuses (it used to be cut silently or fail with 500).
 * Their size is bounded by the request body limit (BODY_LIMIT) instead.
 */
const JSON_COLUMNS: Record<string, string[]> = {
  call: ['settings', 'attachment_slots', 'rubric'],
  call_version: ['snapshot'],
  application: ['data', 'eligibility', 'submitted_profile', 'review_notice'],
  enterprise_profile: ['data'],
  formal_check: ['items', 'snapshot'],
  public_notice: ['paragraphs', 'contact', 'projects', 'approved_entries'],
  objection: ['sealed_letter'],
  expert: ['fields', 'relations', 'co_applications'],
  review_panel: ['required_fields', 'application_ids', 'candidate_ids', 'member_ids', 'reserve_ids', 'excluded'],
  review_assignment: ['points', 'comments'],
};

async function retype(queryRunner: QueryRunner, type: 'json' | 'text'): Promise<void> {
  for (const [tableName, columns] of Object.entries(JSON_COLUMNS)) {
    const table = await queryRunner.getTable(tableName);
    if (!table) throw new Error(`StrictTextLengths: table ${tableName} is missing`);
    const changes = columns.map((name) => {
      const oldColumn = table.findColumnByName(name);
      if (!oldColumn) throw new Error(`StrictTextLengths: column ${tableName}.${name} is missing`);
      const newColumn = oldColumn.clone();
      newColumn.type = type;
      return { oldColumn, newColumn };
    });
    // One statement per table (one table rebuild on SQLite).
    await queryRunner.changeColumns(table, changes);
  }
}

export class StrictTextLengths1765209600000 implements MigrationInterface {
  name = 'StrictTextLengths1765209600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await retype(queryRunner, 'json');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await retype(queryRunner, 'text');
  }
}
