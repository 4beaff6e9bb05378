import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableForeignKey } from 'typeorm';

/**
 * Accounts, sessions and the audit trail (issue #4): enterprises, the account's status and lockout columns,
 * sessions and one-time tokens stored as hashes, database-backed rate-limit windows, and the hash-chained audit log
 * with its single head row.
 */
export class Accounts1764432000000 implements MigrationInterface {
  name = 'Accounts1764432000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'enterprise',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'uscc', type: 'varchar', length: '18' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'contact_name', type: 'varchar', length: '50' },
          { name: 'mobile', type: 'varchar', length: '11' },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'created_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [{ name: 'UQ_enterprise_uscc', columnNames: ['uscc'], isUnique: true }],
      }),
    );

    await queryRunner.dropColumn('account', 'uscc');
    await queryRunner.addColumns('account', [
      new TableColumn({ name: 'enterprise_id', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'status', type: 'varchar', length: '16', default: "'active'" }),
      new TableColumn({ name: 'mobile', type: 'varchar', length: '11', isNullable: true }),
      new TableColumn({ name: 'email', type: 'varchar', length: '254', isNullable: true }),
      new TableColumn({ name: 'failed_attempts', type: 'integer', default: 0 }),
      new TableColumn({ name: 'locked_until', type: 'datetime', isNullable: true }),
      new TableColumn({ name: 'password_changed_at', type: 'datetime', isNullable: true }),
      new TableColumn({ name: 'last_sign_in_at', type: 'datetime', isNullable: true }),
    ]);
    await queryRunner.createForeignKey(
      'account',
      new TableForeignKey({
        name: 'FK_account_enterprise',
        columnNames: ['enterprise_id'],
        referencedTableName: 'enterprise',
        referencedColumnNames: ['id'],
        onDelete: 'RESTRICT',
        onUpdate: 'NO ACTION',
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'session',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'account_id', type: 'integer' },
          { name: 'csrf_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime' },
          { name: 'last_seen_at', type: 'datetime' },
          { name: 'expires_at', type: 'datetime' },
          { name: 'ended_at', type: 'datetime', isNullable: true },
          { name: 'address', type: 'varchar', length: '45', isNullable: true },
          { name: 'user_agent', type: 'varchar', length: '255', isNullable: true },
        ],
        indices: [{ name: 'IDX_session_account', columnNames: ['account_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'one_time_token',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'account_id', type: 'integer' },
          { name: 'purpose', type: 'varchar', length: '16' },
          { name: 'created_at', type: 'datetime' },
          { name: 'expires_at', type: 'datetime' },
          { name: 'used_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'IDX_one_time_token_account', columnNames: ['account_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'rate_limit',
        columns: [
          { name: 'bucket_key', type: 'varchar', length: '191', isPrimary: true },
          { name: 'window_start', type: 'datetime' },
          { name: 'hits', type: 'integer' },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true },
          { name: 'occurred_at', type: 'varchar', length: '24' },
          { name: 'actor_id', type: 'integer', isNullable: true },
          { name: 'actor_name', type: 'varchar', length: '64', isNullable: true },
          { name: 'actor_role', type: 'varchar', length: '32', isNullable: true },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'target_type', type: 'varchar', length: '32', isNullable: true },
          { name: 'target_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'detail', type: 'text', isNullable: true },
          { name: 'address', type: 'varchar', length: '45', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'prev_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
        indices: [
          { name: 'IDX_audit_log_occurred_at', columnNames: ['occurred_at'] },
          { name: 'IDX_audit_log_action', columnNames: ['action'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_head',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'last_seq', type: 'integer' },
          { name: 'last_hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.query(`INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '${'0'.repeat(64)}')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_head', 'audit_log', 'rate_limit', 'one_time_token', 'session']) await queryRunner.dropTable(table);
    await queryRunner.dropForeignKey('account', 'FK_account_enterprise');
    for (const column of ['last_sign_in_at', 'password_changed_at', 'locked_until', 'failed_attempts', 'email', 'mobile', 'status', 'enterprise_id']) {
      await queryRunner.dropColumn('account', column);
    }
    await queryRunner.addColumn('account', new TableColumn({ name: 'uscc', type: 'varchar', length: '18', isNullable: true }));
    await queryRunner.dropTable('enterprise');
  }
}
