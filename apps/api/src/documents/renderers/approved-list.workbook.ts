import type { ApprovedListDocument, ApprovedListEntry } from '@shifan/domain';
import { addTableSheet, newWorkbook, type WorkbookColumn, type WorkbookOptions } from './ranking.workbook';

/**
 * The 认定名单 (approved list) of a call as an .xlsx workbook: the columns of the published list plus the year and the
 * call, so lists of several calls can be pasted together; Chinese headers in a frozen, filterable first row, fixed
 * widths, and the title with the document number in the printed header. A pure function of the view model.
 */
export const APPROVED_LIST_SHEET = '认定名单';

export function approvedListColumns(list: ApprovedListDocument): WorkbookColumn<ApprovedListEntry>[] {
  return [
    { header: '序号', width: 6, numFmt: '0', value: (_, index) => index + 1 },
    { header: '企业名称', width: 34, wrap: true, value: (entry) => entry.enterpriseName },
    { header: '统一社会信用代码', width: 22, value: (entry) => entry.uscc },
    { header: list.entryNameHeader, width: 40, wrap: true, value: (entry) => entry.projectName },
    { header: '所属领域', width: 22, wrap: true, value: (entry) => entry.field },
    { header: '推荐单位', width: 12, value: (entry) => entry.district },
    { header: '年度', width: 8, numFmt: '0', value: () => list.call.year },
    { header: '申报批次', width: 40, wrap: true, value: () => list.call.title },
  ];
}

export async function renderApprovedListWorkbook(list: ApprovedListDocument, options: WorkbookOptions): Promise<Buffer> {
  const workbook = newWorkbook(list.title, options.createdAt);
  workbook.subject = [list.noticeTitle, list.documentNumber].filter(Boolean).join(' ');
  addTableSheet(workbook, APPROVED_LIST_SHEET, approvedListColumns(list), list.entries, [list.title, list.documentNumber].filter(Boolean).join(' '));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
