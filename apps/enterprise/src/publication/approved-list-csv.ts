import { type ApprovedListView, isProgrammeCategoryCode, type Locale, pickText, publicationWording } from '@shifan/domain';
import { type CsvColumn, toCsv } from '@shifan/ui';
import { unitLabel, subFieldLabel } from './publication-parts';
import { PUBLICATION_TEXTS as T } from './publication-texts';

type Entry = ApprovedListView['entries'][number];

/** The table's columns; the name column is 创新中心名称 on an innovation-centre list (the publication wording). */
const columnsOf = (list: ApprovedListView): readonly CsvColumn<Entry>[] => [
  { title: T.seq, value: (entry) => entry.rank },
  { title: T.enterpriseName, value: (entry) => entry.enterpriseName },
  { title: T.uscc, value: (entry) => entry.uscc },
  { title: isProgrammeCategoryCode(list.category) ? publicationWording(list.category, list.level).entryNameHeader : T.projectName, value: (entry) => entry.projectName },
  { title: T.subField, value: (entry, locale) => pickText(subFieldLabel(entry.subFieldCode, entry.subFieldName), locale) },
  { title: T.district, value: (entry, locale) => pickText(unitLabel(entry.recommendingUnitCode, entry.recommendingUnitName), locale) },
];

/** The approved list's table as CSV in the page's language, with a UTF-8 byte-order mark so Excel reads the Chinese. */
export function approvedListCsv(list: ApprovedListView, locale: Locale): string {
  return toCsv(columnsOf(list), list.entries, locale);
}
