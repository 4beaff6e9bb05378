import { findProgrammeCategory, findRecommendingUnit, findSubField, isProgrammeCategoryCode, type LocalizedText, type NoticePhase, PROGRAMME_CATEGORIES } from '@shifan/domain';
import { type ListParams, useLocale } from '@shifan/ui';
import { Flex, Select, Tag } from 'antd';
import { useMemo } from 'react';
import { NOTICE_PHASE_COLOURS, NOTICE_PHASE_LABELS, PUBLICATION_TEXTS as T } from './publication-texts';

export const FILTER_KEYS = ['category', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const FIRST_YEAR = 2017;

/** A code's name from the catalogue, else the name the server sent, else the code itself, else a dash. */
function label(found: LocalizedText | undefined, fallback: string | null | undefined, code: string | null): LocalizedText {
  if (found) return found;
  const text = fallback ?? code ?? '—';
  return { zh: text, en: text };
}

export function subFieldLabel(code: string | null, fallback?: string | null): LocalizedText {
  return label(code ? findSubField(code)?.name : undefined, fallback, code);
}

/** A 推荐单位's short name (洪山区, 东湖高新区); the stored name or the code when the catalogue does not know it. */
export function unitLabel(code: string | null, fallback?: string | null): LocalizedText {
  return label(code ? findRecommendingUnit(code)?.shortName : undefined, fallback, code);
}

export function categoryLabel(code: string): LocalizedText {
  return label(findProgrammeCategory(code)?.name, null, code);
}

/** An ISO instant's Beijing date, `YYYY-MM-DD`. */
export function beijingDate(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(time);
}

export interface PhaseTagProps {
  phase: NoticePhase;
  testId?: string;
}

/** 即将公示 / 公示中 / 已结束, with the phase in `data-phase`. */
export function PhaseTag({ phase, testId }: PhaseTagProps) {
  const { t } = useLocale();
  return (
    <Tag color={NOTICE_PHASE_COLOURS[phase]} data-testid={testId} data-phase={phase} style={{ marginInlineEnd: 0 }}>
      {t(NOTICE_PHASE_LABELS[phase])}
    </Tag>
  );
}

export interface PublicationFiltersProps {
  params: ListParams<FilterKey>;
  /** Prefix of the selects' test ids, e.g. `notices` gives `notices-category` and `notices-year`. */
  testIdPrefix: string;
}

/** Programme and year filters, kept in the URL. */
export function PublicationFilters({ params, testIdPrefix }: PublicationFiltersProps) {
  const { t } = useLocale();
  const years = useMemo(() => {
    const list: number[] = [];
    for (let year = new Date().getFullYear() + 1; year >= FIRST_YEAR; year--) list.push(year);
    return list;
  }, []);
  return (
    <Flex gap={12} wrap align="center">
      <Select<string>
        allowClear
        value={params.filters.category}
        placeholder={t(T.allCategories)}
        onChange={(category?: string) => params.setFilters({ category })}
        options={PROGRAMME_CATEGORIES.map((category) => ({ value: category.code, label: t(category.name) }))}
        style={{ width: 240 }}
        aria-label={t(T.categoryFilter)}
        data-testid={`${testIdPrefix}-category`}
      />
      <Select<string>
        allowClear
        value={params.filters.year}
        placeholder={t(T.allYears)}
        onChange={(year?: string) => params.setFilters({ year })}
        options={years.map((year) => ({ value: String(year), label: String(year) }))}
        style={{ width: 140 }}
        aria-label={t(T.yearFilter)}
        data-testid={`${testIdPrefix}-year`}
      />
    </Flex>
  );
}

/** The list query for the API: filters that the API would refuse (an unknown programme, a year out of range) are left out. */
export function publicationQuery(params: ListParams<FilterKey>): Readonly<Record<string, string | number | undefined>> {
  const { category, year } = params.filters;
  const yearNumber = Number(year);
  return {
    category: category && isProgrammeCategoryCode(category) ? category : undefined,
    year: Number.isInteger(yearNumber) && yearNumber >= FIRST_YEAR && yearNumber <= 2100 ? yearNumber : undefined,
    page: params.page,
    pageSize: params.pageSize,
  };
}
