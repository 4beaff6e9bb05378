import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY']);
const ATTEMPTS = 4;

function isRetryable(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
  return code !== undefined && RETRYABLE.has(code);
}

/**
 * One state change, one transaction — retried from the start when the database picks it as a deadlock victim
 * (InnoDB does, under concurrent inserts into the same index gaps). The work must touch nothing outside the
 * database, so running it again is safe; everything it wrote was rolled back.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await sleep(5 * attempt + Math.floor(Math.random() * 20));
    }
  }
}
