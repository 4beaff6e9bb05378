import { type ApprovedListView, type Locale, type LocalizedText, pickText } from '@shifan/domain';
import { districtLabel, subFieldLabel } from './publication-parts';
import { PUBLICATION_TEXTS as T } from './publication-texts';

type Entry = ApprovedListView['entries'][number];

const COLUMNS: readonly { title: LocalizedText; value: (entry: Entry, locale: Locale) => string | number }[] = [
  { title: T.seq, value: (entry) => entry.rank },
  { title: T.enterpriseName, value: (entry) => entry.enterpriseName },
  { title: T.uscc, value: (entry) => entry.uscc },
  { title: T.projectName, value: (entry) => entry.projectName },
  { title: T.subField, value: (entry, locale) => pickText(subFieldLabel(entry.subFieldCode, entry.subFieldName), locale) },
  { title: T.district, value: (entry, locale) => pickText(districtLabel(entry.districtCode, entry.districtName), locale) },
];

/**
 * One CSV cell (as the reviewer app's exports write them): quoted when it holds a separator, quote or line break; a
 * leading =, +, - or @ is neutralised with an apostrophe so that a spreadsheet does not run a name as a formula.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The approved list's table as CSV in the page's language, with a UTF-8 byte-order mark so Excel reads the Chinese. */
export function approvedListCsv(list: ApprovedListView, locale: Locale): string {
  const lines = [COLUMNS.map((column) => csvCell(pickText(column.title, locale))).join(',')];
  for (const entry of list.entries) lines.push(COLUMNS.map((column) => csvCell(column.value(entry, locale))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Hands a text to the browser as a file download. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
