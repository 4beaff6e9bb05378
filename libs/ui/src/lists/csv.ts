import { type Locale, type LocalizedText, pickText } from '@shifan/domain';

/** One column of a CSV export: its heading in both languages and the cell of a row in the page's language. */
export interface CsvColumn<T> {
  title: LocalizedText;
  value: (row: T, locale: Locale) => string | number;
}

/**
 * One CSV cell: quoted when it holds a separator, quote or line break; a leading =, +, - or @ is neutralised with an
 * apostrophe so that a spreadsheet does not run a name or title as a formula.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as a CSV text in the page's language, with a UTF-8 byte-order mark so Excel reads the Chinese. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[], locale: Locale): string {
  const lines = [columns.map((column) => csvCell(pickText(column.title, locale))).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row, locale))).join(','));
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
