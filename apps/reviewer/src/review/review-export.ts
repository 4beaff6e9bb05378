import { APPLICATION_STATE_LABELS, type Locale, pickText, type ReviewApplicationSummary } from '@shifan/domain';
import { formatBeijingDateTime, type CsvColumn, toCsv } from '@shifan/ui';
import { unitLabel, subFieldLabel } from './catalogue-labels';
import { REVIEW_TEXTS, VERDICT_LABELS } from './review-texts';

const COLUMNS: readonly CsvColumn<ReviewApplicationSummary>[] = [
  { title: REVIEW_TEXTS.id, value: (application) => application.id },
  { title: REVIEW_TEXTS.receiptNo, value: (application) => application.receiptNo ?? '' },
  { title: REVIEW_TEXTS.callTitle, value: (application) => application.callTitle },
  { title: REVIEW_TEXTS.enterprise, value: (application) => application.enterpriseName },
  { title: REVIEW_TEXTS.uscc, value: (application) => application.uscc },
  { title: REVIEW_TEXTS.district, value: (application, locale) => (application.recommendingUnitCode ? pickText(unitLabel(application.recommendingUnitCode), locale) : '') },
  { title: REVIEW_TEXTS.subField, value: (application, locale) => (application.subFieldCode ? pickText(subFieldLabel(application.subFieldCode), locale) : '') },
  { title: REVIEW_TEXTS.projectName, value: (application) => application.projectName },
  { title: REVIEW_TEXTS.investment, value: (application) => application.totalInvestmentWanYuan ?? '' },
  { title: REVIEW_TEXTS.state, value: (application, locale) => pickText(APPLICATION_STATE_LABELS[application.state], locale) },
  { title: { zh: '提交时间（北京时间）', en: 'Submitted (Beijing time)' }, value: (application) => (application.submittedAt ? formatBeijingDateTime(application.submittedAt) : '') },
  { title: REVIEW_TEXTS.eligibility, value: (application, locale) => (application.eligibilityVerdict ? pickText(VERDICT_LABELS[application.eligibilityVerdict], locale) : '') },
  { title: REVIEW_TEXTS.priority, value: (application) => application.unitPriority ?? '' },
  { title: REVIEW_TEXTS.revisionDueOn, value: (application) => application.revisionDueOn ?? '' },
];

/** The applications as a CSV text in the page's language, with a UTF-8 byte-order mark so Excel reads the Chinese. */
export function applicationsCsv(applications: readonly ReviewApplicationSummary[], locale: Locale): string {
  return toCsv(COLUMNS, applications, locale);
}
