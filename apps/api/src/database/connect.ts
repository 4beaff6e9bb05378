import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import type { JsonLogger } from '../common/logging/json-logger';
import { StartupError } from '../common/startup-error';
import { dataSourceOptions, describeDatabase } from './data-source';
import { STRICT_SQL_MODE } from './mysql-session';

/**
 * Opens the database with a bounded retry (DB_CONNECT_RETRIES × DB_CONNECT_RETRY_DELAY_MS), so the API can start
 * beside a database that is still booting, and gives up with one line naming the host.
 */
export async function connectDatabase(db: AppConfig['db'], logger: JsonLogger): Promise<DataSource> {
  const where = db.kind === 'mysql' ? `${db.host}:${db.port}` : db.file;
  let lastError: unknown;
  for (let attempt = 1; attempt <= db.connectRetries; attempt++) {
    let dataSource = new DataSource(dataSourceOptions(db));
    try {
      await dataSource.initialize();
      if (db.kind === 'mysql' && (await isMariaDb(dataSource))) {
        await dataSource.destroy();
        dataSource = new DataSource(dataSourceOptions(db, 'mariadb'));
        await dataSource.initialize();
      }
      if (db.kind === 'mysql') await assertStrictSession(dataSource);
      logger.event('info', 'database', 'connected', { database: describeDatabase(db), kind: db.kind, attempt });
      return dataSource;
    } catch (error) {
      lastError = error;
      if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
      // A server that answers but refuses the strict session is not worth retrying: say so in one line.
      if (error instanceof StartupError) throw error;
      if (attempt < db.connectRetries) {
        logger.event('warn', 'database', 'connection failed, retrying', { host: where, attempt, reason: reasonOf(error) });
        await sleep(db.connectRetryDelayMs);
      }
    }
  }
  throw new StartupError(`Database unreachable: cannot connect to ${where} after ${db.connectRetries} attempts (${reasonOf(lastError)})`);
}

/** The guarded driver makes every session strict (mysql-session.ts); a server that refuses it does not start the API. */
async function assertStrictSession(dataSource: DataSource): Promise<void> {
  const [row] = (await dataSource.query('SELECT @@SESSION.sql_mode AS mode')) as { mode: string }[];
  const modes = new Set((row?.mode ?? '').split(','));
  const missing = STRICT_SQL_MODE.split(',').filter((mode) => !modes.has(mode));
  if (missing.length) throw new StartupError(`Database session is not strict: sql_mode lacks ${missing.join(', ')}`);
}

async function isMariaDb(dataSource: DataSource): Promise<boolean> {
  const [row] = (await dataSource.query('SELECT VERSION() AS version')) as { version: string }[];
  return /mariadb/i.test(row?.version ?? '');
}

/** Applies pending migrations; returns the names of those it ran. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

/** The SQL that would bring the schema in line with the entities: empty when migrations and entities agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

function reasonOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && code) return code;
    if (typeof message === 'string' && message) return message.split('\n')[0];
  }
  return String(error);
}
