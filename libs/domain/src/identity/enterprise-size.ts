/**
 * Enterprise size for 工业 per 工信部联企业〔2011〕300号 (as restated in NBS 统计上大中小微型企业划分办法(2017)), and the
 * 规模以上 threshold. X = 从业人员 (persons), Y = 营业收入 in 万元 of the prior year (for 工业: 主营业务收入).
 * Source: ../shared/reference/domain-rules.md §4.
 */
export type EnterpriseSize = 'large' | 'medium' | 'small' | 'micro';

export const ENTERPRISE_SIZE_SOURCE = '工信部联企业〔2011〕300号（工业）；国家统计局 统计上大中小微型企业划分办法（2017）';

/** 大型: X ≥ 1000 and Y ≥ 40000. */
export const LARGE_MIN_EMPLOYEES = 1000;
export const LARGE_MIN_REVENUE_WAN_YUAN = 40_000;
/** 中型: X ≥ 300 and Y ≥ 2000. */
export const MEDIUM_MIN_EMPLOYEES = 300;
export const MEDIUM_MIN_REVENUE_WAN_YUAN = 2_000;
/** 小型: X ≥ 20 and Y ≥ 300; below either bound: 微型. */
export const SMALL_MIN_EMPLOYEES = 20;
export const SMALL_MIN_REVENUE_WAN_YUAN = 300;

/** 规模以上工业企业: 年主营业务收入 ≥ 2000 万元 (NBS, since 2011). */
export const ABOVE_DESIGNATED_SIZE_MIN_REVENUE_WAN_YUAN = 2_000;
export const ABOVE_DESIGNATED_SIZE_SOURCE = '国家统计局： 规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业';

export interface EnterpriseSizeInput {
  employees: number;
  revenueWanYuan: number;
}

function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number ≥ 0, got ${value}`);
}

/** A firm that misses either bound of a tier drops to the next one down (下划一档). */
export function classifyEnterpriseSize({ employees, revenueWanYuan }: EnterpriseSizeInput): EnterpriseSize {
  requireNonNegative('employees', employees);
  requireNonNegative('revenueWanYuan', revenueWanYuan);
  if (employees >= LARGE_MIN_EMPLOYEES && revenueWanYuan >= LARGE_MIN_REVENUE_WAN_YUAN) return 'large';
  if (employees >= MEDIUM_MIN_EMPLOYEES && revenueWanYuan >= MEDIUM_MIN_REVENUE_WAN_YUAN) return 'medium';
  if (employees >= SMALL_MIN_EMPLOYEES && revenueWanYuan >= SMALL_MIN_REVENUE_WAN_YUAN) return 'small';
  return 'micro';
}

/** 规上 by revenue: main business revenue ≥ the threshold (default 2000 万元). Actual status comes from the 名录库. */
export function isAboveDesignatedSize(revenueWanYuan: number, minRevenueWanYuan: number = ABOVE_DESIGNATED_SIZE_MIN_REVENUE_WAN_YUAN): boolean {
  requireNonNegative('revenueWanYuan', revenueWanYuan);
  return revenueWanYuan >= minRevenueWanYuan;
}

export const ENTERPRISE_SIZE_LABELS: Readonly<Record<EnterpriseSize, { zh: string; en: string }>> = {
  large: { zh: '大型', en: 'Large' },
  medium: { zh: '中型', en: 'Medium' },
  small: { zh: '小型', en: 'Small' },
  micro: { zh: '微型', en: 'Micro' },
};
