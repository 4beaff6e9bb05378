import { ANNEX1_INDICATORS, meetsIndicatorTarget } from '../catalogue/annex1-indicators';
import { DISTRICTS } from '../catalogue/districts';
import { KEY_FIELDS } from '../catalogue/key-fields';
import { PROGRAMME_CATEGORIES, type ProgrammeCategoryCode } from '../catalogue/programme-categories';
import type { DashboardView } from './publication-views';

/** One approved application, as the dashboard counts it. */
export interface ApprovalFact {
  category: ProgrammeCategoryCode;
  /** The call's level: municipal, provincial or national. */
  level: string;
  year: number;
  subFieldCode: string | null;
  districtCode: string | null;
}

export interface IndicatorValueFact {
  code: string;
  year: number;
  value: number;
  note: string | null;
}

/** The plan's build phase: the three-year targets count 2017–2019. */
export const PLAN_PERIOD_YEARS: readonly number[] = [2017, 2018, 2019];

function percent(count: number, target: number): number {
  return target > 0 ? Math.round((count / target) * 1000) / 10 : 0;
}

/**
 * Progress against the plan's targets (武政〔2017〕26号) from the approved lists: per programme target and level the
 * approvals per year, their total and the share of the (lower) target reached — over 2017–2019 for three-year
 * targets, in the latest year for yearly ones; the same approvals by sub-field and by district; and Annex 1's
 * indicators with the values officers recorded (met or not, where the target can be judged from the value alone).
 */
export function buildDashboard(approvals: readonly ApprovalFact[], indicatorValues: readonly IndicatorValueFact[], years: readonly number[]): DashboardView {
  const sortedYears = [...new Set(years)].sort((a, b) => a - b);
  const latest = sortedYears.at(-1);
  const targets = PROGRAMME_CATEGORIES.flatMap((category) =>
    category.targets
      .filter((target) => target.level !== undefined)
      .map((target) => {
        const matching = approvals.filter((approval) => approval.category === category.code && approval.level === target.level);
        const approvedByYear = sortedYears.map((year) => matching.filter((approval) => approval.year === year).length);
        const counted =
          target.period === 'three_years'
            ? matching.filter((approval) => PLAN_PERIOD_YEARS.includes(approval.year)).length
            : matching.filter((approval) => approval.year === latest).length;
        return {
          category: category.code,
          level: target.level!,
          label: target.label,
          period: target.period,
          min: target.min,
          max: target.max,
          approvedByYear,
          total: matching.length,
          percentOfTarget: percent(counted, target.min),
        };
      }),
  );
  const byField = KEY_FIELDS.flatMap((field) => field.subFields)
    .map((sub) => ({ subFieldCode: sub.code, name: sub.name, count: approvals.filter((approval) => approval.subFieldCode === sub.code).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.subFieldCode.localeCompare(b.subFieldCode));
  const byKeyField = KEY_FIELDS.map((field) => ({
    keyFieldCode: field.code,
    name: field.name,
    count: approvals.filter((approval) => field.subFields.some((sub) => sub.code === approval.subFieldCode)).length,
  }));
  const byDistrict = DISTRICTS.map((district) => ({ districtCode: district.code, name: district.name, count: approvals.filter((approval) => approval.districtCode === district.code).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.districtCode.localeCompare(b.districtCode));
  const indicators = ANNEX1_INDICATORS.map((indicator) => ({
    code: indicator.code,
    category: indicator.category,
    name: indicator.name,
    unit: indicator.unit,
    targetText: indicator.targetText,
    values: indicatorValues
      .filter((entry) => entry.code === indicator.code)
      .sort((a, b) => a.year - b.year)
      .map((entry) => ({
        year: entry.year,
        value: entry.value,
        note: entry.note,
        // A reduction target needs the 2015 baseline, recorded as the value of 2015.
        met:
          indicator.target.kind === 'reduction_from_baseline'
            ? (() => {
                const baseline = indicatorValues.find((candidate) => candidate.code === indicator.code && candidate.year === 2015);
                return baseline && entry.year !== 2015 ? meetsIndicatorTarget(indicator.target, entry.value, baseline.value) : null;
              })()
            : meetsIndicatorTarget(indicator.target, entry.value),
      })),
  }));
  return { years: sortedYears, targets, byKeyField, byField, byDistrict, indicators };
}
