import { Injectable } from '@nestjs/common';
import type { ApplicationState } from '@shifan/domain';
import { Brackets, DataSource, type EntityManager, In } from 'typeorm';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { ApplicationEventEntity } from '../applications/application-event.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { RecommendingUnitEntity } from '../catalogue/recommending-unit.entity';
import { escapeLike, LIKE_ESCAPE } from '../database/like';
import { ExpertEntity } from './expert.entity';
import { FormalCheckEntity } from './formal-check.entity';
import { ReviewAssignmentEntity } from './review-assignment.entity';
import { ReviewPanelEntity } from './review-panel.entity';

export interface ReviewListFilter {
  callId?: number;
  states: readonly ApplicationState[];
  state?: ApplicationState;
  /** The state that waits for this reviewer's action: listed first. */
  actionState: ApplicationState;
  recommendingUnitCode?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export interface ApplicationWithEnterprise {
  application: ApplicationEntity;
  enterprise: EnterpriseEntity;
}

/** The only code that reads and writes the review pipeline's tables (and the applications it lists for review). */
@Injectable()
export class ReviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  private lockable(manager: EntityManager) {
    return manager.connection.options.type === 'better-sqlite3' ? undefined : ({ mode: 'pessimistic_write' } as const);
  }

  /**
   * Submitted applications in the given states, with their enterprise: those waiting for the reviewer first, then the
   * newest call's, grouped by 推荐单位 in catalogue order (the 13 districts, then the zones), each in its unit's
   * recommendation order, then by submission time.
   */
  async pageApplications(filter: ReviewListFilter): Promise<{ items: ApplicationWithEnterprise[]; total: number }> {
    const query = this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .innerJoinAndMapOne('application.enterprise', EnterpriseEntity, 'enterprise', 'enterprise.id = application.enterprise_id')
      .leftJoin(RecommendingUnitEntity, 'unit', 'unit.code = application.recommending_unit_code')
      .where('application.receipt_no IS NOT NULL')
      .andWhere('application.state IN (:...states)', { states: filter.states });
    if (filter.callId) query.andWhere('application.call_id = :callId', { callId: filter.callId });
    if (filter.state) query.andWhere('application.state = :state', { state: filter.state });
    if (filter.recommendingUnitCode) query.andWhere('application.recommending_unit_code = :unit', { unit: filter.recommendingUnitCode });
    if (filter.q) {
      const like = `%${escapeLike(filter.q)}%`;
      query.andWhere(
        new Brackets((where) => {
          for (const column of ['enterprise.name', 'enterprise.uscc', 'application.receipt_no']) where.orWhere(`${column} LIKE :like ESCAPE '${LIKE_ESCAPE}'`, { like });
        }),
      );
    }
    query
      .addSelect('CASE WHEN application.state = :actionState THEN 0 ELSE 1 END', 'waiting')
      .addSelect('CASE WHEN application.unit_priority IS NULL THEN 1 ELSE 0 END', 'unranked')
      .setParameter('actionState', filter.actionState)
      .orderBy('waiting', 'ASC')
      .addOrderBy('application.call_id', 'DESC')
      .addOrderBy('unit.sort_order', 'ASC')
      .addOrderBy('unranked', 'ASC')
      .addOrderBy('application.unit_priority', 'ASC')
      .addOrderBy('application.submitted_at', 'ASC')
      .addOrderBy('application.id', 'ASC')
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize);
    const [rows, total] = await query.getManyAndCount();
    return { items: rows.map((application) => ({ application, enterprise: application.enterprise! })), total };
  }

  /** A district's recommendations in a call, in priority order (the rows locked when `manager` is a transaction). */
  recommended(callId: number, recommendingUnitCode: string, manager?: EntityManager): Promise<ApplicationEntity[]> {
    return this.manager(manager)
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .where('application.call_id = :callId AND application.recommending_unit_code = :recommendingUnitCode AND application.unit_priority IS NOT NULL', { callId, recommendingUnitCode })
      .orderBy('application.unit_priority', 'ASC')
      .addOrderBy('application.id', 'ASC')
      .getMany();
  }

  /** The note of each application's latest shortlist or decline decision (the reason the officer gave). */
  async decisionNotes(applicationIds: readonly number[]): Promise<Map<number, string | null>> {
    if (applicationIds.length === 0) return new Map();
    const events = await this.dataSource
      .getRepository(ApplicationEventEntity)
      .find({ where: { applicationId: In([...applicationIds]), action: In(['shortlist', 'decline']) }, order: { id: 'ASC' } });
    return new Map(events.map((event) => [event.applicationId, event.note]));
  }

  applicationsByIds(ids: readonly number[], manager?: EntityManager): Promise<ApplicationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager(manager).getRepository(ApplicationEntity).find({ where: { id: In([...ids]) }, order: { id: 'ASC' } });
  }

  applicationsOfCall(callId: number, states: readonly ApplicationState[], manager?: EntityManager): Promise<ApplicationEntity[]> {
    return this.manager(manager)
      .getRepository(ApplicationEntity)
      .find({ where: { callId, state: In([...states]) }, order: { id: 'ASC' } });
  }

  enterprisesByIds(ids: readonly number[]): Promise<EnterpriseEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(EnterpriseEntity).find({ where: { id: In([...new Set(ids)]) } });
  }

  // Formal checks

  formalChecks(applicationId: number, manager?: EntityManager): Promise<FormalCheckEntity[]> {
    return this.manager(manager).getRepository(FormalCheckEntity).find({ where: { applicationId }, order: { round: 'ASC' } });
  }

  async insertFormalCheck(manager: EntityManager, check: Omit<FormalCheckEntity, 'id'>): Promise<void> {
    const repository = manager.getRepository(FormalCheckEntity);
    await repository.save(repository.create(check));
  }

  // Experts

  async pageExperts(filter: { field?: string; available?: boolean; q?: string; page: number; pageSize: number }): Promise<{ items: ExpertEntity[]; total: number }> {
    const query = this.dataSource.getRepository(ExpertEntity).createQueryBuilder('expert');
    if (filter.available !== undefined) query.andWhere('expert.available = :available', { available: filter.available ? 1 : 0 });
    if (filter.field) query.andWhere(`expert.fields LIKE :field ESCAPE '${LIKE_ESCAPE}'`, { field: `%"${escapeLike(filter.field)}"%` });
    if (filter.q) {
      const like = `%${escapeLike(filter.q)}%`;
      query.andWhere(new Brackets((where) => where.orWhere(`expert.name LIKE :like ESCAPE '${LIKE_ESCAPE}'`, { like }).orWhere(`expert.employer LIKE :like ESCAPE '${LIKE_ESCAPE}'`, { like })));
    }
    const [items, total] = await query
      .orderBy('expert.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  availableExperts(manager?: EntityManager): Promise<ExpertEntity[]> {
    return this.manager(manager).getRepository(ExpertEntity).find({ where: { available: 1 }, order: { id: 'ASC' } });
  }

  expertsByIds(ids: readonly number[], manager?: EntityManager): Promise<ExpertEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager(manager).getRepository(ExpertEntity).find({ where: { id: In([...new Set(ids)]) } });
  }

  findExpert(id: number, manager?: EntityManager): Promise<ExpertEntity | null> {
    return this.manager(manager).getRepository(ExpertEntity).findOneBy({ id });
  }

  findExpertForUpdate(manager: EntityManager, id: number): Promise<ExpertEntity | null> {
    return manager.getRepository(ExpertEntity).findOne({ where: { id }, lock: this.lockable(manager) });
  }

  findExpertByAccount(accountId: number): Promise<ExpertEntity | null> {
    return this.dataSource.getRepository(ExpertEntity).findOneBy({ accountId });
  }

  async insertExpert(manager: EntityManager, values: Omit<ExpertEntity, 'id' | 'version'>): Promise<ExpertEntity> {
    const repository = manager.getRepository(ExpertEntity);
    return repository.save(repository.create({ ...values, version: 1 }));
  }

  saveExpert(manager: EntityManager, expert: ExpertEntity): Promise<ExpertEntity> {
    return manager.getRepository(ExpertEntity).save(expert);
  }

  // Panels

  panelsOfCall(callId: number): Promise<ReviewPanelEntity[]> {
    return this.dataSource.getRepository(ReviewPanelEntity).find({ where: { callId }, order: { id: 'ASC' } });
  }

  findPanel(id: number, manager?: EntityManager): Promise<ReviewPanelEntity | null> {
    return this.manager(manager).getRepository(ReviewPanelEntity).findOneBy({ id });
  }

  findPanelForUpdate(manager: EntityManager, id: number): Promise<ReviewPanelEntity | null> {
    return manager.getRepository(ReviewPanelEntity).findOne({ where: { id }, lock: this.lockable(manager) });
  }

  async insertPanel(manager: EntityManager, values: Omit<ReviewPanelEntity, 'id' | 'version'>): Promise<ReviewPanelEntity> {
    const repository = manager.getRepository(ReviewPanelEntity);
    return repository.save(repository.create({ ...values, version: 1 }));
  }

  savePanel(manager: EntityManager, panel: ReviewPanelEntity): Promise<ReviewPanelEntity> {
    return manager.getRepository(ReviewPanelEntity).save(panel);
  }

  // Assignments

  assignmentsOfPanel(panelId: number, manager?: EntityManager): Promise<ReviewAssignmentEntity[]> {
    return this.manager(manager).getRepository(ReviewAssignmentEntity).find({ where: { panelId }, order: { id: 'ASC' } });
  }

  assignmentsOfApplication(applicationId: number, manager?: EntityManager): Promise<ReviewAssignmentEntity[]> {
    return this.manager(manager).getRepository(ReviewAssignmentEntity).find({ where: { applicationId }, order: { id: 'ASC' } });
  }

  assignmentsOfApplications(applicationIds: readonly number[]): Promise<ReviewAssignmentEntity[]> {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(ReviewAssignmentEntity).find({ where: { applicationId: In([...applicationIds]) }, order: { id: 'ASC' } });
  }

  assignmentsOfExpert(expertId: number): Promise<ReviewAssignmentEntity[]> {
    return this.dataSource.getRepository(ReviewAssignmentEntity).find({ where: { expertId }, order: { id: 'ASC' } });
  }

  findAssignment(applicationId: number, expertId: number, manager?: EntityManager): Promise<ReviewAssignmentEntity | null> {
    return this.manager(manager).getRepository(ReviewAssignmentEntity).findOneBy({ applicationId, expertId });
  }

  findAssignmentForUpdate(manager: EntityManager, applicationId: number, expertId: number): Promise<ReviewAssignmentEntity | null> {
    return manager.getRepository(ReviewAssignmentEntity).findOne({ where: { applicationId, expertId }, lock: this.lockable(manager) });
  }

  async insertAssignments(manager: EntityManager, rows: Omit<ReviewAssignmentEntity, 'id' | 'version'>[]): Promise<void> {
    if (rows.length === 0) return;
    const repository = manager.getRepository(ReviewAssignmentEntity);
    await repository.save(rows.map((row) => repository.create({ ...row, version: 1 })));
  }

  saveAssignment(manager: EntityManager, assignment: ReviewAssignmentEntity): Promise<ReviewAssignmentEntity> {
    return manager.getRepository(ReviewAssignmentEntity).save(assignment);
  }
}
