import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Account safety (issue #12): failed sign-ins per (login, address) pair and per login, which replace the account
 * lock-out (the account's `failed_attempts` and `locked_until` are no longer written).
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
          { name: 'failures', type: 'int' },
          { name: 'last_failure_at', type: 'datetime' },
          { name: 'blocked_until', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'IDX_sign_in_failure_login', columnNames: ['login'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sign_in_failure');
  }
}
