import { type DashboardView, findDistrict, findKeyField, findProgrammeCategory, findSubField, type LocalizedText, type ProgrammeLevel } from '@shifan/domain';
import { LEVEL_LABELS } from '../calls/calls-texts';

export type DashboardTarget = DashboardView['targets'][number];
export type FieldCount = DashboardView['byField'][number];
export type DistrictCount = DashboardView['byDistrict'][number];
export type DashboardIndicator = DashboardView['indicators'][number];

/** A target with a key that is unique on the page and the card's test id (`target-<category>-<level>`, `-2`… for repeats). */
export interface KeyedTarget extends DashboardTarget {
  key: string;
  testId: string;
}

/**
 * The targets with unique keys. A programme can have two targets at one level (两化融合: national applications and
 * national assessments), so the second one's test id gets a `-2` suffix.
 */
export function keyedTargets(targets: readonly DashboardTarget[]): KeyedTarget[] {
  const seen = new Map<string, number>();
  return targets.map((target, index) => {
    const base = `${target.category}-${target.level}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { ...target, key: `${base}-${index}`, testId: count === 1 ? `target-${base}` : `target-${base}-${count}` };
  });
}

export function programmeName(category: string): LocalizedText {
  return findProgrammeCategory(category)?.name ?? { zh: category, en: category };
}

export function levelName(level: string): LocalizedText {
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

/** The district's name as the view gives it, else from the catalogue, else its code. */
export function districtName(entry: DistrictCount): LocalizedText {
  return entry.name.zh ? entry.name : (findDistrict(entry.districtCode)?.name ?? { zh: entry.districtCode, en: entry.districtCode });
}

/** A share in percent with one decimal, of `total`. */
export function shareOf(count: number, total: number): string {
  return total > 0 ? `${(Math.round((count / total) * 1000) / 10).toFixed(1)}%` : '—';
}

/** Every year any indicator has a value for, ascending. */
export function recordedYears(indicators: readonly DashboardIndicator[]): number[] {
  return [...new Set(indicators.flatMap((indicator) => indicator.values.map((entry) => entry.year)))].sort((a, b) => a - b);
}
