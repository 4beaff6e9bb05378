import { findDistrict } from '../catalogue/districts';
import { recommendingUnitNameZh } from '../catalogue/recommending-units';
import { routedRecommendingUnit } from '../catalogue/unit-routing';
import { findSubField, KEY_FIELDS } from '../catalogue/key-fields';
import type { ProgrammeCategoryCode } from '../catalogue/programme-categories';
import { APPLICATION_STATE_LABELS, type ApplicationState } from '../workflow/application-states';
import { projectTitleOf } from './application-form-document';
import { EMPTY_VALUE } from './document-format';

/**
 * One line of a call's 汇总表 (the officers' summary of the applications they file upward): enterprise, USCC,
 * 推荐单位, field, project, investment, state, receipt and the review score (empty until the review pipeline).
 */
export interface CallSummaryRow {
  receiptNo: string;
  enterpriseName: string;
  uscc: string;
  /** 推荐单位 (short name): the unit the application was routed to, else the profile's; else the project's district. */
  district: string;
  keyField: string;
  subField: string;
  projectName: string;
  totalInvestmentWanYuan: number | null;
  state: string;
  /** ISO 8601 instant, or null if never submitted. */
  submittedAt: string | null;
  score: number | null;
}

export interface CallSummaryInput {
  category: ProgrammeCategoryCode;
  enterprise: { name: string; uscc: string };
  profile: Record<string, unknown>;
  data: Record<string, unknown>;
  /** The 推荐单位 the application was routed to at submission. */
  recommendingUnitCode?: string | null;
  state: string;
  receiptNo: string | null;
  submittedAt: string | null;
  score?: number | null;
}

export function callSummaryRow(input: CallSummaryInput): CallSummaryRow {
  const code = (value: unknown) => (typeof value === 'string' ? value : '');
  const unit = recommendingUnitNameZh(input.recommendingUnitCode ?? routedRecommendingUnit(input.profile));
  const district = unit || findDistrict(code(input.data.projectDistrictCode))?.name.zh;
  const sub = findSubField(code(input.data.subFieldCode));
  const total = input.data.totalInvestmentWanYuan;
  return {
    receiptNo: input.receiptNo ?? EMPTY_VALUE,
    enterpriseName: input.enterprise.name,
    uscc: input.enterprise.uscc,
    district: district || EMPTY_VALUE,
    keyField: sub ? KEY_FIELDS.find((field) => field.code === sub.keyFieldCode)!.name.zh : EMPTY_VALUE,
    subField: sub?.name.zh ?? EMPTY_VALUE,
    projectName: projectTitleOf(input.category, input.data),
    totalInvestmentWanYuan: typeof total === 'number' && Number.isFinite(total) ? total : null,
    state: APPLICATION_STATE_LABELS[input.state as ApplicationState]?.zh ?? input.state,
    submittedAt: input.submittedAt,
    score: input.score ?? null,
  };
}

/** Rows in receipt order (receipt numbers sort by call and sequence); rows without one last, by enterprise. */
export function sortCallSummaryRows(rows: readonly CallSummaryRow[]): CallSummaryRow[] {
  const key = (row: CallSummaryRow) => (row.receiptNo === EMPTY_VALUE ? `~${row.enterpriseName}` : row.receiptNo);
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
