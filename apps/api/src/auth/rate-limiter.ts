import { Injectable } from '@nestjs/common';
import { RATE_LIMITS, type RateLimitName } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { Clock } from '../common/clock';
import { RateLimitEntity } from './rate-limit.entity';
import { inTransaction } from '../database/transaction';

/**
 * Fixed-window counters in the database, so every API instance sees the same count. A window resets when its
 * time is up. Throws RATE_LIMITED once the limit is passed.
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async hit(name: RateLimitName, subject: string): Promise<void> {
    const { limit, windowSeconds } = RATE_LIMITS[name];
    const key = `${name}:${subject}`.slice(0, 191);
    const now = this.clock.now();
    const hits = await this.count(key, windowSeconds, now).catch((error: unknown) => {
      // Two first hits at once both insert; the loser retries against the row the winner wrote.
      if (isDuplicateKey(error)) return this.count(key, windowSeconds, now);
      throw error;
    });
    if (hits > limit) throw new AppError('RATE_LIMITED');
  }

  private count(key: string, windowSeconds: number, now: Date): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const repository = manager.getRepository(RateLimitEntity);
      const bucket =
        manager.connection.options.type === 'better-sqlite3'
          ? await repository.findOneBy({ bucketKey: key })
          : await repository.findOne({ where: { bucketKey: key }, lock: { mode: 'pessimistic_write' } });
      if (!bucket || now.getTime() - bucket.windowStart.getTime() >= windowSeconds * 1000) {
        if (bucket) await repository.update({ bucketKey: key }, { windowStart: now, hits: 1 });
        else await repository.insert({ bucketKey: key, windowStart: now, hits: 1 });
        return 1;
      }
      await repository.update({ bucketKey: key }, { hits: bucket.hits + 1 });
      return bucket.hits + 1;
    });
  }
}

function isDuplicateKey(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
