import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/** Publication (issue #8): each call's 公示 and approved list, objections to it, and Annex 1 indicator values. */
export class Publication1764864000000 implements MigrationInterface {
  name = 'Publication1764864000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'public_notice',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'call_id', type: 'integer' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'paragraphs', type: 'text' },
          { name: 'starts_on', type: 'varchar', length: '10' },
          { name: 'ends_on', type: 'varchar', length: '10' },
          { name: 'working_days', type: 'integer' },
          { name: 'contact', type: 'text' },
          { name: 'projects', type: 'text' },
          { name: 'published_at', type: 'datetime' },
          { name: 'published_by', type: 'integer' },
          { name: 'approved_at', type: 'datetime', isNullable: true },
          { name: 'approved_entries', type: 'text', isNullable: true },
          { name: 'version', type: 'integer' },
        ],
        indices: [{ name: 'UQ_public_notice_call', columnNames: ['call_id'], isUnique: true }],
        foreignKeys: [{ name: 'FK_public_notice_call', columnNames: ['call_id'], referencedTableName: 'call', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'objection',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'case_no', type: 'varchar', length: '20' },
          { name: 'notice_id', type: 'integer' },
          { name: 'application_id', type: 'integer' },
          { name: 'objector_kind', type: 'varchar', length: '16' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'identity_number', type: 'varchar', length: '18' },
          { name: 'phone', type: 'varchar', length: '20' },
          { name: 'email', type: 'varchar', length: '254', isNullable: true },
          { name: 'address', type: 'varchar', length: '200', isNullable: true },
          { name: 'statement', type: 'text' },
          { name: 'evidence', type: 'text' },
          { name: 'sealed_letter', type: 'text', isNullable: true },
          { name: 'upload_token_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'upload_token_expires_at', type: 'datetime', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'outcome', type: 'text', isNullable: true },
          { name: 'upheld_action', type: 'varchar', length: '20', isNullable: true },
          { name: 'received_at', type: 'datetime' },
          { name: 'decided_at', type: 'datetime', isNullable: true },
          { name: 'decided_by', type: 'integer', isNullable: true },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          { name: 'UQ_objection_case_no', columnNames: ['case_no'], isUnique: true },
          { name: 'IDX_objection_notice', columnNames: ['notice_id'] },
        ],
        foreignKeys: [
          { name: 'FK_objection_notice', columnNames: ['notice_id'], referencedTableName: 'public_notice', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
          { name: 'FK_objection_application', columnNames: ['application_id'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator_value',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'code', type: 'varchar', length: '40' },
          { name: 'year', type: 'integer' },
          { name: 'value', type: 'varchar', length: '32' },
          { name: 'note', type: 'varchar', length: '500', isNullable: true },
          { name: 'recorded_by', type: 'integer' },
          { name: 'recorded_at', type: 'datetime' },
        ],
        indices: [{ name: 'UQ_indicator_value_code_year', columnNames: ['code', 'year'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('indicator_value');
    await queryRunner.dropTable('objection');
    await queryRunner.dropTable('public_notice');
  }
}
