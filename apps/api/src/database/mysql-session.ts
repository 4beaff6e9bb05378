import * as mysql2 from 'mysql2';
import type { DataSource } from 'typeorm';
import type { DatabaseTimeouts } from '../config/app-config';

/**
 * Every MySQL/MariaDB session of the API runs in strict SQL mode: a value that does not fit its column is an error,
 * never silently cut or zeroed (the contracts' length limits keep users from reaching that error).
 */
export const STRICT_SQL_MODE = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';

/** The limits applied by the guarded driver; `queryMs` is 0 until `armQueryTimeout` (migrations may run long). */
export interface SessionGuard {
  acquireMs: number;
  queryMs: number;
  configuredQueryMs: number;
}

type Callback = (error: (Error & { code?: string }) | null, ...rest: unknown[]) => void;

interface GuardedConnection {
  query(sql: unknown, values?: unknown, callback?: unknown): unknown;
  destroy(): void;
  release(): void;
}

interface GuardedPool {
  on(event: 'connection', listener: (connection: GuardedConnection) => void): void;
  getConnection(callback: (error: Error | null, connection?: GuardedConnection) => void): void;
}

function withCode(message: string, code: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/**
 * mysql2 as TypeORM's driver, with three guards so that a database that stops answering costs a request seconds,
 * not minutes (then the filter answers 503 with Retry-After):
 *  - each new connection first sets the strict `sql_mode`;
 *  - taking a connection from the pool (waiting for a free one or opening one) gives up after DB_ACQUIRE_TIMEOUT_MS;
 *  - a query without an answer after DB_QUERY_TIMEOUT_MS fails with PROTOCOL_SEQUENCE_TIMEOUT and its connection is
 *    destroyed, so the rollback that follows fails at once and no later request inherits a stuck connection.
 * Connections that fail are dropped by the pool; the next request opens a new one, so the API recovers by itself.
 */
export function guardedMysqlDriver(timeouts: DatabaseTimeouts): typeof mysql2 & { guard: SessionGuard } {
  const guard: SessionGuard = { acquireMs: timeouts.acquireMs, queryMs: 0, configuredQueryMs: timeouts.queryMs };
  const createPool = (options: mysql2.PoolOptions) => {
    const pool = mysql2.createPool(options) as unknown as GuardedPool;
    pool.on('connection', (connection) => {
      connection.query(`SET SESSION sql_mode = '${STRICT_SQL_MODE}'`, undefined, (error: Error | null) => {
        // A session that cannot be made strict is not used: its next command fails and the pool drops it.
        if (error) connection.destroy();
      });
      const query = connection.query.bind(connection);
      connection.query = (sql: unknown, values?: unknown, callback?: unknown) => {
        if (!guard.queryMs || typeof callback !== 'function') return query(sql, values, callback);
        const payload = typeof sql === 'string' ? { sql, timeout: guard.queryMs } : { ...(sql as object), timeout: (sql as { timeout?: number }).timeout ?? guard.queryMs };
        let answered = false;
        return query(payload, values, (error: (Error & { code?: string }) | null, ...rest: unknown[]) => {
          if (answered) return;
          answered = true;
          if (error?.code === 'PROTOCOL_SEQUENCE_TIMEOUT') connection.destroy();
          (callback as Callback)(error, ...rest);
        });
      };
    });
    const getConnection = pool.getConnection.bind(pool);
    pool.getConnection = (callback) => {
      if (!guard.acquireMs) return getConnection(callback);
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        callback(withCode(`No database connection within ${guard.acquireMs} ms`, 'POOL_ACQUIRE_TIMEOUT'));
      }, guard.acquireMs);
      getConnection((error, connection) => {
        if (settled) {
          // It came too late for its request: back to the pool for the next one.
          connection?.release();
          return;
        }
        settled = true;
        clearTimeout(timer);
        if (error && /^Pool is closed/.test(error.message)) return callback(withCode(error.message, 'POOL_CLOSED'));
        callback(error, connection);
      });
    };
    return pool;
  };
  return { ...mysql2, createPool, guard } as unknown as typeof mysql2 & { guard: SessionGuard };
}

/** Turns the per-query timeout on (after migrations and seeds, which may legitimately run long). */
export function armQueryTimeout(dataSource: DataSource): void {
  const guard = (dataSource.options as { driver?: { guard?: SessionGuard } }).driver?.guard;
  if (guard) guard.queryMs = guard.configuredQueryMs;
}
