import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';

/**
 * Account safety (issue #12): failed sign-ins per (login, address) pair and per login, which replace the account
 * lock-out (the account's `failed_attempts` and `locked_until` columns are dropped); the enterprise's verification
 * state and its verification documents (营业执照, 授权书).
 *
 * USCC disputes and their documents.
 *
 * Enterprises that already exist are marked verified: they registered before the rule that a new registration must
 * prove control of its USCC, and some have applications under way. New registrations start unverified.
 */
export class AccountSafety1765036800000 implements MigrationInterface {
  name = 'AccountSafety1765036800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'sign_in_failure',
        columns: [
          { name: 'key_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'login', type: 'varchar', length: '191' },
          { name: 'address', type: 'varchar', length: '64', isNullable: true },
          { name: 'failures', type: 'integer' },
          { name: 'last_failure_at', type: 'datetime' },
          { name: 'blocked_until', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'IDX_sign_in_failure_login', columnNames: ['login'] }],
      }),
    );
    await queryRunner.dropColumn('account', 'locked_until');
    await queryRunner.dropColumn('account', 'failed_attempts');
    await queryRunner.addColumns('enterprise', [
      new TableColumn({ name: 'verification_status', type: 'varchar', length: '16', default: "'unverified'" }),
      new TableColumn({ name: 'verification_reason', type: 'text', isNullable: true }),
      new TableColumn({ name: 'verification_district_code', type: 'varchar', length: '6', isNullable: true }),
      new TableColumn({ name: 'verification_requested_at', type: 'datetime', isNullable: true }),
      new TableColumn({ name: 'verification_decided_at', type: 'datetime', isNullable: true }),
      new TableColumn({ name: 'verification_decided_by', type: 'integer', isNullable: true }),
    ]);
    await queryRunner.query("UPDATE enterprise SET verification_status = 'verified'");
    await queryRunner.createTable(
      new Table({
        name: 'enterprise_document',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'enterprise_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'content_type', type: 'varchar', length: '100' },
          { name: 'size', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'object_key', type: 'varchar', length: '255' },
          { name: 'uploaded_by', type: 'integer' },
          { name: 'uploaded_at', type: 'datetime' },
        ],
        indices: [{ name: 'UQ_enterprise_document_kind', columnNames: ['enterprise_id', 'kind'], isUnique: true }],
        foreignKeys: [{ name: 'FK_enterprise_document_enterprise', columnNames: ['enterprise_id'], referencedTableName: 'enterprise', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'uscc_dispute',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'case_no', type: 'varchar', length: '24' },
          { name: 'uscc', type: 'varchar', length: '18' },
          { name: 'enterprise_id', type: 'integer' },
          { name: 'claimed_name', type: 'varchar', length: '100' },
          { name: 'contact_name', type: 'varchar', length: '50' },
          { name: 'mobile', type: 'varchar', length: '11' },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'statement', type: 'text' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'upload_token_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'upload_token_expires_at', type: 'datetime', isNullable: true },
          { name: 'reason', type: 'text', isNullable: true },
          { name: 'filed_at', type: 'datetime' },
          { name: 'decided_at', type: 'datetime', isNullable: true },
          { name: 'decided_by', type: 'integer', isNullable: true },
          { name: 'new_account_id', type: 'integer', isNullable: true },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          { name: 'UQ_uscc_dispute_case_no', columnNames: ['case_no'], isUnique: true },
          { name: 'IDX_uscc_dispute_status', columnNames: ['status'] },
        ],
        foreignKeys: [{ name: 'FK_uscc_dispute_enterprise', columnNames: ['enterprise_id'], referencedTableName: 'enterprise', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'dispute_document',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'dispute_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'content_type', type: 'varchar', length: '100' },
          { name: 'size', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'object_key', type: 'varchar', length: '255' },
          { name: 'uploaded_at', type: 'datetime' },
        ],
        indices: [{ name: 'UQ_dispute_document_kind', columnNames: ['dispute_id', 'kind'], isUnique: true }],
        foreignKeys: [{ name: 'FK_dispute_document_dispute', columnNames: ['dispute_id'], referencedTableName: 'uscc_dispute', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('dispute_document');
    await queryRunner.dropTable('uscc_dispute');
    await queryRunner.dropTable('enterprise_document');
    for (const column of ['verification_decided_by', 'verification_decided_at', 'verification_requested_at', 'verification_district_code', 'verification_reason', 'verification_status']) {
      await queryRunner.dropColumn('enterprise', column);
    }
    await queryRunner.addColumns('account', [
      new TableColumn({ name: 'failed_attempts', type: 'integer', default: 0 }),
      new TableColumn({ name: 'locked_until', type: 'datetime', isNullable: true }),
    ]);
    await queryRunner.dropTable('sign_in_failure');
  }
}
