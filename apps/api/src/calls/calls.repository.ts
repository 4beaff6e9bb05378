import { Injectable } from '@nestjs/common';
import type { CallListQuery } from '@shifan/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ReceiptCounterEntity } from '../applications/receipt-counter.entity';
import { CallVersionEntity } from './call-version.entity';
import { CallEntity } from './call.entity';

/** The only code that reads and writes calls and their published versions. */
@Injectable()
export class CallsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(query: CallListQuery, statuses: string[]): Promise<{ items: CallEntity[]; total: number }> {
    const where = {
      status: query.status ? (statuses.includes(query.status) ? query.status : '__none__') : In(statuses),
      ...(query.category ? { category: query.category } : {}),
      ...(query.year ? { year: query.year } : {}),
    };
    const [items, total] = await this.dataSource.getRepository(CallEntity).findAndCount({
      where,
      order: { deadlineAt: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items, total };
  }

  find(id: number, manager?: EntityManager): Promise<CallEntity | null> {
    return (manager ?? this.dataSource.manager).getRepository(CallEntity).findOneBy({ id });
  }

  findForUpdate(manager: EntityManager, id: number): Promise<CallEntity | null> {
    if (manager.connection.options.type === 'better-sqlite3') return manager.getRepository(CallEntity).findOneBy({ id });
    return manager.getRepository(CallEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(manager: EntityManager, call: CallEntity): Promise<CallEntity> {
    return manager.getRepository(CallEntity).save(call);
  }

  create(manager: EntityManager, values: Omit<CallEntity, 'id' | 'version'>): Promise<CallEntity> {
    const repository = manager.getRepository(CallEntity);
    return repository.save(repository.create({ ...values, version: 1 }));
  }

  async insertVersion(manager: EntityManager, version: Omit<CallVersionEntity, 'id'>): Promise<void> {
    const repository = manager.getRepository(CallVersionEntity);
    await repository.save(repository.create(version));
  }

  /** The receipt counter of a call, created when it opens so the first submits do not race to create it. */
  async ensureReceiptCounter(manager: EntityManager, callId: number): Promise<void> {
    const repository = manager.getRepository(ReceiptCounterEntity);
    if (!(await repository.existsBy({ callId }))) await repository.insert({ callId, lastNo: 0 });
  }

  findVersion(callId: number, versionNo: number, manager?: EntityManager): Promise<CallVersionEntity | null> {
    return (manager ?? this.dataSource.manager).getRepository(CallVersionEntity).findOneBy({ callId, versionNo });
  }
}
