import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Calls (申报批次) with their versions, enterprise profiles, applications with their timeline, gap-free receipt
 * counters, notifications and attachments (issue #5). JSON documents are `text` columns (TypeORM simple-json), so the
 * same migration serves MySQL/MariaDB and SQLite.
 */
export class CallsAndApplications1764518400000 implements MigrationInterface {
  name = 'CallsAndApplications1764518400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const id = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };
    await queryRunner.createTable(
      new Table({
        name: 'call',
        columns: [
          id,
          { name: 'category', type: 'varchar', length: '32' },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'year', type: 'integer' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'notice', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'opens_at', type: 'datetime' },
          { name: 'deadline_at', type: 'datetime' },
          { name: 'settings', type: 'text' },
          { name: 'attachment_slots', type: 'text' },
          { name: 'rubric', type: 'text' },
          { name: 'published_version', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          { name: 'IDX_call_status_deadline', columnNames: ['status', 'deadline_at'] },
          { name: 'IDX_call_category_year', columnNames: ['category', 'year'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'call_version',
        columns: [
          id,
          { name: 'call_id', type: 'integer' },
          { name: 'version_no', type: 'integer' },
          { name: 'snapshot', type: 'text' },
          { name: 'created_at', type: 'datetime' },
          { name: 'created_by', type: 'integer', isNullable: true },
        ],
        indices: [{ name: 'UQ_call_version', columnNames: ['call_id', 'version_no'], isUnique: true }],
        foreignKeys: [{ name: 'FK_call_version_call', columnNames: ['call_id'], referencedTableName: 'call', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'enterprise_profile',
        columns: [
          { name: 'enterprise_id', type: 'integer', isPrimary: true },
          { name: 'data', type: 'text' },
          { name: 'updated_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        foreignKeys: [{ name: 'FK_enterprise_profile_enterprise', columnNames: ['enterprise_id'], referencedTableName: 'enterprise', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'application',
        columns: [
          id,
          { name: 'call_id', type: 'integer' },
          { name: 'enterprise_id', type: 'integer' },
          { name: 'call_version_no', type: 'integer' },
          { name: 'state', type: 'varchar', length: '32' },
          { name: 'data', type: 'text' },
          { name: 'eligibility', type: 'text', isNullable: true },
          { name: 'receipt_no', type: 'varchar', length: '32', isNullable: true },
          { name: 'submitted_at', type: 'datetime', isNullable: true },
          { name: 'created_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          { name: 'UQ_application_call_enterprise', columnNames: ['call_id', 'enterprise_id'], isUnique: true },
          { name: 'UQ_application_receipt', columnNames: ['receipt_no'], isUnique: true },
          { name: 'IDX_application_enterprise', columnNames: ['enterprise_id'] },
        ],
        foreignKeys: [
          { name: 'FK_application_call', columnNames: ['call_id'], referencedTableName: 'call', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
          { name: 'FK_application_enterprise', columnNames: ['enterprise_id'], referencedTableName: 'enterprise', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'receipt_counter',
        columns: [
          { name: 'call_id', type: 'integer', isPrimary: true },
          { name: 'last_no', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'application_event',
        columns: [
          id,
          { name: 'application_id', type: 'integer' },
          { name: 'occurred_at', type: 'datetime' },
          { name: 'action', type: 'varchar', length: '32' },
          { name: 'from_state', type: 'varchar', length: '32', isNullable: true },
          { name: 'to_state', type: 'varchar', length: '32' },
          { name: 'actor_id', type: 'integer', isNullable: true },
          { name: 'actor_name', type: 'varchar', length: '100', isNullable: true },
          { name: 'note', type: 'text', isNullable: true },
        ],
        indices: [{ name: 'IDX_application_event_application', columnNames: ['application_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notification',
        columns: [
          id,
          { name: 'enterprise_id', type: 'integer', isNullable: true },
          { name: 'account_id', type: 'integer', isNullable: true },
          { name: 'application_id', type: 'integer', isNullable: true },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'title_zh', type: 'varchar', length: '200' },
          { name: 'title_en', type: 'varchar', length: '200' },
          { name: 'created_at', type: 'datetime' },
          { name: 'read_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          { name: 'IDX_notification_enterprise', columnNames: ['enterprise_id'] },
          { name: 'IDX_notification_account', columnNames: ['account_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'attachment',
        columns: [
          id,
          { name: 'application_id', type: 'integer' },
          { name: 'slot_key', type: 'varchar', length: '64' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'content_type', type: 'varchar', length: '100' },
          { name: 'size', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'object_key', type: 'varchar', length: '255' },
          { name: 'uploaded_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          { name: 'IDX_attachment_application', columnNames: ['application_id'] },
          { name: 'UQ_attachment_object_key', columnNames: ['object_key'], isUnique: true },
        ],
        foreignKeys: [{ name: 'FK_attachment_application', columnNames: ['application_id'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['attachment', 'notification', 'application_event', 'receipt_counter', 'application', 'enterprise_profile', 'call_version', 'call']) {
      await queryRunner.dropTable(table);
    }
  }
}
