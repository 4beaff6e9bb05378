import { Injectable } from '@nestjs/common';
import type { AuditQuery } from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditHeadEntity } from './audit-head.entity';
import { AuditLogEntity } from './audit-log.entity';
import { escapeLike, LIKE_ESCAPE } from '../database/like';
import { type ChainedContent, hashRecord } from './audit-chain';

export type NewAuditRecord = Omit<ChainedContent, 'seq' | 'prevHash'>;

/** A read-only view of the chain inside one snapshot. */
export interface ChainView {
  head(): Promise<AuditHeadEntity>;
  /** Records with after < seq <= last, in sequence order, at most batchSize of them. */
  records(after: number, last: number, batchSize: number): Promise<AuditLogEntity[]>;
}

/**
 * The only code that touches the audit tables, and it only appends and reads: there is no update or delete here,
 * and a unit test keeps it that way.
 */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends inside the caller's transaction, holding the chain head's row lock until that transaction ends. */
  async append(manager: EntityManager, record: NewAuditRecord): Promise<AuditLogEntity> {
    const heads = manager.getRepository(AuditHeadEntity);
    const head =
      manager.connection.options.type === 'better-sqlite3'
        ? await heads.findOneByOrFail({ id: 1 }) // SQLite serialises writers itself and has no row locks
        : await heads.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
    const content: ChainedContent = { ...record, seq: head.lastSeq + 1, prevHash: head.lastHash };
    const entity = manager.getRepository(AuditLogEntity).create({ ...content, hash: hashRecord(content) });
    await manager.getRepository(AuditLogEntity).insert(entity);
    await heads.save({ id: 1, lastSeq: entity.seq, lastHash: entity.hash });
    return entity;
  }

  async page(query: AuditQuery): Promise<{ items: AuditLogEntity[]; total: number }> {
    const builder = this.filtered(query).orderBy('audit.seq', 'DESC').skip((query.page - 1) * query.pageSize).take(query.pageSize);
    const [items, total] = await builder.getManyAndCount();
    return { items, total };
  }

  /** Every matching record, newest first, in batches (for exports). */
  async *matching(query: Omit<AuditQuery, 'page' | 'pageSize'>, batchSize = 500): AsyncGenerator<AuditLogEntity[]> {
    let before = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const batch = await this.filtered(query).andWhere('audit.seq < :before', { before }).orderBy('audit.seq', 'DESC').take(batchSize).getMany();
      if (!batch.length) return;
      yield batch;
      before = batch[batch.length - 1].seq;
    }
  }

  /** The whole chain in sequence order, in batches (for verification). */
  async *chain(batchSize = 1000): AsyncGenerator<AuditLogEntity[]> {
    let after = 0;
    for (;;) {
      const batch = await this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('audit').where('audit.seq > :after', { after }).orderBy('audit.seq', 'ASC').take(batchSize).getMany();
      if (!batch.length) return;
      yield batch;
      after = batch[batch.length - 1].seq;
    }
  }

  /**
   * Runs `work` over one consistent view of the head and the records. On MySQL/MariaDB: a REPEATABLE READ
   * transaction opened WITH CONSISTENT SNAPSHOT, so appends committing meanwhile stay invisible; on SQLite (one
   * connection, writers serialised) the plain connection. Callers walk records only up to the head they read.
   */
  async inSnapshot<T>(work: (view: ChainView) => Promise<T>): Promise<T> {
    const viewOf = (manager: EntityManager): ChainView => ({
      head: () => manager.getRepository(AuditHeadEntity).findOneByOrFail({ id: 1 }),
      records: (after, last, batchSize) =>
        manager.getRepository(AuditLogEntity).createQueryBuilder('audit').where('audit.seq > :after AND audit.seq <= :last', { after, last }).orderBy('audit.seq', 'ASC').take(batchSize).getMany(),
    });
    if (this.dataSource.options.type === 'better-sqlite3') return work(viewOf(this.dataSource.manager));
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      await runner.query('START TRANSACTION WITH CONSISTENT SNAPSHOT');
      try {
        return await work(viewOf(runner.manager));
      } finally {
        await runner.query('COMMIT');
      }
    } finally {
      await runner.release();
    }
  }

  head(): Promise<AuditHeadEntity> {
    return this.dataSource.getRepository(AuditHeadEntity).findOneByOrFail({ id: 1 });
  }

  private filtered(query: Omit<AuditQuery, 'page' | 'pageSize'>) {
    const builder = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('audit').where('1 = 1');
    if (query.action) builder.andWhere(`audit.action LIKE :action ESCAPE '${LIKE_ESCAPE}'`, { action: `${escapeLike(query.action)}%` });
    if (query.actor) builder.andWhere(`audit.actor_name LIKE :actor ESCAPE '${LIKE_ESCAPE}'`, { actor: `%${escapeLike(query.actor)}%` });
    if (query.from) builder.andWhere('audit.occurred_at >= :from', { from: `${query.from}T00:00:00.000Z` });
    if (query.to) builder.andWhere('audit.occurred_at <= :to', { to: `${query.to}T23:59:59.999Z` });
    return builder;
  }
}


