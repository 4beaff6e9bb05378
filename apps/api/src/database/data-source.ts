import fs from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { guardedMysqlDriver } from './mysql-session';

/** TypeORM options for MySQL/MariaDB (DB_URL) or the embedded SQLite file. Never `synchronize`: migrations only. */
export function dataSourceOptions(db: AppConfig['db'], flavour: 'mysql' | 'mariadb' = 'mysql'): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: false } as const;
  if (db.kind === 'mysql') {
    // TypeORM reads some MariaDB catalogue values differently (e.g. a nullable column's default), so it must be told.
    // The guarded driver sets the strict sql_mode on every session and bounds the waits (DB_*_TIMEOUT_MS).
    return {
      ...common,
      type: flavour,
      url: db.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      connectTimeout: db.timeouts.connectMs,
      supportBigNumbers: true,
      connectorPackage: 'mysql2',
      driver: guardedMysqlDriver(db.timeouts),
    };
  }
  fs.mkdirSync(path.dirname(db.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: db.file,
    prepareDatabase: (database: { pragma(statement: string): unknown }) => {
      database.pragma('journal_mode = WAL');
      database.pragma('foreign_keys = ON');
      database.pragma('busy_timeout = 5000');
    },
  };
}

export function describeDatabase(db: AppConfig['db']): string {
  return db.kind === 'mysql' ? `${db.host}:${db.port}/${db.database}` : db.file;
}
