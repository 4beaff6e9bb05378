import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * The enterprise profile as it stood when an application was submitted. Documents archived later (after a
 * restart) print this copy, so the 申报书 always matches what the submission was checked against.
 */
export class SubmittedProfile1764691200000 implements MigrationInterface {
  name = 'SubmittedProfile1764691200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('application', new TableColumn({ name: 'submitted_profile', type: 'text', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('application', 'submitted_profile');
  }
}
