import { ANNEX1_INDICATORS, ANNEX1_SOURCE, meetsIndicatorTarget } from '../catalogue/annex1-indicators';
import { KEY_FIELDS } from '../catalogue/key-fields';
import { PLAN_DOCUMENT } from '../catalogue/plan-source';
import { findPlanTargetIndicator, PLAN_TARGET_INDICATORS, type PlanTargetIndicator } from '../catalogue/plan-target-indicators';
import { PROGRAMME_CATEGORIES, type ProgrammeCategoryCode, type ProgrammeTarget, type TargetCounting } from '../catalogue/programme-categories';
import { RECOMMENDING_UNITS } from '../catalogue/recommending-units';
import { yearOf } from '../shared/iso-date';
import type { DashboardView, TargetProgress } from './dashboard-views';
import type { UpwardResult } from './upward-outcome';

/** One project on a published approved list, as the dashboard counts it. */
export interface ApprovalFact {
  category: ProgrammeCategoryCode;
  /** The call's level: municipal (the city's own 认定), provincial or national (the city's 推荐). */
  level: string;
  /** The call's year. */
  year: number;
  subFieldCode: string | null;
  /** The 推荐单位 (a district's code or a zone's). */
  recommendingUnitCode: string | null;
}

/** An outcome recorded against a provincial or national recommendation. */
export interface OutcomeFact {
  category: ProgrammeCategoryCode;
  level: string;
  result: UpwardResult;
  /** The date of the recognising document: the recognition counts in its year. */
  decidedOn: string;
  recommendingUnitCode: string | null;
}

export interface IndicatorValueFact {
  code: string;
  year: number;
  value: number;
  note: string | null;
}

export interface DashboardFacts {
  approvals: readonly ApprovalFact[];
  outcomes: readonly OutcomeFact[];
  indicatorValues: readonly IndicatorValueFact[];
  /** The clock's year (Beijing), never the machine's. */
  currentYear: number;
}

/** The plan's build phase: the three-year targets count 2017–2019, and so do the yearly targets' 总计. */
export const PLAN_PERIOD_YEARS: readonly number[] = Array.from({ length: PLAN_DOCUMENT.period.to - PLAN_DOCUMENT.period.from + 1 }, (_, index) => PLAN_DOCUMENT.period.from + index);

function percent(count: number, target: number): number {
  return target > 0 ? Math.round((count / target) * 1000) / 10 : 0;
}

/** The years a target is shown for: each year of the plan period, and the current year. */
export function dashboardYears(currentYear: number): number[] {
  return [...new Set([...PLAN_PERIOD_YEARS, currentYear])].sort((a, b) => a - b);
}

interface Counter {
  counts: TargetCounting;
  /** The count of a year; null when a `recorded` target has no value for it. */
  count: (year: number) => number | null;
  recommended: ((year: number) => number) | null;
  pending: number | null;
}

/** A yearly target in a year: met once reached; short of it, not met — or not judged yet while the year runs. */
function metInYear(count: number | null, min: number, running: boolean): boolean | null {
  if (count === null) return null;
  if (count >= min) return true;
  return running ? null : false;
}

function progress(
  base: Pick<TargetProgress, 'key' | 'category' | 'level' | 'label' | 'wording' | 'source' | 'indicatorCode' | 'period' | 'min' | 'max'>,
  counter: Counter,
  years: readonly number[],
  currentYear: number,
): TargetProgress {
  const yearly = base.period === 'per_year';
  const byYear = years.map((year) => {
    const value = counter.count(year);
    const count = value ?? 0;
    return {
      year,
      count,
      recommended: counter.recommended ? counter.recommended(year) : null,
      recorded: value !== null,
      percentOfTarget: yearly ? percent(count, base.min) : null,
      met: yearly ? metInYear(value, base.min, year === currentYear) : null,
    };
  });
  const total = PLAN_PERIOD_YEARS.reduce((sum, year) => sum + (counter.count(year) ?? 0), 0);
  const planTarget = yearly ? base.min * PLAN_PERIOD_YEARS.length : base.min;
  return {
    ...base,
    counts: counter.counts,
    byYear,
    planPeriod: {
      total,
      percentOfTarget: percent(total, planTarget),
      // A yearly target is met over the period when every year of it met its yearly number.
      met: yearly ? PLAN_PERIOD_YEARS.every((year) => (counter.count(year) ?? 0) >= base.min) : total >= base.min,
      recommended: counter.recommended ? PLAN_PERIOD_YEARS.reduce((sum, year) => sum + counter.recommended!(year), 0) : null,
    },
    pending: counter.pending,
  };
}

function recordedCounter(code: string, values: readonly IndicatorValueFact[]): Counter {
  return {
    counts: 'recorded',
    count: (year) => values.find((entry) => entry.code === code && entry.year === year)?.value ?? null,
    recommended: null,
    pending: null,
  };
}

function programmeCounter(category: ProgrammeCategoryCode, target: ProgrammeTarget, facts: DashboardFacts): Counter {
  const level = target.level ?? 'municipal';
  const lists = facts.approvals.filter((approval) => approval.category === category && approval.level === level);
  const byCallYear = (year: number) => lists.filter((approval) => approval.year === year).length;
  switch (target.counts) {
    case 'municipal_approvals':
    case 'recommendations':
      return { counts: target.counts, count: byCallYear, recommended: null, pending: null };
    case 'recognitions': {
      const outcomes = facts.outcomes.filter((outcome) => outcome.category === category && outcome.level === level);
      const recognised = outcomes.filter((outcome) => outcome.result === 'recognised');
      return {
        counts: 'recognitions',
        count: (year) => recognised.filter((outcome) => yearOf(outcome.decidedOn) === year).length,
        recommended: byCallYear,
        pending: Math.max(0, lists.length - outcomes.length),
      };
    }
    case 'recorded':
      return recordedCounter(target.indicatorCode!, facts.indicatorValues);
    /* istanbul ignore next -- unreachable: the compiler proves the switch exhaustive */
    default: {
      const unreachable: never = target.counts;
      return unreachable;
    }
  }
}

function programmeTargets(facts: DashboardFacts, years: readonly number[]): TargetProgress[] {
  return PROGRAMME_CATEGORIES.flatMap((category) => {
    const seen = new Map<string, number>();
    return category.targets.map((target) => {
      const base = `${category.code}.${target.level ?? target.indicatorCode}`;
      const repeat = (seen.get(base) ?? 0) + 1;
      seen.set(base, repeat);
      return progress(
        {
          key: repeat === 1 ? base : `${base}.${repeat}`,
          category: category.code,
          level: target.level ?? null,
          label: target.label,
          wording: target.wording,
          source: category.source,
          indicatorCode: target.indicatorCode ?? null,
          period: target.period,
          min: target.min,
          max: target.max,
        },
        programmeCounter(category.code, target, facts),
        years,
        facts.currentYear,
      );
    });
  });
}

/** The plan's countable targets outside the programmes (standards, talents): recorded per year. */
function recordedTargets(facts: DashboardFacts, years: readonly number[]): TargetProgress[] {
  const inProgrammes = new Set(PROGRAMME_CATEGORIES.flatMap((category) => category.targets.map((target) => target.indicatorCode)));
  return PLAN_TARGET_INDICATORS.filter((indicator) => indicator.measure.kind === 'count' && !inProgrammes.has(indicator.code)).map((indicator) => {
    const measure = indicator.measure as Extract<PlanTargetIndicator['measure'], { kind: 'count' }>;
    return progress(
      {
        key: indicator.code,
        category: null,
        level: null,
        label: indicator.name,
        wording: indicator.wording,
        source: indicator.source,
        indicatorCode: indicator.code,
        period: measure.period,
        min: measure.min,
        max: measure.max,
      },
      recordedCounter(indicator.code, facts.indicatorValues),
      years,
      facts.currentYear,
    );
  });
}

function annex1Met(code: string, entry: IndicatorValueFact, values: readonly IndicatorValueFact[]): boolean | null {
  const indicator = ANNEX1_INDICATORS.find((candidate) => candidate.code === code)!;
  if (indicator.target.kind !== 'reduction_from_baseline') return meetsIndicatorTarget(indicator.target, entry.value);
  // A reduction target needs the baseline, recorded as the value of its year (2015).
  const baselineYear = indicator.target.baselineYear;
  const baseline = values.find((candidate) => candidate.code === code && candidate.year === baselineYear);
  return baseline && entry.year !== baselineYear ? meetsIndicatorTarget(indicator.target, entry.value, baseline.value) : null;
}

function valuesOf(code: string, values: readonly IndicatorValueFact[], met: (entry: IndicatorValueFact) => boolean | null) {
  return values
    .filter((entry) => entry.code === code)
    .sort((a, b) => a.year - b.year)
    .map((entry) => ({ year: entry.year, value: entry.value, note: entry.note, met: met(entry) }));
}

/**
 * Progress against the plan's targets (武政〔2017〕26号), each counted as the plan means it (see `TargetCounting`):
 * municipal targets count the city's approvals, provincial and national targets count the recorded recognitions
 * (with the city's recommendations beside them), events and other numbers no list holds count recorded values.
 * Every target is shown for each year of 2017–2019 and for the clock's current year; its 总计 and percentage count
 * the same plan years. Then municipal approvals by key field, sub-field and 推荐单位 (with recommendations and
 * recognitions per unit), and the recorded indicators (Annex 1 and the plan's coverage targets), met or not where the
 * value alone can tell.
 */
export function buildDashboard(facts: DashboardFacts): DashboardView {
  const years = dashboardYears(facts.currentYear);
  const municipal = facts.approvals.filter((approval) => approval.level === 'municipal');
  const upward = facts.approvals.filter((approval) => approval.level !== 'municipal');
  const recognised = facts.outcomes.filter((outcome) => outcome.result === 'recognised');
  const byField = KEY_FIELDS.flatMap((field) => field.subFields)
    .map((sub) => ({ subFieldCode: sub.code, name: sub.name, count: municipal.filter((approval) => approval.subFieldCode === sub.code).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.subFieldCode.localeCompare(b.subFieldCode));
  const byKeyField = KEY_FIELDS.map((field) => ({
    keyFieldCode: field.code,
    name: field.name,
    count: municipal.filter((approval) => field.subFields.some((sub) => sub.code === approval.subFieldCode)).length,
  }));
  const byUnit = RECOMMENDING_UNITS.map((unit) => ({
    unitCode: unit.code,
    name: unit.shortName,
    fullName: unit.fullName,
    approved: municipal.filter((approval) => approval.recommendingUnitCode === unit.code).length,
    recommended: upward.filter((approval) => approval.recommendingUnitCode === unit.code).length,
    recognised: recognised.filter((outcome) => outcome.recommendingUnitCode === unit.code).length,
  }))
    .filter((entry) => entry.approved + entry.recommended + entry.recognised > 0)
    .sort((a, b) => b.approved - a.approved || b.recognised - a.recognised || a.unitCode.localeCompare(b.unitCode));
  const annex1 = ANNEX1_INDICATORS.map((indicator) => ({
    code: indicator.code,
    kind: 'annex1' as const,
    category: indicator.category,
    name: indicator.name,
    unit: indicator.unit,
    targetText: indicator.targetText,
    source: ANNEX1_SOURCE,
    values: valuesOf(indicator.code, facts.indicatorValues, (entry) => annex1Met(indicator.code, entry, facts.indicatorValues)),
  }));
  const shares = PLAN_TARGET_INDICATORS.filter((indicator) => indicator.measure.kind === 'share').map((indicator) => ({
    code: indicator.code,
    kind: 'plan' as const,
    category: 'PLAN',
    name: indicator.name,
    unit: indicator.unit,
    targetText: indicator.targetText,
    source: indicator.source,
    values: valuesOf(indicator.code, facts.indicatorValues, (entry) => entry.value >= (indicator.measure as { atLeast: number }).atLeast),
  }));
  return {
    planYears: [...PLAN_PERIOD_YEARS],
    currentYear: facts.currentYear,
    years,
    targets: [...programmeTargets(facts, years), ...recordedTargets(facts, years)],
    byKeyField,
    byField,
    byUnit,
    indicators: [...annex1, ...shares],
  };
}

/** Whether an indicator code can be recorded: Annex 1's or one of the plan's section-三 targets. */
export function isRecordableIndicator(code: string): boolean {
  return ANNEX1_INDICATORS.some((indicator) => indicator.code === code) || findPlanTargetIndicator(code) !== undefined;
}
