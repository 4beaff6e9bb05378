import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ObjectStorage } from '../storage/object-storage';

export interface ComponentHealth {
  status: 'up' | 'down';
  kind: string;
  latencyMs: number;
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: ComponentHealth;
  storage: ComponentHealth;
}

const CHECK_TIMEOUT_MS = 3000;

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, storage] = await Promise.all([
      probe(this.config.db.kind, () => this.dataSource.query('SELECT 1')),
      probe(this.config.storage.kind, () => this.storage.ping()),
    ]);
    return { status: database.status === 'up' && storage.status === 'up' ? 'ok' : 'unavailable', database, storage };
  }
}

async function probe(kind: string, check: () => Promise<unknown>): Promise<ComponentHealth> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', kind, latencyMs: Date.now() - started };
  } catch (error) {
    return { status: 'down', kind, latencyMs: Date.now() - started, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
