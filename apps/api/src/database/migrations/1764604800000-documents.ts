import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/** Archived documents (the submitted 申报书 and receipts) with their verification codes (issue #6). */
export class Documents1764604800000 implements MigrationInterface {
  name = 'Documents1764604800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'document',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'application_id', type: 'integer' },
          { name: 'code', type: 'varchar', length: '12' },
          { name: 'content_sha256', type: 'varchar', length: '64' },
          { name: 'object_key', type: 'varchar', length: '255' },
          { name: 'size', type: 'integer' },
          { name: 'receipt_no', type: 'varchar', length: '32' },
          { name: 'submitted_at', type: 'datetime' },
          { name: 'enterprise_name', type: 'varchar', length: '100' },
          { name: 'call_title', type: 'varchar', length: '200' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          { name: 'UQ_document_code', columnNames: ['code'], isUnique: true },
          { name: 'UQ_document_object_key', columnNames: ['object_key'], isUnique: true },
          { name: 'IDX_document_application', columnNames: ['application_id', 'kind'] },
        ],
        foreignKeys: [{ name: 'FK_document_application', columnNames: ['application_id'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document');
  }
}
