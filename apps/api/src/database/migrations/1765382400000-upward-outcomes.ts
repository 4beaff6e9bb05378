import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Issue #13: the province's or the ministry's outcome (认定 / 未获认定, issuing body, 文号, date) of each project the
 * city recommended through a provincial or national call, recorded by a city officer. Indicator values (the
 * existing `indicator_value` table) now also hold the plan's section-三 targets; their codes need no schema change.
 */
export class UpwardOutcomes1765382400000 implements MigrationInterface {
  name = 'UpwardOutcomes1765382400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'upward_outcome',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'call_id', type: 'integer' },
          { name: 'application_id', type: 'integer' },
          { name: 'result', type: 'varchar', length: '16' },
          { name: 'issuing_body', type: 'varchar', length: '100' },
          { name: 'document_no', type: 'varchar', length: '60', isNullable: true },
          { name: 'decided_on', type: 'varchar', length: '10' },
          { name: 'note', type: 'varchar', length: '500', isNullable: true },
          { name: 'recorded_by', type: 'integer' },
          { name: 'recorded_at', type: 'datetime' },
          { name: 'updated_by', type: 'integer' },
          { name: 'updated_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [{ name: 'UQ_upward_outcome_call_application', columnNames: ['call_id', 'application_id'], isUnique: true }],
        foreignKeys: [
          { name: 'FK_upward_outcome_call', columnNames: ['call_id'], referencedTableName: 'call', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
          { name: 'FK_upward_outcome_application', columnNames: ['application_id'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('upward_outcome');
  }
}
