import { Injectable } from '@nestjs/common';
import {
  buildPanelSummaryDocument,
  buildRankingExport,
  buildScoreSheetDocument,
  type Rubric,
  recommendingUnitFullNameZh,
  recommendingUnitNameZh,
  subFieldNameZh,
  isActiveAssignment,
  projectNameOf,
} from '@shifan/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { CallsRepository } from '../calls/calls.repository';
import { Clock } from '../common/clock';
import type { FileDownload } from '../common/http/downloads';
import { AppError } from '../common/errors/app-error';
import { inTransaction } from '../database/transaction';
import { renderPanelSummary } from '../documents/renderers/panel-summary.renderer';
import { addTableSheet, newWorkbook, renderRankingWorkbook } from '../documents/renderers/ranking.workbook';
import { renderScoreSheet } from '../documents/renderers/score-sheet.renderer';
import { PanelsService } from './panels.service';
import { RankingService } from './ranking.service';
import { ReviewRepository } from './review.repository';
import { ReviewService } from './review.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = 'application/pdf';


/** The review pipeline's printable documents (issue #6 renderers): Excel lists, the panel summary, score sheets. */
@Injectable()
export class ReviewDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReviewRepository,
    private readonly review: ReviewService,
    private readonly panels: PanelsService,
    private readonly rankings: RankingService,
    private readonly calls: CallsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The 推荐单位推荐名单: a recommending unit's recommended applications of a call, in priority order. */
  async districtRecommendations(actor: Actor, callId: number): Promise<FileDownload> {
    const { call, rows } = await this.review.recommendedRows(actor, callId);
    const unitName = recommendingUnitNameZh(actor.recommendingUnitCode);
    const workbook = newWorkbook(`${call.title} ${unitName}推荐单位推荐名单`, this.clock.now());
    addTableSheet(
      workbook,
      '推荐名单',
      [
        { header: '推荐顺序', width: 10, value: (row: (typeof rows)[number]) => row.unitPriority },
        { header: '推荐单位', width: 16, value: (row) => recommendingUnitNameZh(row.recommendingUnitCode) },
        { header: '受理编号', width: 22, value: (row) => row.receiptNo },
        { header: '申报单位', width: 36, value: (row) => row.enterpriseName },
        { header: '统一社会信用代码', width: 22, value: (row) => row.uscc },
        { header: '所属领域', width: 24, value: (row) => subFieldNameZh(row.subFieldCode) },
        { header: '项目名称', width: 40, value: (row) => row.projectName },
        { header: '项目总投资（万元）', width: 16, value: (row) => row.totalInvestmentWanYuan, numFmt: '#,##0.00' },
      ],
      rows,
      `${call.title} · ${recommendingUnitFullNameZh(actor.recommendingUnitCode)} 推荐单位推荐名单`,
    );
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    await this.audited(actor, 'district.recommendations_exported', { type: 'call', id: callId }, { rows: rows.length, recommendingUnitCode: actor.recommendingUnitCode });
    return { body, fileName: `推荐单位推荐名单-${call.year}-${callId}-${actor.recommendingUnitCode}.xlsx`, contentType: XLSX };
  }

  /** The ranking with every score, as Excel. */
  async rankingWorkbook(actor: Actor, callId: number): Promise<FileDownload> {
    const { call, view, applications, assignments } = await this.rankings.rankingData(callId);
    const enterprises = new Map((await this.repository.enterprisesByIds([...applications.values()].map((application) => application.enterpriseId))).map((enterprise) => [enterprise.id, enterprise]));
    const exported = buildRankingExport({
      call: { id: call.id, title: call.title, year: call.year },
      rubric: call.rubric as Rubric,
      quota: view.quota,
      passLine: view.passLine,
      outlierThresholdPoints: call.settings.review.outlierThresholdPoints,
      applications: view.rows.map((row) => ({
        rank: row.rank,
        receiptNo: row.receiptNo ?? '',
        enterpriseName: row.enterpriseName,
        uscc: enterprises.get(applications.get(row.applicationId)!.enterpriseId)?.uscc ?? '',
        district: recommendingUnitNameZh(row.recommendingUnitCode),
        field: subFieldNameZh(row.subFieldCode),
        projectName: row.projectName,
        passed: row.passed,
        withinQuota: row.withinQuota,
        decision: row.decision,
        decisionReason: row.decisionReason,
        scores: assignments
          .filter((assignment) => assignment.applicationId === row.applicationId && assignment.scoreStatus === 'submitted')
          .map((assignment) => ({
            points: assignment.points,
            total: assignment.totalHundredths === null ? null : assignment.totalHundredths / 100,
            comment: Object.values(assignment.comments).join(';') || null,
            outlierReason: assignment.outlierReason,
            submittedAt: assignment.submittedAt?.toISOString() ?? null,
          })),
      })),
    });
    const body = await renderRankingWorkbook(exported, { createdAt: this.clock.now() });
    await this.audited(actor, 'ranking.exported', { type: 'call', id: callId }, { rows: view.rows.length });
    return { body, fileName: `评审排名-${call.year}-${callId}.xlsx`, contentType: XLSX };
  }

  /** The panel summary for signature: members, recusals and every score with the trimmed mean. */
  async panelSummary(actor: Actor, panelId: number): Promise<FileDownload> {
    const panel = await this.panels.panel(panelId);
    const view = await this.panels.panelView(panel);
    const call = (await this.calls.find(panel.callId))!;
    const blind = call.settings.review.blindReview === true;
    const assignments = await this.repository.assignmentsOfPanel(panelId);
    const members = view.members.filter((member) => !member.declined);
    const document = buildPanelSummaryDocument({
      call: { id: call.id, title: call.title },
      panel: { name: panel.name, seedSha256: panel.seedHash, drawnAt: panel.drawnAt?.toISOString() ?? null, blindReview: blind, outlierThresholdPoints: call.settings.review.outlierThresholdPoints },
      members: members.map((member, index) => ({ id: member.expertId, name: member.name, employer: member.employer, title: member.title, leader: index === 0, note: member.role === 'replacement' ? '替补' : null })),
      recusals: [
        ...view.excluded.map((entry) => ({ name: entry.name, employer: entry.employer, reasons: entry.reasons, concerns: null })),
        ...assignments
          .filter((assignment) => assignment.status === 'conflict')
          .map((assignment) => {
            const member = view.members.find((entry) => entry.expertId === assignment.expertId);
            const application = view.applications.find((entry) => entry.applicationId === assignment.applicationId);
            return {
              name: member?.name ?? String(assignment.expertId),
              employer: member?.employer ?? '',
              reasons: [{ message: { zh: `专家申明存在利益冲突${assignment.declarationNote ? `：${assignment.declarationNote}` : ''}`, en: 'Declared a conflict of interest' } }],
              concerns: application?.receiptNo ?? null,
            };
          }),
      ],
      applications: view.applications.map((application) => ({
        receiptNo: application.receiptNo ?? '',
        enterpriseName: application.enterpriseName,
        projectName: application.projectName,
        scores: members.map((member) => {
          const assignment = assignments.find((entry) => entry.applicationId === application.applicationId && entry.expertId === member.expertId);
          return {
            expertId: member.expertId,
            total: assignment?.totalHundredths == null ? null : assignment.totalHundredths / 100,
            submitted: assignment?.scoreStatus === 'submitted',
            outlierReason: assignment?.outlierReason ?? null,
            recused: !assignment || assignment.status === 'conflict' || assignment.status === 'declined',
          };
        }),
      })),
    });
    const rendered = await renderPanelSummary(document, { creationDate: this.clock.now() });
    await this.audited(actor, 'panel.summary_printed', { type: 'panel', id: panelId }, { size: rendered.pdf.length });
    return { body: rendered.pdf, fileName: `评审专家组汇总表-${call.year}-${panel.name}.pdf`, contentType: PDF };
  }

  /** One member's score sheet with the points submitted so far (blank where not scored, for a paper session). */
  async scoreSheet(actor: Actor, panelId: number, expertId: number): Promise<FileDownload> {
    const panel = await this.panels.panel(panelId);
    const call = (await this.calls.find(panel.callId))!;
    const assignments = (await this.repository.assignmentsOfPanel(panelId)).filter((assignment) => assignment.expertId === expertId && isActiveAssignment(assignment.status));
    const [expert] = await this.repository.expertsByIds([expertId]);
    if (!expert || assignments.length === 0) throw new AppError('NOT_FOUND');
    const applications = new Map((await this.repository.applicationsByIds(assignments.map((assignment) => assignment.applicationId))).map((application) => [application.id, application]));
    const enterprises = new Map((await this.repository.enterprisesByIds([...applications.values()].map((application) => application.enterpriseId))).map((enterprise) => [enterprise.id, enterprise]));
    const blind = call.settings.review.blindReview === true;
    const document = buildScoreSheetDocument({
      call: { id: call.id, title: call.title },
      panelName: panel.name,
      expertName: expert.name,
      rubric: call.rubric as Rubric,
      applications: assignments.map((assignment, index) => {
        const application = applications.get(assignment.applicationId)!;
        return {
          receiptNo: application.receiptNo ?? '',
          enterpriseName: blind ? `项目${index + 1}` : (enterprises.get(application.enterpriseId)?.name ?? ''),
          projectName: projectNameOf(application.data),
          ...(assignment.scoreStatus === 'none' ? {} : { scores: assignment.points }),
          comment: Object.values(assignment.comments).join(';') || null,
        };
      }),
    });
    const rendered = await renderScoreSheet(document, { creationDate: this.clock.now() });
    await this.audited(actor, 'panel.score_sheet_printed', { type: 'panel', id: panelId }, { expertId, size: rendered.pdf.length });
    return { body: rendered.pdf, fileName: `专家评分表-${panel.name}-${expert.name}.pdf`, contentType: PDF };
  }

  private audited(actor: Actor, action: string, target: { type: string; id: number }, detail: Record<string, unknown>): Promise<unknown> {
    return inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action, actor, target, detail }));
  }
}
