import { type CallView, findProgrammeCategory, type Locale, type LocalizedText, pickText } from '@shifan/domain';
import { toCsv } from '@shifan/ui';
import { formatBeijing, formatDeadline, phaseOf } from './beijing-time';
import { CALL_PHASE_LABELS, CALL_STATUS_LABELS, CALLS_TEXTS, LEVEL_LABELS } from './calls-texts';

/** A column of the calls export; the phase column reads the server's time. */
interface CallColumn {
  title: LocalizedText;
  value: (call: CallView, locale: Locale, now: Date) => string | number;
}

const COLUMNS: readonly CallColumn[] = [
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

/** The calls as a CSV text in the page's language (see `toCsv`). */
export function callsCsv(calls: readonly CallView[], locale: Locale, now: Date): string {
  return toCsv(
    COLUMNS.map((column) => ({ title: column.title, value: (call: CallView, cellLocale: Locale) => column.value(call, cellLocale, now) })),
    calls,
    locale,
  );
}
