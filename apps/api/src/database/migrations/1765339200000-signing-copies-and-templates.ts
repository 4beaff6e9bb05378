import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';

/**
 * Issue #13, documents an enterprise can sign and seal: every printed 签字盖章用 copy of a 申报书 (application, 核验码
 * of its content, who printed it and when), the 核验码 a signed scan was printed from (attachment.signing_code), and
 * the template file an officer attaches to a call's slot (信用承诺书, 授权书 …). Existing calls' 申报书签字盖章扫描件
 * slot (key `signed_application`, as the default slots name it) is marked `signed`, as new calls' is.
 */
const SIGNED_SLOT_KEY_AT_MIGRATION = 'signed_application';

/** Marks (or, going down, unmarks) the signed slot in a call's stored slots; true when something changed. */
export function markSignedSlot(slots: unknown, up: boolean): boolean {
  if (!Array.isArray(slots)) return false;
  let changed = false;
  for (const slot of slots as Record<string, unknown>[]) {
    if (slot?.key !== SIGNED_SLOT_KEY_AT_MIGRATION) continue;
    if (up && slot.signed !== true) {
      slot.signed = true;
      changed = true;
    }
    if (!up && 'signed' in slot) {
      delete slot.signed;
      changed = true;
    }
  }
  return changed;
}

async function rewriteSlots(queryRunner: QueryRunner, up: boolean): Promise<void> {
  const rows: { k: number; v: unknown }[] = await queryRunner.query('SELECT id AS k, attachment_slots AS v FROM `call`');
  for (const row of rows) {
    const slots = typeof row.v === 'string' ? (JSON.parse(row.v) as unknown) : row.v;
    if (markSignedSlot(slots, up)) await queryRunner.query('UPDATE `call` SET attachment_slots = ? WHERE id = ?', [JSON.stringify(slots), row.k]);
  }
}
export class SigningCopiesAndTemplates1765339200000 implements MigrationInterface {
  name = 'SigningCopiesAndTemplates1765339200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'signing_copy',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'application_id', type: 'integer' },
          { name: 'code', type: 'varchar', length: '12' },
          { name: 'content_sha256', type: 'varchar', length: '64' },
          { name: 'printed_by', type: 'integer' },
          { name: 'printed_at', type: 'datetime' },
        ],
        indices: [
          { name: 'IDX_signing_copy_application', columnNames: ['application_id', 'id'] },
          { name: 'IDX_signing_copy_code', columnNames: ['code'] },
        ],
        foreignKeys: [{ name: 'FK_signing_copy_application', columnNames: ['application_id'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );
    await queryRunner.addColumn('attachment', new TableColumn({ name: 'signing_code', type: 'varchar', length: '12', isNullable: true }));
    await queryRunner.createTable(
      new Table({
        name: 'slot_template',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'call_id', type: 'integer' },
          { name: 'slot_key', type: 'varchar', length: '64' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'content_type', type: 'varchar', length: '100' },
          { name: 'size', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'object_key', type: 'varchar', length: '255' },
          { name: 'uploaded_by', type: 'integer' },
          { name: 'uploaded_at', type: 'datetime' },
        ],
        indices: [
          { name: 'UQ_slot_template_call_slot', columnNames: ['call_id', 'slot_key'], isUnique: true },
          { name: 'UQ_slot_template_object_key', columnNames: ['object_key'], isUnique: true },
        ],
        foreignKeys: [{ name: 'FK_slot_template_call', columnNames: ['call_id'], referencedTableName: 'call', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );
    await rewriteSlots(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteSlots(queryRunner, false);
    await queryRunner.dropTable('slot_template');
    await queryRunner.dropColumn('attachment', 'signing_code');
    await queryRunner.dropTable('signing_copy');
  }
}
