import { type CallSummaryRow } from '@shifan/domain';
import ExcelJS from 'exceljs';

/**
 * The officers' 汇总表 of a call as an .xlsx workbook: one row per application, Chinese headers, the header row frozen
 * and filterable, fixed column widths, amounts as numbers with two decimals, submission times as Excel date-times in
 * Beijing time, and an empty score column until the review pipeline fills it. A pure function of its rows.
 */
export interface CallSummaryWorkbookInput {
  callTitle: string;
  rows: readonly CallSummaryRow[];
  /** Stored as the workbook's created/modified time. */
  createdAt: Date;
}

interface Column {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
  value: (row: CallSummaryRow, index: number) => string | number | Date | null;
}

const BEIJING_OFFSET_MS = 8 * 3_600_000;

export const CALL_SUMMARY_COLUMNS: readonly Column[] = [
  { header: '序号', key: 'seq', width: 6, numFmt: '0', value: (_, index) => index + 1 },
  { header: '受理编号', key: 'receiptNo', width: 20, value: (row) => row.receiptNo },
  { header: '申报单位', key: 'enterpriseName', width: 34, value: (row) => row.enterpriseName },
  { header: '统一社会信用代码', key: 'uscc', width: 22, value: (row) => row.uscc },
  { header: '推荐单位', key: 'district', width: 12, value: (row) => row.district },
  { header: '重点领域', key: 'keyField', width: 14, value: (row) => row.keyField },
  { header: '细分领域', key: 'subField', width: 26, value: (row) => row.subField },
  { header: '项目名称', key: 'projectName', width: 40, value: (row) => row.projectName },
  { header: '项目总投资（万元）', key: 'totalInvestment', width: 16, numFmt: '#,##0.00', value: (row) => row.totalInvestmentWanYuan },
  { header: '状态', key: 'state', width: 22, value: (row) => row.state },
  {
    header: '提交时间（北京时间）',
    key: 'submittedAt',
    width: 20,
    numFmt: 'yyyy-mm-dd hh:mm:ss',
    // Excel date-times have no zone: store the Beijing wall-clock time.
    value: (row) => (row.submittedAt ? new Date(Date.parse(row.submittedAt) + BEIJING_OFFSET_MS) : null),
  },
  { header: '评审得分', key: 'score', width: 10, numFmt: '0.00', value: (row) => row.score },
];

export async function renderCallSummaryWorkbook(input: CallSummaryWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Shifan 示范';
  workbook.lastModifiedBy = 'Shifan 示范';
  workbook.title = `${input.callTitle} 申报汇总表`;
  workbook.created = input.createdAt;
  workbook.modified = input.createdAt;
  const sheet = workbook.addWorksheet('申报汇总表', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    headerFooter: { oddHeader: `&C${escapeHeader(input.callTitle)} 申报汇总表`, oddFooter: '&C第 &P 页 共 &N 页' },
  });
  sheet.columns = CALL_SUMMARY_COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.width, style: column.numFmt ? { numFmt: column.numFmt } : {} }));
  const header = sheet.getRow(1);
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EAF0' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9A9A9A' } } };
  });
  input.rows.forEach((row, index) => {
    const added = sheet.addRow(Object.fromEntries(CALL_SUMMARY_COLUMNS.map((column) => [column.key, column.value(row, index)])));
    added.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CALL_SUMMARY_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `&` starts a code in Excel's header syntax. */
function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}
