import type { ApplicationAction, ApplicationState, WorkflowRole } from './application-states';

/** A guard a move must pass besides the role check. */
export type TransitionGuard = 'application_deadline_open' | 'revision_deadline_open' | 'quota_available' | 'notice_period_ended';

export interface TransitionSpec {
  to: ApplicationState;
  roles: readonly WorkflowRole[];
  guards: readonly TransitionGuard[];
}

const ENTERPRISE: readonly WorkflowRole[] = ['enterprise'];
const DISTRICT: readonly WorkflowRole[] = ['district_officer'];
const CITY: readonly WorkflowRole[] = ['city_officer'];

const withdraw: TransitionSpec = { to: 'withdrawn', roles: ENTERPRISE, guards: [] };
const decline: TransitionSpec = { to: 'not_approved', roles: CITY, guards: [] };

/**
 * state × action → next state, allowed roles and guards. Every state has an entry (the compiler checks); an action
 * missing from a state's entry is illegal there. Revisions go back to the city's formal check, not to the district.
 */
export const TRANSITION_TABLE: { readonly [S in ApplicationState]: Readonly<Partial<Record<ApplicationAction, TransitionSpec>>> } = {
  draft: {
    submit: { to: 'submitted', roles: ENTERPRISE, guards: ['application_deadline_open'] },
    withdraw,
  },
  submitted: {
    recommend: { to: 'district_recommended', roles: DISTRICT, guards: [] },
    return: { to: 'returned_by_district', roles: DISTRICT, guards: [] },
    reject: { to: 'rejected', roles: DISTRICT, guards: [] },
    withdraw,
  },
  returned_by_district: {
    resubmit: { to: 'submitted', roles: ENTERPRISE, guards: ['application_deadline_open'] },
    withdraw,
  },
  district_recommended: {
    accept: { to: 'formally_accepted', roles: CITY, guards: [] },
    request_revision: { to: 'returned_for_revision', roles: CITY, guards: [] },
    reject: { to: 'rejected', roles: CITY, guards: [] },
    withdraw,
  },
  returned_for_revision: {
    resubmit: { to: 'district_recommended', roles: ENTERPRISE, guards: ['revision_deadline_open'] },
    reject: { to: 'rejected', roles: CITY, guards: [] },
    withdraw,
  },
  formally_accepted: {
    start_review: { to: 'in_expert_review', roles: CITY, guards: [] },
    withdraw,
  },
  in_expert_review: {
    complete_scoring: { to: 'scored', roles: ['city_officer', 'system'], guards: [] },
    withdraw,
  },
  scored: {
    // A city officer reopens a submitted score (with a reason): the application goes back to expert review.
    reopen_scoring: { to: 'in_expert_review', roles: CITY, guards: [] },
    shortlist: { to: 'shortlisted', roles: CITY, guards: ['quota_available'] },
    decline,
    withdraw,
  },
  shortlisted: {
    start_public_notice: { to: 'in_public_notice', roles: CITY, guards: [] },
    decline,
    withdraw,
  },
  in_public_notice: {
    // An upheld objection may send the project back to the ranking instead of taking it off the list (issue #8).
    return_to_review: { to: 'scored', roles: CITY, guards: [] },
    approve: { to: 'approved', roles: CITY, guards: ['notice_period_ended'] },
    decline,
    withdraw,
  },
  approved: {},
  not_approved: {},
  rejected: {},
  // Withdrawing is not the end: before the deadline the enterprise may edit and submit again (issue #5), keeping
  // its receipt number.
  withdrawn: {
    resubmit: { to: 'submitted', roles: ENTERPRISE, guards: ['application_deadline_open'] },
  },
};
