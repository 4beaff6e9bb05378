import { formatDocumentNumber, type RankingExport, type RankingExportRow, type RankingExportScoreLine } from '@shifan/domain';
import ExcelJS from 'exceljs';

/**
 * The score export of a call as an .xlsx workbook. Sheet 评审排名: one row per application with its rank, enterprise,
 * project, each (anonymised) expert's total, the trimmed mean, median, spread, the number of outlier scores, whether
 * it reaches the pass line and the quota, and the officers' decision with its reason. Sheet 评分明细: one row per
 * expert score with the points of every rubric criterion (a column each, headed by its name), the total, the comment,
 * the outlier reason and when it was submitted. Chinese headers in a frozen, filterable first row, fixed widths,
 * scores as numbers with two decimals, times as Excel date-times in Beijing time. A pure function of the view model.
 */
export interface WorkbookOptions {
  /** Stored as the workbook's created/modified time. */
  createdAt: Date;
}

export type CellValue = string | number | Date | null;

export interface WorkbookColumn<T> {
  header: string;
  width: number;
  numFmt?: string;
  /** Wrap long text (names, comments) within the column's width. */
  wrap?: boolean;
  value: (row: T, index: number) => CellValue;
}

export const RANKING_SHEET = '评审排名';
export const SCORE_DETAIL_SHEET = '评分明细';

const SCORE_FORMAT = '0.00';
const BEIJING_OFFSET_MS = 8 * 3_600_000;

const yesNo = (value: boolean) => (value ? '是' : '否');

/** The columns of the 评审排名 sheet, with one 专家N column per expert of the most-scored application. */
export function rankingColumns(ranking: RankingExport): WorkbookColumn<RankingExportRow>[] {
  const experts = Array.from({ length: ranking.expertColumns }, (_, index): WorkbookColumn<RankingExportRow> => ({
    header: `专家${index + 1}`,
    width: 9,
    numFmt: SCORE_FORMAT,
    value: (row) => row.expertTotals[index] ?? null,
  }));
  return [
    { header: '排名', width: 6, numFmt: '0', value: (row) => row.rank },
    { header: '受理编号', width: 20, value: (row) => row.receiptNo },
    { header: '企业名称', width: 30, wrap: true, value: (row) => row.enterpriseName },
    { header: '统一社会信用代码', width: 22, value: (row) => row.uscc },
    { header: '推荐单位', width: 12, value: (row) => row.district },
    { header: '所属领域', width: 20, wrap: true, value: (row) => row.field },
    { header: '项目名称', width: 36, wrap: true, value: (row) => row.projectName },
    ...experts,
    { header: '去极值平均分', width: 13, numFmt: SCORE_FORMAT, value: (row) => row.trimmedMean },
    { header: '中位数', width: 9, numFmt: SCORE_FORMAT, value: (row) => row.median },
    { header: '极差', width: 9, numFmt: SCORE_FORMAT, value: (row) => row.spread },
    { header: '偏离标记数', width: 11, numFmt: '0', value: (row) => row.outlierCount },
    { header: '是否达到合格线', width: 15, value: (row) => yesNo(row.passed) },
    { header: '是否在名额内', width: 13, value: (row) => yesNo(row.withinQuota) },
    { header: '决定', width: 16, value: (row) => row.decision },
    { header: '理由', width: 40, wrap: true, value: (row) => row.decisionReason },
  ];
}

/** The columns of the 评分明细 sheet, with one column per rubric criterion. */
export function scoreDetailColumns(ranking: RankingExport): WorkbookColumn<RankingExportScoreLine>[] {
  const criteria = ranking.criteria.map((criterion, index): WorkbookColumn<RankingExportScoreLine> => ({
    header: criterion.name,
    width: Math.max(10, Math.min(24, Array.from(criterion.name).length * 2 + 2)),
    numFmt: SCORE_FORMAT,
    value: (line) => line.points[index] ?? null,
  }));
  return [
    { header: '受理编号', width: 20, value: (line) => line.receiptNo },
    { header: '专家', width: 8, value: (line) => line.expertLabel },
    ...criteria,
    { header: '总分', width: 9, numFmt: SCORE_FORMAT, value: (line) => line.total },
    { header: '评审意见', width: 48, wrap: true, value: (line) => line.comment },
    { header: '偏离说明', width: 32, wrap: true, value: (line) => line.outlierReason },
    { header: '提交时间（北京时间）', width: 20, numFmt: 'yyyy-mm-dd hh:mm:ss', value: (line) => beijingDateTime(line.submittedAt) },
  ];
}

export async function renderRankingWorkbook(ranking: RankingExport, options: WorkbookOptions): Promise<Buffer> {
  const workbook = newWorkbook(`${ranking.call.title} 评审排名`, options.createdAt);
  const facts = `名额 ${ranking.quota} 项 · 合格线 ${formatDocumentNumber(ranking.passLine)} 分`;
  addTableSheet(workbook, RANKING_SHEET, rankingColumns(ranking), ranking.rows, `${ranking.call.title} 评审排名（${facts}）`);
  addTableSheet(workbook, SCORE_DETAIL_SHEET, scoreDetailColumns(ranking), ranking.scores, `${ranking.call.title} 评分明细`);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(title: string, createdAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Shifan 示范';
  workbook.lastModifiedBy = 'Shifan 示范';
  workbook.title = title;
  workbook.created = createdAt;
  workbook.modified = createdAt;
  return workbook;
}

/**
 * A sheet with a bold, shaded, frozen and filterable header row, the columns' widths and number formats, one row per
 * item, landscape A4 printing with the header row repeated and "第 X 页 共 Y 页" in the footer.
 */
export function addTableSheet<T>(workbook: ExcelJS.Workbook, name: string, columns: readonly WorkbookColumn<T>[], rows: readonly T[], printedTitle: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    headerFooter: { oddHeader: `&C${escapeHeader(printedTitle)}`, oddFooter: '&C第 &P 页 共 &N 页' },
  });
  sheet.columns = columns.map((column, index) => ({
    header: column.header,
    key: `c${index}`,
    width: column.width,
    style: { ...(column.numFmt ? { numFmt: column.numFmt } : {}), alignment: { vertical: 'top', wrapText: column.wrap ?? false } },
  }));
  const header = sheet.getRow(1);
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EAF0' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9A9A9A' } } };
  });
  rows.forEach((row, index) => sheet.addRow(columns.map((column) => column.value(row, index))));
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** Excel date-times have no zone: the Beijing wall-clock time of an instant, or null. */
export function beijingDateTime(instant: string | null): Date | null {
  if (instant === null) return null;
  const time = Date.parse(instant);
  return Number.isNaN(time) ? null : new Date(time + BEIJING_OFFSET_MS);
}

/** `&` starts a code in Excel's header syntax. */
function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}
