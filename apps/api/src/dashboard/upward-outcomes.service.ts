import { Injectable } from '@nestjs/common';
import {
  beijingDate,
  findProgrammeCategory,
  recommendingUnitNameZh,
  UPWARD_RESULT_LABELS,
  type UpwardOutcomeCreate,
  upwardOutcomeDateIssues,
  type UpwardOutcomeUpdate,
  type UpwardOutcomeView,
  type UpwardRecommendationQuery,
  type UpwardRecommendationView,
  type UpwardResult,
} from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import type { FileDownload } from '../common/http/downloads';
import { inTransaction } from '../database/transaction';
import { addTableSheet, newWorkbook } from '../documents/renderers/ranking.workbook';
import { DashboardRepository } from './dashboard.repository';
import { isRecommendation, type ListedProject, listedProjects } from './recommended-entries';
import type { UpwardOutcomeEntity } from './upward-outcome.entity';

type Filter = Omit<UpwardRecommendationQuery, 'page' | 'pageSize'>;
const LEVEL_ZH: Record<string, string> = { provincial: '省级', national: '国家级' };

function outcomeView(outcome: UpwardOutcomeEntity): UpwardOutcomeView {
  return {
    id: outcome.id,
    result: outcome.result as UpwardResult,
    issuingBody: outcome.issuingBody,
    documentNo: outcome.documentNo,
    decidedOn: outcome.decidedOn,
    note: outcome.note,
    recordedAt: outcome.recordedAt.toISOString(),
    version: outcome.version,
  };
}

/**
 * Upward recommendations (the approved lists of provincial and national calls) and the outcomes city officers record
 * against them: 认定 or 未获认定 with the issuing body, 文号 and date. Each record is one transaction, audited, and
 * edited under its version.
 */
@Injectable()
export class UpwardOutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DashboardRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Every recommendation with its outcome (or none yet), newest call first, filtered. */
  private async recommendations(filter: Filter): Promise<UpwardRecommendationView[]> {
    const projects = listedProjects(await this.repository.approvedLists({ upwardOnly: true })).filter(isRecommendation);
    const outcomes = new Map((await this.repository.outcomes()).map((outcome) => [`${outcome.callId}:${outcome.applicationId}`, outcome]));
    const needle = filter.q?.toLowerCase();
    return projects
      .map((project) => {
        const outcome = outcomes.get(`${project.callId}:${project.applicationId}`);
        return {
          callId: project.callId,
          applicationId: project.applicationId,
          callTitle: project.callTitle,
          category: project.category,
          level: project.level,
          year: project.year,
          recommendedOn: project.listedOn,
          enterpriseName: project.enterpriseName,
          uscc: project.uscc,
          projectName: project.projectName,
          recommendingUnitCode: project.recommendingUnitCode,
          recommendingUnitName: project.recommendingUnitCode ? recommendingUnitNameZh(project.recommendingUnitCode) : null,
          outcome: outcome ? outcomeView(outcome) : null,
        };
      })
      .filter(
        (entry) =>
          (!filter.level || entry.level === filter.level) &&
          (!filter.category || entry.category === filter.category) &&
          (!filter.year || entry.year === filter.year) &&
          (!filter.unitCode || entry.recommendingUnitCode === filter.unitCode) &&
          (!filter.status || (filter.status === 'pending' ? entry.outcome === null : entry.outcome?.result === filter.status)) &&
          (!needle || entry.enterpriseName.toLowerCase().includes(needle) || entry.projectName.toLowerCase().includes(needle)),
      );
  }

  async page(query: UpwardRecommendationQuery) {
    const { page, pageSize, ...filter } = query;
    const all = await this.recommendations(filter);
    return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
  }

  async exportXlsx(actor: Actor, query: UpwardRecommendationQuery): Promise<FileDownload> {
    const { page: _page, pageSize: _pageSize, ...filter } = query;
    const rows = await this.recommendations(filter);
    const workbook = newWorkbook('向省和国家推荐项目及认定结果', this.clock.now());
    addTableSheet<UpwardRecommendationView>(
      workbook,
      '推荐及认定结果',
      [
        { header: '年度', width: 8, value: (row) => row.year },
        { header: '级别', width: 8, value: (row) => LEVEL_ZH[row.level] ?? row.level },
        { header: '项目类别', width: 22, value: (row) => findProgrammeCategory(row.category)?.name.zh ?? row.category },
        { header: '推荐单位', width: 16, value: (row) => row.recommendingUnitName ?? '' },
        { header: '企业名称', width: 30, value: (row) => row.enterpriseName },
        { header: '统一社会信用代码', width: 22, value: (row) => row.uscc },
        { header: '项目名称', width: 32, value: (row) => row.projectName },
        { header: '本市推荐日期', width: 12, value: (row) => row.recommendedOn },
        { header: '结果', width: 10, value: (row) => (row.outcome ? UPWARD_RESULT_LABELS[row.outcome.result].zh : '待定') },
        { header: '发文机关', width: 24, value: (row) => row.outcome?.issuingBody ?? '' },
        { header: '文号', width: 24, value: (row) => row.outcome?.documentNo ?? '' },
        { header: '成文日期', width: 12, value: (row) => row.outcome?.decidedOn ?? '' },
        { header: '备注', width: 30, value: (row) => row.outcome?.note ?? '' },
      ],
      rows,
      '向省和国家推荐项目及认定结果',
    );
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    await inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'upward_outcomes.exported', actor, detail: { filter, rows: rows.length } }));
    return { body, fileName: `推荐及认定结果-${beijingDate(this.clock.now())}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  }

  /** The recommended project (an entry of a published provincial or national list), read in the transaction. */
  private async recommended(manager: EntityManager, callId: number, applicationId: number): Promise<ListedProject> {
    const rows = await this.repository.approvedLists({ callId }, manager);
    if (rows.length === 0) throw new AppError('NOT_FOUND', [{ path: 'callId', code: 'NO_APPROVED_LIST', message: String(callId) }]);
    const project = listedProjects(rows).find((entry) => entry.applicationId === applicationId);
    if (!project) throw new AppError('NOT_FOUND', [{ path: 'applicationId', code: 'NOT_ON_LIST', message: String(applicationId) }]);
    if (!isRecommendation(project)) throw new AppError('NOT_A_RECOMMENDATION', [{ path: 'callId', code: 'MUNICIPAL_CALL', message: project.level }]);
    return project;
  }

  private checkDates(decidedOn: string, project: ListedProject): void {
    const issues = upwardOutcomeDateIssues(decidedOn, { recommendedOn: project.listedOn, today: beijingDate(this.clock.now()) });
    if (issues.length) throw new AppError('VALIDATION_FAILED', issues);
  }

  async create(actor: Actor, input: UpwardOutcomeCreate): Promise<UpwardRecommendationView> {
    await inTransaction(this.dataSource, async (manager) => {
      const project = await this.recommended(manager, input.callId, input.applicationId);
      this.checkDates(input.decidedOn, project);
      if (await this.repository.findOutcomeOf(manager, input.callId, input.applicationId)) throw new AppError('UPWARD_OUTCOME_EXISTS');
      const now = this.clock.now();
      const saved = await this.repository.insertOutcome(manager, {
        callId: input.callId,
        applicationId: input.applicationId,
        result: input.result,
        issuingBody: input.issuingBody,
        documentNo: input.documentNo,
        decidedOn: input.decidedOn,
        note: input.note || null,
        recordedBy: actor.accountId,
        recordedAt: now,
        updatedBy: actor.accountId,
        updatedAt: now,
      });
      await this.audit.record(manager, {
        action: 'upward_outcome.recorded',
        actor,
        target: { type: 'upward_outcome', id: saved.id },
        detail: { callId: input.callId, applicationId: input.applicationId, level: project.level, result: input.result, issuingBody: input.issuingBody, documentNo: input.documentNo, decidedOn: input.decidedOn },
      });
    });
    return this.one(input.callId, input.applicationId);
  }

  async update(actor: Actor, id: number, input: UpwardOutcomeUpdate): Promise<UpwardRecommendationView> {
    const key = await inTransaction(this.dataSource, async (manager) => {
      const outcome = await this.repository.findOutcomeForUpdate(manager, id);
      if (!outcome) throw new AppError('NOT_FOUND');
      if (outcome.version !== input.version) throw new AppError('CONFLICT', [{ path: 'version', code: 'STALE_VERSION', message: String(outcome.version) }]);
      const project = await this.recommended(manager, outcome.callId, outcome.applicationId);
      this.checkDates(input.decidedOn, project);
      const before = { result: outcome.result, issuingBody: outcome.issuingBody, documentNo: outcome.documentNo, decidedOn: outcome.decidedOn, note: outcome.note };
      Object.assign(outcome, { result: input.result, issuingBody: input.issuingBody, documentNo: input.documentNo, decidedOn: input.decidedOn, note: input.note || null, updatedBy: actor.accountId, updatedAt: this.clock.now() });
      const saved = await this.repository.saveOutcome(manager, outcome);
      await this.audit.record(manager, {
        action: 'upward_outcome.corrected',
        actor,
        target: { type: 'upward_outcome', id },
        detail: { before, after: { result: saved.result, issuingBody: saved.issuingBody, documentNo: saved.documentNo, decidedOn: saved.decidedOn, note: saved.note }, version: saved.version },
      });
      return { callId: outcome.callId, applicationId: outcome.applicationId };
    });
    return this.one(key.callId, key.applicationId);
  }

  private async one(callId: number, applicationId: number): Promise<UpwardRecommendationView> {
    return (await this.recommendations({})).find((entry) => entry.callId === callId && entry.applicationId === applicationId)!;
  }
}
