import { buildApprovedListDocument } from '@shifan/domain';
import ExcelJS from 'exceljs';
import { APPROVED_LIST_SHEET, approvedListColumns, renderApprovedListWorkbook } from './approved-list.workbook';

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.getWorksheet(APPROVED_LIST_SHEET)!;
}

const call = { id: 7, title: '2026年武汉市智能制造试点示范项目申报', year: 2026, category: 'SMART_MFG_PILOT' as const, level: 'municipal' as const };
const entries = [
  { enterpriseName: '武汉甲智能装备有限公司', uscc: '91420100MAEC200T12', projectName: '甲数字化车间', field: '高端装备/智能装备', district: '洪山区' },
  { enterpriseName: '=HYPERLINK("http://evil")', uscc: '91420100MA4K0000X1', projectName: '乙智能工厂', field: '汽车及零部件', district: '蔡甸区' },
];
const createdAt = new Date('2026-07-20T00:00:00Z');

describe('the approved list workbook (认定名单)', () => {
  const list = buildApprovedListDocument({ call, documentNumber: '武经信〔2026〕35号', entries, issuedOn: '2026-07-20' });

  it('has the list’s columns plus the year and the call, in a frozen, filterable header row with widths', async () => {
    const sheet = await readBack(await renderApprovedListWorkbook(list, { createdAt }));
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '企业名称', '统一社会信用代码', '项目名称', '所属领域', '推荐单位', '年度', '申报批次']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    expect(sheet.getCell('B1').font).toMatchObject({ bold: true });
    const columns = approvedListColumns(list);
    expect(columns.map((_, index) => sheet.getColumn(index + 1).width)).toEqual(columns.map((column) => column.width));
    expect(sheet.headerFooter.oddHeader).toBe('&C2026年武汉市智能制造试点示范项目认定名单 武经信〔2026〕35号');
  });

  it('writes one row per approved project, numbered, text kept as text', async () => {
    const sheet = await readBack(await renderApprovedListWorkbook(list, { createdAt }));
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([1, '武汉甲智能装备有限公司', '91420100MAEC200T12', '甲数字化车间', '高端装备/智能装备', '洪山区', 2026, call.title]);
    expect(sheet.getRow(3).getCell(1).value).toBe(2);
    expect(sheet.getRow(3).getCell(1).numFmt).toBe('0');
    expect(sheet.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.String);
  });

  it('still gives a valid workbook for an empty list without a document number', async () => {
    const empty = buildApprovedListDocument({ call, entries: [], issuedOn: '2026-07-20' });
    const sheet = await readBack(await renderApprovedListWorkbook(empty, { createdAt }));
    expect(sheet.rowCount).toBe(1);
    expect(sheet.headerFooter.oddHeader).toBe('&C2026年武汉市智能制造试点示范项目认定名单');
  });

  it('names the column after what an innovation centre list holds', () => {
    const centres = buildApprovedListDocument({ call: { ...call, category: 'INNOVATION_CENTRE', level: 'provincial' }, entries, issuedOn: '2026-07-20' });
    expect(approvedListColumns(centres).map((column) => column.header)).toContain('创新中心名称');
    expect(centres.title).toBe('2026年湖北省制造业创新中心推荐名单');
  });
});
