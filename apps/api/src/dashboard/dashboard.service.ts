import { Injectable } from '@nestjs/common';
import {
  beijingDate,
  buildDashboard,
  type DashboardView,
  findProgrammeCategory,
  type IndicatorValueInput,
  isRecordableIndicator,
  type OutcomeFact,
  type UpwardResult,
  yearOf,
} from '@shifan/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import type { FileDownload } from '../common/http/downloads';
import { inTransaction } from '../database/transaction';
import { addTableSheet, newWorkbook } from '../documents/renderers/ranking.workbook';
import { DashboardRepository } from './dashboard.repository';
import { listedProjects } from './recommended-entries';

const COUNTING_ZH: Record<DashboardView['targets'][number]['counts'], string> = {
  municipal_approvals: '市级认定数',
  recommendations: '本市推荐数',
  recognitions: '省/国家认定数（按文件日期年度）',
  recorded: '录入值',
};

const LEVEL_ZH: Record<string, string> = { municipal: '市级', provincial: '省级', national: '国家级' };

/** The programme dashboard: the plan's targets counted from approved lists, recorded outcomes and recorded values. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DashboardRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return beijingDate(this.clock.now());
  }

  async dashboard(): Promise<DashboardView> {
    const projects = listedProjects(await this.repository.approvedLists());
    const byKey = new Map(projects.map((project) => [`${project.callId}:${project.applicationId}`, project]));
    const outcomes: OutcomeFact[] = [];
    for (const outcome of await this.repository.outcomes()) {
      const project = byKey.get(`${outcome.callId}:${outcome.applicationId}`);
      if (!project) continue;
      outcomes.push({ category: project.category, level: project.level, result: outcome.result as UpwardResult, decidedOn: outcome.decidedOn, recommendingUnitCode: project.recommendingUnitCode });
    }
    const indicatorValues = (await this.repository.indicatorValues()).map((row) => ({ code: row.code, year: row.year, value: Number(row.value), note: row.note }));
    return buildDashboard({
      approvals: projects.map((project) => ({ category: project.category, level: project.level, year: project.year, subFieldCode: project.subFieldCode, recommendingUnitCode: project.recommendingUnitCode })),
      outcomes,
      indicatorValues,
      currentYear: yearOf(this.today()),
    });
  }

  async dashboardXlsx(actor: Actor): Promise<FileDownload> {
    const view = await this.dashboard();
    const workbook = newWorkbook('示范工作进展', this.clock.now());
    type Target = DashboardView['targets'][number];
    const yearCell = (row: Target, index: number) => {
      const entry = row.byYear[index];
      if (row.counts === 'recorded' && !entry.recorded) return '未录入';
      return entry.recommended === null ? entry.count : `${entry.count}（推荐 ${entry.recommended}）`;
    };
    addTableSheet<Target>(
      workbook,
      '目标进展',
      [
        { header: '项目类别', width: 22, value: (row) => (row.category ? (findProgrammeCategory(row.category)?.name.zh ?? row.category) : '其他规划目标') },
        { header: '级别', width: 8, value: (row) => (row.level ? (LEVEL_ZH[row.level] ?? row.level) : '—') },
        { header: '目标', width: 30, value: (row) => row.label.zh },
        { header: '方案原文', width: 40, value: (row) => row.wording },
        { header: '统计口径', width: 22, value: (row) => COUNTING_ZH[row.counts] },
        { header: '目标值', width: 12, value: (row) => `${row.period === 'per_year' ? '每年' : '3年'} ${row.max === null ? `${row.min}以上` : row.min === row.max ? row.min : `${row.min}–${row.max}`}` },
        ...view.years.map((year, index) => ({ header: `${year}年`, width: 12, value: (row: Target) => yearCell(row, index) })),
        { header: `总计（${view.planYears[0]}–${view.planYears.at(-1)}年）`, width: 14, value: (row) => row.planPeriod.total },
        { header: '完成比例（%，同期）', width: 14, value: (row) => row.planPeriod.percentOfTarget, numFmt: '0.0' },
        { header: '是否达标', width: 10, value: (row) => (row.planPeriod.met ? '是' : '否') },
        { header: '待定推荐', width: 10, value: (row) => row.pending ?? '—' },
      ],
      view.targets,
      '武汉市“中国制造2025”试点示范工作进展',
    );
    addTableSheet(workbook, '按推荐单位', [
      { header: '推荐单位', width: 20, value: (row: DashboardView['byUnit'][number]) => row.name.zh },
      { header: '全称', width: 36, value: (row) => row.fullName.zh },
      { header: '市级认定', width: 10, value: (row) => row.approved },
      { header: '向省/国家推荐', width: 14, value: (row) => row.recommended },
      { header: '省/国家认定', width: 12, value: (row) => row.recognised },
    ], view.byUnit, '按推荐单位统计');
    addTableSheet(workbook, '按重点领域', [
      { header: '重点领域', width: 30, value: (row: DashboardView['byKeyField'][number]) => row.name.zh },
      { header: '市级认定数', width: 12, value: (row) => row.count },
    ], view.byKeyField, '按重点领域统计');
    addTableSheet(workbook, '按细分领域', [
      { header: '细分领域', width: 30, value: (row: DashboardView['byField'][number]) => row.name.zh },
      { header: '市级认定数', width: 12, value: (row) => row.count },
    ], view.byField, '按细分领域统计');
    const indicatorRows = view.indicators.flatMap((indicator) => indicator.values.map((value) => ({ indicator, value })));
    addTableSheet(workbook, '指标', [
      { header: '指标', width: 40, value: (row: (typeof indicatorRows)[number]) => row.indicator.name.zh },
      { header: '出处', width: 30, value: (row) => row.indicator.source },
      { header: '目标值', width: 16, value: (row) => row.indicator.targetText },
      { header: '年度', width: 8, value: (row) => row.value.year },
      { header: '实际值', width: 12, value: (row) => row.value.value },
      { header: '是否达标', width: 10, value: (row) => (row.value.met === null ? '—' : row.value.met ? '是' : '否') },
      { header: '备注', width: 30, value: (row) => row.value.note },
    ], indicatorRows, '附件1 主要指标及方案其他目标');
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    await inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'dashboard.exported', actor, detail: { size: body.length } }));
    return { body, fileName: `示范工作进展-${this.today()}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  }

  /** Records (or corrects) an indicator's value for a year: Annex 1's or a target of the plan's section 三. */
  async recordIndicator(actor: Actor, code: string, input: IndicatorValueInput): Promise<DashboardView> {
    if (!isRecordableIndicator(code)) throw new AppError('NOT_FOUND');
    await inTransaction(this.dataSource, async (manager) => {
      await this.repository.upsertIndicatorValue(manager, { code, year: input.year, value: String(input.value), note: input.note ?? null, recordedBy: actor.accountId, recordedAt: this.clock.now() });
      await this.audit.record(manager, { action: 'indicator.recorded', actor, target: { type: 'indicator', id: code }, detail: { year: input.year, value: input.value } });
    });
    return this.dashboard();
  }
}
