import { type CallView, findProgrammeCategory, type Locale, type LocalizedText, pickText } from '@shifan/domain';
import { formatBeijing, formatDeadline, phaseOf } from './beijing-time';
import { CALL_PHASE_LABELS, CALL_STATUS_LABELS, CALLS_TEXTS, LEVEL_LABELS } from './calls-texts';

interface CsvColumn {
  title: LocalizedText;
  value: (call: CallView, locale: Locale, now: Date) => string | number;
}

const COLUMNS: readonly CsvColumn[] = [
  { title: CALLS_TEXTS.id, value: (call) => call.id },
  { title: CALLS_TEXTS.year, value: (call) => call.year },
  { title: CALLS_TEXTS.category, value: (call, locale) => pickText(findProgrammeCategory(call.category)?.name ?? { zh: call.category, en: call.category }, locale) },
  { title: CALLS_TEXTS.level, value: (call, locale) => pickText(LEVEL_LABELS[call.level], locale) },
  { title: CALLS_TEXTS.callTitle, value: (call) => call.title },
  { title: CALLS_TEXTS.status, value: (call, locale) => pickText(CALL_STATUS_LABELS[call.status], locale) },
  { title: { zh: '当前阶段', en: 'Phase now' }, value: (call, locale, now) => pickText(CALL_PHASE_LABELS[phaseOf(call, now)], locale) },
  { title: CALLS_TEXTS.opensAt, value: (call) => formatBeijing(call.opensAt) },
  { title: CALLS_TEXTS.deadlineAt, value: (call) => formatDeadline(call.deadlineAt) },
  { title: CALLS_TEXTS.quota, value: (call) => call.settings.quota },
  { title: CALLS_TEXTS.publishedVersion, value: (call) => call.publishedVersion },
];

/**
 * One CSV cell: quoted when it holds a separator, quote or line break; a leading =, +, - or @ is neutralised with an
 * apostrophe so that a spreadsheet does not run a title as a formula.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The calls as a CSV text in the page's language, with a UTF-8 byte-order mark so Excel reads the Chinese. */
export function callsCsv(calls: readonly CallView[], locale: Locale, now: Date): string {
  const lines = [COLUMNS.map((column) => csvCell(pickText(column.title, locale))).join(',')];
  for (const call of calls) lines.push(COLUMNS.map((column) => csvCell(column.value(call, locale, now))).join(','));
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
