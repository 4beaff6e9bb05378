import {
  ANNEX1_INDICATORS,
  type DashboardView,
  findKeyField,
  findPlanTargetIndicator,
  findProgrammeCategory,
  findSubField,
  type LocalizedText,
  type ProgrammeLevel,
} from '@shifan/domain';
import { LEVEL_LABELS } from '../calls/calls-texts';
import { DASHBOARD_TEXTS } from './dashboard-texts';

export type DashboardTarget = DashboardView['targets'][number];
export type FieldCount = DashboardView['byField'][number];
export type UnitCount = DashboardView['byUnit'][number];
export type DashboardIndicator = DashboardView['indicators'][number];

/** The test id of a target's card (`target-SMART_MFG_PILOT-provincial`, `target-INTL_STANDARDS` …). */
export function targetTestId(target: Pick<DashboardTarget, 'key'>): string {
  return `target-${target.key.replaceAll('.', '-')}`;
}

export function programmeName(category: string | null): LocalizedText {
  if (category === null) return DASHBOARD_TEXTS.otherProgramme;
  return findProgrammeCategory(category)?.name ?? { zh: category, en: category };
}

export function levelName(level: string | null): LocalizedText | null {
  if (level === null) return null;
  return LEVEL_LABELS[level as ProgrammeLevel] ?? { zh: level, en: level };
}

/** The sub-field's name as the view gives it, else from the catalogue, else its code. */
export function fieldName(entry: FieldCount): LocalizedText {
  return entry.name.zh ? entry.name : (findSubField(entry.subFieldCode)?.name ?? { zh: entry.subFieldCode, en: entry.subFieldCode });
}

/** The key field a sub-field belongs to (信息技术, 智能制造装备 …), or a dash. */
export function keyFieldName(subFieldCode: string): LocalizedText {
  const sub = findSubField(subFieldCode);
  const field = sub ? findKeyField(sub.keyFieldCode) : undefined;
  return field?.name ?? { zh: '—', en: '—' };
}

/** A share in percent with one decimal, of `total`. */
export function shareOf(count: number, total: number): string {
  return total > 0 ? `${(Math.round((count / total) * 1000) / 10).toFixed(1)}%` : '—';
}

/** Every year any indicator has a value for, ascending. */
export function recordedYears(indicators: readonly DashboardIndicator[]): number[] {
  return [...new Set(indicators.flatMap((indicator) => indicator.values.map((entry) => entry.year)))].sort((a, b) => a - b);
}

/** What the 录入 dialog needs of anything an officer records per year: Annex 1's indicators and the plan's targets. */
export interface RecordableIndicator {
  code: string;
  name: LocalizedText;
  unit: LocalizedText;
  targetText: string;
  values: readonly { year: number; value: number }[];
  /** A reduction target: its 2015 baseline must be recorded first. */
  needsBaseline: boolean;
  /** What exactly to record, where the plan leaves it open. */
  assumption: LocalizedText | null;
}

export function recordableFromIndicator(indicator: DashboardIndicator): RecordableIndicator {
  const plan = findPlanTargetIndicator(indicator.code);
  return {
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    targetText: indicator.targetText,
    values: indicator.values,
    needsBaseline: ANNEX1_INDICATORS.find((entry) => entry.code === indicator.code)?.target.kind === 'reduction_from_baseline',
    assumption: plan?.assumption ?? null,
  };
}

/** A `recorded` target as the dialog records it (its values are the years marked recorded). */
export function recordableFromTarget(target: DashboardTarget): RecordableIndicator | null {
  const plan = target.indicatorCode ? findPlanTargetIndicator(target.indicatorCode) : undefined;
  if (!plan) return null;
  return {
    code: plan.code,
    name: plan.name,
    unit: plan.unit,
    targetText: plan.targetText,
    values: target.byYear.filter((cell) => cell.recorded).map((cell) => ({ year: cell.year, value: cell.count })),
    needsBaseline: false,
    assumption: plan.assumption ?? null,
  };
}
