import type { LocalizedText } from '../i18n/localized-text';

/**
 * The application life cycle: draft → submitted → district recommended / returned / rejected → formally accepted /
 * returned for revision / rejected → in expert review → scored → shortlisted → in public notice → approved / not
 * approved; withdrawn from any open state, and submitted again from withdrawn before the deadline.
 */
export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'returned_by_district',
  'district_recommended',
  'returned_for_revision',
  'formally_accepted',
  'in_expert_review',
  'scored',
  'shortlisted',
  'in_public_notice',
  'approved',
  'not_approved',
  'rejected',
  'withdrawn',
] as const;

export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_ACTIONS = [
  'submit',
  'withdraw',
  'recommend',
  'return',
  'reject',
  'accept',
  'request_revision',
  'resubmit',
  'start_review',
  'complete_scoring',
  'reopen_scoring',
  'shortlist',
  'start_public_notice',
  'return_to_review',
  'approve',
  'decline',
] as const;

export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export const WORKFLOW_ROLES = ['enterprise', 'district_officer', 'city_officer', 'expert', 'system'] as const;

export type WorkflowRole = (typeof WORKFLOW_ROLES)[number];

export const APPLICATION_STATE_LABELS: Readonly<Record<ApplicationState, LocalizedText>> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交（待推荐单位审核）', en: 'Submitted (awaiting the recommending unit)' },
  returned_by_district: { zh: '推荐单位退回修改', en: 'Returned by the recommending unit' },
  district_recommended: { zh: '推荐单位已推荐（待形式审查）', en: 'Recommended by the recommending unit (awaiting formal check)' },
  returned_for_revision: { zh: '退回补正', en: 'Returned for revision' },
  formally_accepted: { zh: '形式审查通过', en: 'Formally accepted' },
  in_expert_review: { zh: '专家评审中', en: 'In expert review' },
  scored: { zh: '评审已完成', en: 'Scored' },
  shortlisted: { zh: '拟入选', en: 'Shortlisted' },
  in_public_notice: { zh: '公示中', en: 'In public notice' },
  approved: { zh: '已认定', en: 'Approved' },
  not_approved: { zh: '未入选', en: 'Not approved' },
  // Reached by a recommending unit's refusal (不予推荐) or the city's formal check (不予受理): see rejectionLabel.
  rejected: { zh: '未通过审核', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const APPLICATION_ACTION_LABELS: Readonly<Record<ApplicationAction, LocalizedText>> = {
  submit: { zh: '提交', en: 'Submit' },
  withdraw: { zh: '撤回申报', en: 'Withdraw' },
  recommend: { zh: '推荐', en: 'Recommend' },
  return: { zh: '退回修改', en: 'Return for changes' },
  // A recommending unit's refusal; the city's formal check refusal is labelled by applicationActionLabel.
  reject: { zh: '不予推荐', en: 'Do not recommend' },
  accept: { zh: '形式审查通过', en: 'Accept' },
  request_revision: { zh: '退回补正', en: 'Request revision' },
  resubmit: { zh: '重新提交', en: 'Resubmit' },
  start_review: { zh: '进入专家评审', en: 'Start expert review' },
  complete_scoring: { zh: '完成评分', en: 'Complete scoring' },
  reopen_scoring: { zh: '重新开放评分', en: 'Reopen scoring' },
  shortlist: { zh: '列入拟入选名单', en: 'Shortlist' },
  start_public_notice: { zh: '开始公示', en: 'Start public notice' },
  return_to_review: { zh: '异议成立，退回重新评审', en: 'Objection upheld: back to review' },
  approve: { zh: '认定', en: 'Approve' },
  decline: { zh: '不予入选', en: 'Decline' },
};

export const WORKFLOW_ROLE_LABELS: Readonly<Record<WorkflowRole, LocalizedText>> = {
  enterprise: { zh: '申报企业', en: 'Applicant enterprise' },
  district_officer: { zh: '推荐单位', en: 'Recommending unit' },
  city_officer: { zh: '市经信局', en: 'City officer' },
  expert: { zh: '评审专家', en: 'Expert' },
  system: { zh: '系统', en: 'System' },
};

/**
 * Who refused an application decides the word: a recommending unit (a district or a functional zone) 不予推荐 —
 * it does not recommend the application to the city; the city's formal check 不予受理 — it does not accept what a unit
 * recommended. Issue #13: a unit's refusal is never 不予受理.
 */
export const REJECTION_LABELS = {
  unit: { zh: '不予推荐', en: 'Not recommended' },
  // wording-allow: 不予受理 (the city's formal check)
  formal_check: { zh: '形式审查不予受理', en: 'Rejected at the formal check' },
} as const satisfies Record<string, LocalizedText>;

/** The state an application was in when it was rejected tells who rejected it (see the transition table). */
export function rejectionLabel(fromState: string | null | undefined): LocalizedText {
  return fromState === 'district_recommended' || fromState === 'returned_for_revision' ? REJECTION_LABELS.formal_check : REJECTION_LABELS.unit;
}

/** An action of the timeline as people read it: a rejection named after who rejected (from the state it left). */
export function applicationActionLabel(action: ApplicationAction, fromState: string | null | undefined): LocalizedText {
  return action === 'reject' ? rejectionLabel(fromState) : APPLICATION_ACTION_LABELS[action];
}

/** Final states accept no action. The switch is exhaustive: a new state will not compile until it is classified here. */
export function isTerminalState(state: ApplicationState): boolean {
  switch (state) {
    case 'approved':
    case 'not_approved':
    case 'rejected':
      return true;
    case 'withdrawn':
    case 'draft':
    case 'submitted':
    case 'returned_by_district':
    case 'district_recommended':
    case 'returned_for_revision':
    case 'formally_accepted':
    case 'in_expert_review':
    case 'scored':
    case 'shortlisted':
    case 'in_public_notice':
      return false;
    /* istanbul ignore next -- unreachable: the compiler proves the switch exhaustive */
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}
