import { Injectable } from '@nestjs/common';
import { isObjectionOpen } from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { CallEntity } from '../calls/call.entity';
import { ObjectionEntity } from './objection.entity';
import { PublicNoticeEntity } from './public-notice.entity';

/** The only code that reads and writes notices, objections and indicator values. */
@Injectable()
export class PublicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  private lockable(manager: EntityManager) {
    return manager.connection.options.type === 'better-sqlite3' ? undefined : ({ mode: 'pessimistic_write' } as const);
  }

  /** Notices with their calls, newest first, filtered by the call's year and category. */
  async pageNotices(filter: { year?: number; category?: string; approvedOnly?: boolean; page: number; pageSize: number }): Promise<{ items: { notice: PublicNoticeEntity; call: CallEntity }[]; total: number }> {
    const query = this.dataSource
      .getRepository(PublicNoticeEntity)
      .createQueryBuilder('notice')
      .innerJoinAndMapOne('notice.call', CallEntity, 'call', 'call.id = notice.call_id');
    if (filter.year) query.andWhere('call.year = :year', { year: filter.year });
    if (filter.category) query.andWhere('call.category = :category', { category: filter.category });
    if (filter.approvedOnly) query.andWhere('notice.approved_at IS NOT NULL');
    const [rows, total] = await query
      .orderBy(filter.approvedOnly ? 'notice.approved_at' : 'notice.published_at', 'DESC')
      .addOrderBy('notice.id', 'DESC')
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize)
      .getManyAndCount();
    return { items: rows.map((notice) => ({ notice, call: notice.call! })), total };
  }

  findNotice(id: number, manager?: EntityManager): Promise<PublicNoticeEntity | null> {
    return this.manager(manager).getRepository(PublicNoticeEntity).findOneBy({ id });
  }

  findNoticeOfCall(callId: number, manager?: EntityManager): Promise<PublicNoticeEntity | null> {
    return this.manager(manager).getRepository(PublicNoticeEntity).findOneBy({ callId });
  }

  findNoticeForUpdate(manager: EntityManager, id: number): Promise<PublicNoticeEntity | null> {
    return manager.getRepository(PublicNoticeEntity).findOne({ where: { id }, lock: this.lockable(manager) });
  }

  approvedNoticesOfYear(year: number): Promise<PublicNoticeEntity[]> {
    return this.dataSource
      .getRepository(PublicNoticeEntity)
      .createQueryBuilder('notice')
      .innerJoinAndMapOne('notice.call', CallEntity, 'call', 'call.id = notice.call_id')
      .where('call.year = :year AND notice.approved_at IS NOT NULL', { year })
      .orderBy('notice.call_id', 'ASC')
      .getMany();
  }

  async insertNotice(manager: EntityManager, values: Omit<PublicNoticeEntity, 'id' | 'version'>): Promise<PublicNoticeEntity> {
    const repository = manager.getRepository(PublicNoticeEntity);
    return repository.save(repository.create({ ...values, version: 1 }));
  }

  saveNotice(manager: EntityManager, notice: PublicNoticeEntity): Promise<PublicNoticeEntity> {
    return manager.getRepository(PublicNoticeEntity).save(notice);
  }

  objectionsOfNotice(noticeId: number, manager?: EntityManager): Promise<ObjectionEntity[]> {
    return this.manager(manager).getRepository(ObjectionEntity).find({ where: { noticeId }, order: { id: 'ASC' } });
  }

  /** Per notice, how many objections it has and how many are still open (one query for a page of notices). */
  async objectionCounts(noticeIds: readonly number[]): Promise<Map<number, { total: number; open: number }>> {
    const counts = new Map(noticeIds.map((id) => [id, { total: 0, open: 0 }]));
    if (noticeIds.length === 0) return counts;
    const rows: { noticeId: number | string; status: string; n: number | string }[] = await this.dataSource
      .getRepository(ObjectionEntity)
      .createQueryBuilder('objection')
      .select('objection.notice_id', 'noticeId')
      .addSelect('objection.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('objection.notice_id IN (:...ids)', { ids: [...noticeIds] })
      .groupBy('objection.notice_id')
      .addGroupBy('objection.status')
      .getRawMany();
    for (const row of rows) {
      const entry = counts.get(Number(row.noticeId))!;
      entry.total += Number(row.n);
      if (isObjectionOpen(row.status)) entry.open += Number(row.n);
    }
    return counts;
  }

  findObjection(id: number, manager?: EntityManager): Promise<ObjectionEntity | null> {
    return this.manager(manager).getRepository(ObjectionEntity).findOneBy({ id });
  }

  findObjectionForUpdate(manager: EntityManager, id: number): Promise<ObjectionEntity | null> {
    return manager.getRepository(ObjectionEntity).findOne({ where: { id }, lock: this.lockable(manager) });
  }

  findObjectionByCaseNo(caseNo: string, manager?: EntityManager): Promise<ObjectionEntity | null> {
    return this.manager(manager).getRepository(ObjectionEntity).findOneBy({ caseNo });
  }

  /** Objections received so far in a year (for the case number), counted under the notice's row lock. */
  countObjectionsWithPrefix(manager: EntityManager, prefix: string): Promise<number> {
    return manager.getRepository(ObjectionEntity).createQueryBuilder('objection').where('objection.case_no LIKE :prefix', { prefix: `${prefix}%` }).getCount();
  }

  async insertObjection(manager: EntityManager, values: Omit<ObjectionEntity, 'id' | 'version'>): Promise<ObjectionEntity> {
    const repository = manager.getRepository(ObjectionEntity);
    return repository.save(repository.create({ ...values, version: 1 }));
  }

  saveObjection(manager: EntityManager, objection: ObjectionEntity): Promise<ObjectionEntity> {
    return manager.getRepository(ObjectionEntity).save(objection);
  }
}
