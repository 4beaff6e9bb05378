import { callSummaryRow } from '@shifan/domain';
import { buildEnterpriseProfile, buildSmartMfgApplication } from '@shifan/domain/testing';
import ExcelJS from 'exceljs';
import { CALL_SUMMARY_COLUMNS, renderCallSummaryWorkbook } from './call-summary.workbook';

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.getWorksheet('申报汇总表')!;
}

describe('the call summary workbook (汇总表)', () => {
  const rows = [
    callSummaryRow({
      category: 'SMART_MFG_PILOT',
      enterprise: { name: '武汉示范智能装备有限公司', uscc: '91420100MAEC200T12' },
      profile: buildEnterpriseProfile() as never,
      data: buildSmartMfgApplication({ totalInvestmentWanYuan: 3000.5 }) as never,
      state: 'submitted',
      receiptNo: 'WH2026ZN007-00001',
      submittedAt: '2026-06-01T02:00:00.000Z',
    }),
    callSummaryRow({
      category: 'SMART_MFG_PILOT',
      enterprise: { name: '=HYPERLINK("http://evil")', uscc: '91420100MA4K0000X1' },
      profile: {},
      data: {},
      state: 'withdrawn',
      receiptNo: 'WH2026ZN007-00002',
      submittedAt: null,
    }),
  ];

  it('has Chinese headers in a frozen, filterable first row, with widths and number formats', async () => {
    const sheet = await readBack(await renderCallSummaryWorkbook({ callTitle: '2026年智能制造试点示范 & 测试', rows, createdAt: new Date('2026-07-01T00:00:00Z') }));
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '受理编号', '申报单位', '统一社会信用代码', '推荐单位', '重点领域', '细分领域', '项目名称', '项目总投资（万元）', '状态', '提交时间（北京时间）', '评审得分']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    expect(sheet.getColumn(3).width).toBe(34);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.headerFooter.oddHeader).toBe('&C2026年智能制造试点示范 && 测试 申报汇总表');
    expect(CALL_SUMMARY_COLUMNS.map((_, index) => sheet.getColumn(index + 1).width)).toEqual(CALL_SUMMARY_COLUMNS.map((column) => column.width));
  });

  it('writes one row per application with typed values: numbers, Beijing date-times and an empty score', async () => {
    const sheet = await readBack(await renderCallSummaryWorkbook({ callTitle: '测试', rows, createdAt: new Date('2026-07-01T00:00:00Z') }));
    expect(sheet.rowCount).toBe(3);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe('WH2026ZN007-00001');
    expect(first.getCell(3).value).toBe('武汉示范智能装备有限公司');
    expect(first.getCell(4).value).toBe('91420100MAEC200T12');
    expect(first.getCell(5).value).toBe('东湖高新区');
    expect(first.getCell(6).value).toBe('高端装备');
    expect(first.getCell(7).value).toBe('智能装备');
    expect(first.getCell(8).value).toBe('智能装备数字化车间建设项目');
    expect(first.getCell(9).value).toBe(3000.5);
    expect(first.getCell(9).numFmt).toBe('#,##0.00');
    expect(first.getCell(10).value).toBe('已提交（待推荐单位审核）');
    expect(first.getCell(11).value).toEqual(new Date('2026-06-01T10:00:00.000Z'));
    expect(first.getCell(11).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(first.getCell(12).value).toBeNull();
    const second = sheet.getRow(3);
    expect(second.getCell(3).value).toBe('=HYPERLINK("http://evil")');
    expect(second.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect([second.getCell(9).value, second.getCell(10).value, second.getCell(11).value]).toEqual([null, '已撤回', null]);
  });

  it('still gives a valid workbook without any application', async () => {
    const sheet = await readBack(await renderCallSummaryWorkbook({ callTitle: '空批次', rows: [], createdAt: new Date() }));
    expect(sheet.rowCount).toBe(1);
  });
});
