import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * Issue #13, words the bureau would print: the approved list is published as a 通知 with its 文号 (document number,
 * e.g. 武经信〔2026〕12号), which the city officer enters when publishing it. Lists published before keep none.
 */
export class ApprovedListDocumentNumber1765468800000 implements MigrationInterface {
  name = 'ApprovedListDocumentNumber1765468800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('public_notice', new TableColumn({ name: 'approved_document_number', type: 'varchar', length: '50', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('public_notice', 'approved_document_number');
  }
}
