import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppConfig, loadConfig } from '../src/config/app-config';
import { JsonLogger } from '../src/common/logging/json-logger';

/**
 * The medium tier runs against a real database: the MySQL/MariaDB in DB_URL when it is set (as in CI), otherwise
 * an embedded SQLite file in a fresh temporary folder. Storage is always the real loopback S3 server.
 */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-it-'));
  return loadConfig(
    {
      DB_URL: process.env.DB_URL ?? '',
      DATA_DIR: dataDir,
      PORT: '0',
      SERVE_WEB: 'false',
      LOG_LEVEL: 'warn',
      DB_CONNECT_RETRIES: '3',
      DB_CONNECT_RETRY_DELAY_MS: '200',
      // Job timers off: tests run jobs with JobScheduler.runNow at the instants they choose.
      JOBS_ENABLED: 'false',
      // Tests simulate client addresses with X-Forwarded-For from supertest on loopback.
      TRUST_PROXY: 'loopback',
      ...overrides,
    },
    dataDir,
  );
}

/** A logger that keeps its lines for assertions instead of printing them. */
export function memoryLogger(level: 'debug' | 'info' | 'warn' | 'error' = 'info'): { logger: JsonLogger; lines: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  return { logger: new JsonLogger(level, { write: (line) => lines.push(line) }), lines: () => lines.map((line) => JSON.parse(line)) };
}

/** Empties the test database (every table dropped), so the next start migrates and seeds from scratch. */
export async function resetDatabase(config: AppConfig): Promise<void> {
  const { connectDatabase } = await import('../src/database/connect');
  const dataSource = await connectDatabase(config.db, memoryLogger().logger);
  await dataSource.dropDatabase();
  await dataSource.destroy();
}
