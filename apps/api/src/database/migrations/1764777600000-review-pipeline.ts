import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * The review pipeline (issue #7): the district and city decisions on an application, formal checks with the snapshot
 * each one saw, the expert pool, panels with their committed seed, and one assignment (declaration and score) per
 * expert and application.
 */
export class ReviewPipeline1764777600000 implements MigrationInterface {
  name = 'ReviewPipeline1764777600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('application', [
      new TableColumn({ name: 'district_code', type: 'varchar', length: '6', isNullable: true }),
      new TableColumn({ name: 'district_priority', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'review_notice', type: 'text', isNullable: true }),
      new TableColumn({ name: 'revision_due_on', type: 'varchar', length: '10', isNullable: true }),
    ]);
    await queryRunner.createIndex('application', new TableIndex({ name: 'IDX_application_call_district', columnNames: ['call_id', 'district_code', 'state'] }));

    await queryRunner.createTable(
      new Table({
        name: 'formal_check',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'application_id', type: 'integer' },
          { name: 'round', type: 'integer' },
          { name: 'outcome', type: 'varchar', length: '32' },
          { name: 'items', type: 'text' },
          { name: 'reason', type: 'text', isNullable: true },
          { name: 'snapshot', type: 'text' },
          { name: 'checked_by', type: 'integer' },
          { name: 'checked_by_name', type: 'varchar', length: '100' },
          { name: 'checked_at', type: 'datetime' },
        ],
        indices: [{ name: 'UQ_formal_check_round', columnNames: ['application_id', 'round'], isUnique: true }],
        foreignKeys: [{ name: 'FK_formal_check_application', columnNames: ['application_id'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'expert',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'account_id', type: 'integer', isNullable: true },
          { name: 'name', type: 'varchar', length: '50' },
          { name: 'employer', type: 'varchar', length: '100' },
          { name: 'employer_uscc', type: 'varchar', length: '18', isNullable: true },
          { name: 'title', type: 'varchar', length: '50' },
          { name: 'fields', type: 'text' },
          { name: 'mobile', type: 'varchar', length: '11' },
          { name: 'email', type: 'varchar', length: '254', isNullable: true },
          { name: 'relations', type: 'text' },
          { name: 'co_applications', type: 'text' },
          { name: 'available', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [{ name: 'UQ_expert_account', columnNames: ['account_id'], isUnique: true }],
        foreignKeys: [{ name: 'FK_expert_account', columnNames: ['account_id'], referencedTableName: 'account', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'review_panel',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'call_id', type: 'integer' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'size', type: 'integer' },
          { name: 'required_fields', type: 'text' },
          { name: 'application_ids', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'seed', type: 'varchar', length: '64' },
          { name: 'seed_hash', type: 'varchar', length: '64' },
          { name: 'committed_at', type: 'datetime' },
          { name: 'drawn_at', type: 'datetime', isNullable: true },
          { name: 'reference_date', type: 'varchar', length: '10', isNullable: true },
          { name: 'candidate_ids', type: 'text', isNullable: true },
          { name: 'member_ids', type: 'text', isNullable: true },
          { name: 'reserve_ids', type: 'text', isNullable: true },
          { name: 'excluded', type: 'text', isNullable: true },
          { name: 'created_by', type: 'integer' },
          { name: 'version', type: 'integer' },
        ],
        indices: [{ name: 'IDX_review_panel_call', columnNames: ['call_id'] }],
        foreignKeys: [{ name: 'FK_review_panel_call', columnNames: ['call_id'], referencedTableName: 'call', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'review_assignment',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'panel_id', type: 'integer' },
          { name: 'application_id', type: 'integer' },
          { name: 'expert_id', type: 'integer' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'replaces_expert_id', type: 'integer', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'declared_at', type: 'datetime', isNullable: true },
          { name: 'declaration_note', type: 'text', isNullable: true },
          { name: 'score_status', type: 'varchar', length: '16' },
          { name: 'points', type: 'text' },
          { name: 'comments', type: 'text' },
          { name: 'total_hundredths', type: 'integer', isNullable: true },
          { name: 'outlier_reason', type: 'text', isNullable: true },
          { name: 'submitted_at', type: 'datetime', isNullable: true },
          { name: 'reopen_reason', type: 'text', isNullable: true },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          { name: 'UQ_review_assignment_application_expert', columnNames: ['application_id', 'expert_id'], isUnique: true },
          { name: 'IDX_review_assignment_panel', columnNames: ['panel_id'] },
          { name: 'IDX_review_assignment_expert', columnNames: ['expert_id'] },
        ],
        foreignKeys: [
          { name: 'FK_review_assignment_panel', columnNames: ['panel_id'], referencedTableName: 'review_panel', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
          { name: 'FK_review_assignment_application', columnNames: ['application_id'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
          { name: 'FK_review_assignment_expert', columnNames: ['expert_id'], referencedTableName: 'expert', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('review_assignment');
    await queryRunner.dropTable('review_panel');
    await queryRunner.dropTable('expert');
    await queryRunner.dropTable('formal_check');
    await queryRunner.dropIndex('application', 'IDX_application_call_district');
    for (const column of ['revision_due_on', 'review_notice', 'district_priority', 'district_code']) await queryRunner.dropColumn('application', column);
  }
}
