import { buildRankingExport, DEFAULT_RUBRIC, type RankingExportInput } from '@shifan/domain';
import ExcelJS from 'exceljs';
import { RANKING_SHEET, rankingColumns, renderRankingWorkbook, SCORE_DETAIL_SHEET, scoreDetailColumns } from './ranking.workbook';

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const createdAt = new Date('2026-07-15T00:00:00Z');
const points = { technology: 26, demonstration: 21, benefits: 20.5, foundation: 16 };
const base = { uscc: '91420100MAEC200T12', district: '洪山区', field: '高端装备/智能装备' };

const input: RankingExportInput = {
  call: { id: 7, title: '2026年智能制造试点示范 & 测试', year: 2026 },
  rubric: DEFAULT_RUBRIC,
  quota: 1,
  passLine: 60,
  applications: [
    {
      ...base,
      rank: 1,
      receiptNo: 'WH2026ZN007-00001',
      enterpriseName: '武汉甲智能装备有限公司',
      projectName: '甲数字化车间',
      passed: true,
      withinQuota: true,
      decision: 'shortlisted',
      decisionReason: '排名第一，材料齐全',
      scores: [
        { points, total: 83.5, comment: '技术路线清晰', submittedAt: '2026-07-10T02:00:00.000Z' },
        { points, total: 83.5, submittedAt: '2026-07-10T03:00:00.000Z' },
        { points: { ...points, technology: 5 }, total: 50, comment: '=HYPERLINK("http://evil")', outlierReason: '示范性不足', submittedAt: '2026-07-10T04:00:00.000Z' },
        { points, total: 85, submittedAt: '2026-07-10T05:00:00.000Z' },
        { points, total: 84, submittedAt: '2026-07-10T06:00:00.000Z' },
        { points, total: 86, submittedAt: '2026-07-10T07:00:00.000Z' },
      ],
    },
    {
      ...base,
      rank: 2,
      receiptNo: 'WH2026ZN007-00002',
      enterpriseName: '武汉乙制造有限公司',
      projectName: '乙智能工厂',
      passed: true,
      withinQuota: false,
      decision: 'declined',
      decisionReason: '超出名额',
      scores: [
        { points, total: 70, submittedAt: '2026-07-11T02:00:00.000Z' },
        { points: { technology: 20 }, total: null, submittedAt: null },
      ],
    },
  ],
};

describe('the ranking workbook (评分导出)', () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await readBack(await renderRankingWorkbook(buildRankingExport(input), { createdAt }));
  });

  it('has a 评审排名 sheet with Chinese headers, one 专家 column per expert, frozen and filterable, with widths', () => {
    const sheet = workbook.getWorksheet(RANKING_SHEET)!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      ...['排名', '受理编号', '企业名称', '统一社会信用代码', '推荐单位', '所属领域', '项目名称'],
      ...['专家1', '专家2', '专家3', '专家4', '专家5', '专家6'],
      ...['去极值平均分', '中位数', '极差', '偏离标记数', '是否达到合格线', '是否在名额内', '决定', '理由'],
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    const columns = rankingColumns(buildRankingExport(input));
    expect(columns.map((_, index) => sheet.getColumn(index + 1).width)).toEqual(columns.map((column) => column.width));
    expect(sheet.headerFooter.oddHeader).toBe('&C2026年智能制造试点示范 && 测试 评审排名（名额 1 项 · 合格线 60 分）');
    expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
  });

  it('writes one row per application with numeric scores, the figures, the flags and the decision', () => {
    const sheet = workbook.getWorksheet(RANKING_SHEET)!;
    expect(sheet.rowCount).toBe(3);
    const first = sheet.getRow(2).values as unknown[];
    expect(first.slice(1)).toEqual([
      1,
      'WH2026ZN007-00001',
      '武汉甲智能装备有限公司',
      '91420100MAEC200T12',
      '洪山区',
      '高端装备/智能装备',
      '甲数字化车间',
      83.5,
      83.5,
      50,
      85,
      84,
      86,
      84,
      83.75,
      36,
      1,
      '是',
      '是',
      '列入拟入选名单',
      '排名第一，材料齐全',
    ]);
    expect(sheet.getRow(2).getCell(8).numFmt).toBe('0.00');
    expect(sheet.getRow(2).getCell(14).numFmt).toBe('0.00');
    expect(sheet.getRow(2).getCell(1).numFmt).toBe('0');
    const second = sheet.getRow(3);
    expect([8, 9, 10, 13].map((column) => second.getCell(column).value)).toEqual([70, null, null, null]);
    expect([14, 15, 16, 17, 18, 19, 20, 21].map((column) => second.getCell(column).value)).toEqual([70, 70, 0, 0, '是', '否', '不予入选', '超出名额']);
  });

  it('has a 评分明细 sheet: one row per expert score, a column per rubric criterion, totals, comments and Beijing times', () => {
    const sheet = workbook.getWorksheet(SCORE_DETAIL_SHEET)!;
    expect(sheet.getRow(1).values).toEqual([undefined, '受理编号', '专家', '技术先进性', '示范带动与推广价值', '经济社会效益', '实施基础与保障', '总分', '评审意见', '偏离说明', '提交时间（北京时间）']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(9);
    const first = sheet.getRow(2);
    expect((first.values as unknown[]).slice(1)).toEqual(['WH2026ZN007-00001', '专家1', 26, 21, 20.5, 16, 83.5, '技术路线清晰', null, new Date('2026-07-10T10:00:00.000Z')].map((value) => value ?? undefined));
    expect(first.getCell(10).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(first.getCell(3).numFmt).toBe('0.00');
    const outlier = sheet.getRow(4);
    expect(outlier.getCell(3).value).toBe(5);
    expect(outlier.getCell(8).value).toBe('=HYPERLINK("http://evil")');
    expect(outlier.getCell(8).type).toBe(ExcelJS.ValueType.String);
    expect(outlier.getCell(9).value).toBe('示范性不足');
    const draft = sheet.getRow(9);
    expect([1, 2, 3, 4, 7, 10].map((column) => draft.getCell(column).value)).toEqual(['WH2026ZN007-00002', '专家2', 20, null, null, null]);
    const columns = scoreDetailColumns(buildRankingExport(input));
    expect(columns.map((_, index) => sheet.getColumn(index + 1).width)).toEqual(columns.map((column) => column.width));
  });

  it('still gives a valid workbook for a call without scores, and writes 500 applications', async () => {
    const empty = await readBack(await renderRankingWorkbook(buildRankingExport({ ...input, applications: [] }), { createdAt }));
    expect(empty.getWorksheet(RANKING_SHEET)!.rowCount).toBe(1);
    expect(empty.getWorksheet(RANKING_SHEET)!.getRow(1).values).not.toContain('专家1');
    expect(empty.getWorksheet(SCORE_DETAIL_SHEET)!.rowCount).toBe(1);

    const many = input.applications[0];
    const applications = Array.from({ length: 500 }, (_, index) => ({ ...many, rank: index + 1, receiptNo: `WH2026ZN007-${String(index + 1).padStart(5, '0')}` }));
    const large = await readBack(await renderRankingWorkbook(buildRankingExport({ ...input, applications }), { createdAt }));
    expect(large.getWorksheet(RANKING_SHEET)!.rowCount).toBe(501);
    expect(large.getWorksheet(RANKING_SHEET)!.getRow(501).getCell(2).value).toBe('WH2026ZN007-00500');
    expect(large.getWorksheet(SCORE_DETAIL_SHEET)!.rowCount).toBe(3001);
  });
});
