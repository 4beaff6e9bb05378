import { Injectable } from '@nestjs/common';
import { UPWARD_LEVELS } from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { CallEntity } from '../calls/call.entity';
import { AppError } from '../common/errors/app-error';
import { PublicNoticeEntity } from '../publication/public-notice.entity';
import { IndicatorValueEntity } from './indicator-value.entity';
import { UpwardOutcomeEntity } from './upward-outcome.entity';

export type ApprovedListRow = PublicNoticeEntity & { call: CallEntity };

/** The only code that reads and writes what the dashboard counts: approved lists (read), outcomes and indicator values. */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  private lockable(manager: EntityManager) {
    return manager.connection.options.type === 'better-sqlite3' ? undefined : ({ mode: 'pessimistic_write' } as const);
  }

  /** Every published approved list with its call; `upwardOnly` keeps provincial and national calls (the recommendations). */
  approvedLists(options: { upwardOnly?: boolean; callId?: number } = {}, manager?: EntityManager): Promise<ApprovedListRow[]> {
    const query = this.manager(manager)
      .getRepository(PublicNoticeEntity)
      .createQueryBuilder('notice')
      .innerJoinAndMapOne('notice.call', CallEntity, 'call', 'call.id = notice.call_id')
      .where('notice.approved_at IS NOT NULL');
    if (options.upwardOnly) query.andWhere('call.level IN (:...levels)', { levels: [...UPWARD_LEVELS] });
    if (options.callId !== undefined) query.andWhere('call.id = :callId', { callId: options.callId });
    return query.orderBy('call.year', 'DESC').addOrderBy('notice.id', 'DESC').getMany() as Promise<ApprovedListRow[]>;
  }

  outcomes(manager?: EntityManager): Promise<UpwardOutcomeEntity[]> {
    return this.manager(manager).getRepository(UpwardOutcomeEntity).find({ order: { id: 'ASC' } });
  }

  findOutcomeOf(manager: EntityManager, callId: number, applicationId: number): Promise<UpwardOutcomeEntity | null> {
    return manager.getRepository(UpwardOutcomeEntity).findOne({ where: { callId, applicationId }, lock: this.lockable(manager) });
  }

  findOutcomeForUpdate(manager: EntityManager, id: number): Promise<UpwardOutcomeEntity | null> {
    return manager.getRepository(UpwardOutcomeEntity).findOne({ where: { id }, lock: this.lockable(manager) });
  }

  /** Inserts the outcome; a second one for the same recommended project (two officers at once) is UPWARD_OUTCOME_EXISTS. */
  async insertOutcome(manager: EntityManager, values: Omit<UpwardOutcomeEntity, 'id' | 'version'>): Promise<UpwardOutcomeEntity> {
    const repository = manager.getRepository(UpwardOutcomeEntity);
    try {
      return await repository.save(repository.create({ ...values, version: 1 }));
    } catch (error) {
      const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
      if (code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE') throw new AppError('UPWARD_OUTCOME_EXISTS');
      throw error;
    }
  }

  saveOutcome(manager: EntityManager, outcome: UpwardOutcomeEntity): Promise<UpwardOutcomeEntity> {
    return manager.getRepository(UpwardOutcomeEntity).save(outcome);
  }

  indicatorValues(): Promise<IndicatorValueEntity[]> {
    return this.dataSource.getRepository(IndicatorValueEntity).find({ order: { code: 'ASC', year: 'ASC' } });
  }

  /** Inserts or replaces the value of (code, year). */
  async upsertIndicatorValue(manager: EntityManager, values: Omit<IndicatorValueEntity, 'id'>): Promise<void> {
    const repository = manager.getRepository(IndicatorValueEntity);
    const existing = await repository.findOne({ where: { code: values.code, year: values.year }, lock: this.lockable(manager) });
    await repository.save(existing ? Object.assign(existing, values) : repository.create(values));
  }
}
