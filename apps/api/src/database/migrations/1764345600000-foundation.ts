import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * The foundation schema. Migrations use TypeORM's schema builder rather than raw SQL, so one migration set
 * serves MySQL/MariaDB and the embedded SQLite file alike; the drift test proves they match the entities.
 */
export class Foundation1764345600000 implements MigrationInterface {
  name = 'Foundation1764345600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'seed_run',
        columns: [
          { name: 'name', type: 'varchar', length: '100', isPrimary: true },
          { name: 'applied_at', type: 'datetime' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'programme_category',
        columns: [
          { name: 'code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'name_zh', type: 'varchar', length: '100' },
          { name: 'name_en', type: 'varchar', length: '200' },
          { name: 'sort_order', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'industry_field',
        columns: [
          { name: 'code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'parent_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'name_zh', type: 'varchar', length: '100' },
          { name: 'name_en', type: 'varchar', length: '200' },
          { name: 'sort_order', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'district',
        columns: [
          { name: 'code', type: 'varchar', length: '6', isPrimary: true },
          { name: 'name_zh', type: 'varchar', length: '50' },
          { name: 'name_en', type: 'varchar', length: '100' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'account',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'username', type: 'varchar', length: '64' },
          { name: 'role', type: 'varchar', length: '32' },
          { name: 'display_name', type: 'varchar', length: '100' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'uscc', type: 'varchar', length: '18', isNullable: true },
          { name: 'district_code', type: 'varchar', length: '6', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [{ name: 'UQ_account_username', columnNames: ['username'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['account', 'district', 'industry_field', 'programme_category', 'seed_run']) {
      await queryRunner.dropTable(table);
    }
  }
}
