import { DECLARED_RELATION_LABELS, type ExpertView, type Locale, type LocalizedText, pickText } from '@shifan/domain';
import { type CsvColumn, toCsv } from '@shifan/ui';
import { EXPERTS_TEXTS } from './experts-texts';
import { fullFieldName } from './field-options';

const LIST_SEPARATOR: LocalizedText = { zh: '；', en: '; ' };

const COLUMNS: readonly CsvColumn<ExpertView>[] = [
  { title: EXPERTS_TEXTS.id, value: (expert) => expert.id },
  { title: EXPERTS_TEXTS.name, value: (expert) => expert.name },
  { title: EXPERTS_TEXTS.professionalTitle, value: (expert) => expert.title },
  { title: EXPERTS_TEXTS.employer, value: (expert) => expert.employer },
  { title: EXPERTS_TEXTS.employerUscc, value: (expert) => expert.employerUscc ?? '' },
  { title: EXPERTS_TEXTS.fields, value: (expert, locale) => expert.fields.map((code) => pickText(fullFieldName(code), locale)).join(pickText(LIST_SEPARATOR, locale)) },
  { title: EXPERTS_TEXTS.mobile, value: (expert) => expert.mobile },
  { title: EXPERTS_TEXTS.email, value: (expert) => expert.email ?? '' },
  { title: EXPERTS_TEXTS.available, value: (expert, locale) => pickText(expert.available ? EXPERTS_TEXTS.availableYes : EXPERTS_TEXTS.availableNo, locale) },
  { title: EXPERTS_TEXTS.accountUserName, value: (expert) => expert.accountUserName ?? '' },
  {
    title: EXPERTS_TEXTS.relations,
    value: (expert, locale) =>
      expert.relations.map((relation) => `${relation.name}（${relation.uscc}）${pickText(DECLARED_RELATION_LABELS[relation.kind], locale)}${relation.note ? `：${relation.note}` : ''}`).join(pickText(LIST_SEPARATOR, locale)),
  },
  {
    title: EXPERTS_TEXTS.coApplications,
    value: (expert, locale) => expert.coApplications.map((co) => `${co.partnerName}（${co.partnerUscc}）${co.date}`).join(pickText(LIST_SEPARATOR, locale)),
  },
];

/** The experts as a CSV text in the page's language, with a UTF-8 byte-order mark so Excel reads the Chinese. */
export function expertsCsv(experts: readonly ExpertView[], locale: Locale): string {
  return toCsv(COLUMNS, experts, locale);
}
