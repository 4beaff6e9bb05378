import { ERROR_CODES } from '../errors/error-codes';
import { APPLICATION_ACTIONS, APPLICATION_STATES, WORKFLOW_ROLES, type ApplicationAction, type ApplicationState, type WorkflowRole, isTerminalState } from './application-states';
import { type TransitionContext, availableActions, checkGuard, transition } from './transition';
import { TRANSITION_TABLE } from './transition-table';

const context: TransitionContext = {
  today: '2025-09-15',
  applicationDeadline: '2025-09-30',
  revisionDeadline: '2025-10-20',
  quota: 2,
  shortlistedCount: 0,
  noticeEndsOn: '2025-11-07',
};

function move(state: ApplicationState, action: ApplicationAction, role: WorkflowRole, overrides: Partial<TransitionContext> = {}) {
  return transition({ state, action, role, context: { ...context, ...overrides } });
}

describe('transition: the happy path', () => {
  it('walks an application from draft to approved', () => {
    const steps: [ApplicationAction, WorkflowRole, Partial<TransitionContext>][] = [
      ['submit', 'enterprise', {}],
      ['recommend', 'district_officer', {}],
      ['accept', 'city_officer', {}],
      ['start_review', 'city_officer', {}],
      ['complete_scoring', 'system', {}],
      ['shortlist', 'city_officer', {}],
      ['start_public_notice', 'city_officer', {}],
      ['approve', 'city_officer', { today: '2025-11-08' }],
    ];
    let state: ApplicationState = 'draft';
    const visited: ApplicationState[] = [state];
    for (const [action, role, overrides] of steps) {
      const result = move(state, action, role, overrides);
      if (!result.ok) throw new Error(`${action} refused: ${result.error}`);
      state = result.to;
      visited.push(state);
    }
    expect(visited).toEqual(['draft', 'submitted', 'district_recommended', 'formally_accepted', 'in_expert_review', 'scored', 'shortlisted', 'in_public_notice', 'approved']);
  });
  it('sends a district return back to the enterprise and the resubmission back to the district', () => {
    expect(move('submitted', 'return', 'district_officer')).toEqual({ ok: true, from: 'submitted', to: 'returned_by_district' });
    expect(move('returned_by_district', 'resubmit', 'enterprise')).toMatchObject({ ok: true, to: 'submitted' });
  });
  it('sends a revised application back to the city’s formal check', () => {
    expect(move('district_recommended', 'request_revision', 'city_officer')).toMatchObject({ ok: true, to: 'returned_for_revision' });
    expect(move('returned_for_revision', 'resubmit', 'enterprise')).toMatchObject({ ok: true, to: 'district_recommended' });
  });
  it('lets the district or the city reject, and the city decline after scoring or an upheld objection', () => {
    expect(move('submitted', 'reject', 'district_officer')).toMatchObject({ ok: true, to: 'rejected' });
    expect(move('district_recommended', 'reject', 'city_officer')).toMatchObject({ ok: true, to: 'rejected' });
    expect(move('scored', 'decline', 'city_officer')).toMatchObject({ ok: true, to: 'not_approved' });
    expect(move('scored', 'reopen_scoring', 'city_officer')).toMatchObject({ ok: true, to: 'in_expert_review' });
    expect(move('in_public_notice', 'return_to_review', 'city_officer')).toMatchObject({ ok: true, to: 'scored' });
    expect(move('scored', 'reopen_scoring', 'expert')).toEqual({ ok: false, error: 'ROLE_NOT_ALLOWED' });
    expect(move('in_public_notice', 'decline', 'city_officer')).toMatchObject({ ok: true, to: 'not_approved' });
  });
  it('lets the enterprise withdraw from every open state', () => {
    for (const state of APPLICATION_STATES.filter((candidate) => !isTerminalState(candidate) && candidate !== 'withdrawn')) {
      expect(move(state, 'withdraw', 'enterprise')).toMatchObject({ ok: true, to: 'withdrawn' });
    }
  });
  it('lets the enterprise submit a withdrawn application again before the deadline, and not after', () => {
    expect(move('withdrawn', 'resubmit', 'enterprise')).toMatchObject({ ok: true, to: 'submitted' });
    expect(move('withdrawn', 'resubmit', 'enterprise', { today: '2025-10-01' })).toMatchObject({ ok: false });
    expect(move('withdrawn', 'withdraw', 'enterprise')).toEqual({ ok: false, error: 'ILLEGAL_TRANSITION' });
  });
});

describe('transition: refusals with typed error codes', () => {
  it('refuses any action on a closed application', () => {
    for (const state of ['approved', 'not_approved', 'rejected'] as const) {
      expect(move(state, 'withdraw', 'enterprise')).toEqual({ ok: false, error: 'APPLICATION_CLOSED' });
    }
  });
  it('refuses an action the state does not offer', () => {
    expect(move('draft', 'approve', 'city_officer')).toEqual({ ok: false, error: 'ILLEGAL_TRANSITION' });
    expect(move('scored', 'submit', 'enterprise')).toEqual({ ok: false, error: 'ILLEGAL_TRANSITION' });
  });
  it('refuses the wrong role', () => {
    expect(move('submitted', 'recommend', 'enterprise')).toEqual({ ok: false, error: 'ROLE_NOT_ALLOWED' });
    expect(move('submitted', 'recommend', 'city_officer')).toEqual({ ok: false, error: 'ROLE_NOT_ALLOWED' });
    expect(move('in_expert_review', 'complete_scoring', 'expert')).toEqual({ ok: false, error: 'ROLE_NOT_ALLOWED' });
    expect(move('draft', 'withdraw', 'district_officer')).toEqual({ ok: false, error: 'ROLE_NOT_ALLOWED' });
  });
  it('refuses a submission after the deadline day, but not on it', () => {
    expect(move('draft', 'submit', 'enterprise', { today: '2025-09-30' }).ok).toBe(true);
    expect(move('draft', 'submit', 'enterprise', { today: '2025-10-01' })).toEqual({ ok: false, error: 'APPLICATION_DEADLINE_PASSED' });
    expect(move('returned_by_district', 'resubmit', 'enterprise', { today: '2025-10-01' })).toEqual({ ok: false, error: 'APPLICATION_DEADLINE_PASSED' });
  });
  it('refuses a revision after its deadline; no deadline means none', () => {
    expect(move('returned_for_revision', 'resubmit', 'enterprise', { today: '2025-10-21' })).toEqual({ ok: false, error: 'REVISION_DEADLINE_PASSED' });
    expect(move('returned_for_revision', 'resubmit', 'enterprise', { today: '2025-10-21', revisionDeadline: null }).ok).toBe(true);
  });
  it('refuses to shortlist beyond the quota', () => {
    expect(move('scored', 'shortlist', 'city_officer', { shortlistedCount: 1 }).ok).toBe(true);
    expect(move('scored', 'shortlist', 'city_officer', { shortlistedCount: 2 })).toEqual({ ok: false, error: 'QUOTA_REACHED' });
  });
  it('refuses approval before the public notice has ended or started', () => {
    expect(move('in_public_notice', 'approve', 'city_officer', { today: '2025-11-07' })).toEqual({ ok: false, error: 'NOTICE_PERIOD_NOT_ENDED' });
    expect(move('in_public_notice', 'approve', 'city_officer', { today: '2025-12-01', noticeEndsOn: null })).toEqual({ ok: false, error: 'NOTICE_PERIOD_NOT_ENDED' });
  });
  it('maps every workflow error to an API error code with a status', () => {
    for (const code of ['APPLICATION_CLOSED', 'ILLEGAL_TRANSITION', 'ROLE_NOT_ALLOWED', 'APPLICATION_DEADLINE_PASSED', 'REVISION_DEADLINE_PASSED', 'QUOTA_REACHED', 'NOTICE_PERIOD_NOT_ENDED'] as const) {
      expect(ERROR_CODES[code].status).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('the transition table', () => {
  it('has no way out of terminal states and a way out of every open state', () => {
    for (const state of APPLICATION_STATES) {
      expect(Object.keys(TRANSITION_TABLE[state]).length === 0).toBe(isTerminalState(state));
    }
  });
  it('reaches every state from draft', () => {
    const reached = new Set<ApplicationState>(['draft']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const state of [...reached]) {
        for (const spec of Object.values(TRANSITION_TABLE[state])) {
          if (spec && !reached.has(spec.to)) {
            reached.add(spec.to);
            grew = true;
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...APPLICATION_STATES].sort());
  });
  it('gives the same answer as a direct lookup for every state × action × role', () => {
    for (const state of APPLICATION_STATES) {
      for (const action of APPLICATION_ACTIONS) {
        for (const role of WORKFLOW_ROLES) {
          const spec = TRANSITION_TABLE[state][action];
          const result = move(state, action, role, { today: '2025-09-01', noticeEndsOn: '2025-08-31' });
          if (isTerminalState(state)) expect(result).toEqual({ ok: false, error: 'APPLICATION_CLOSED' });
          else if (!spec) expect(result).toEqual({ ok: false, error: 'ILLEGAL_TRANSITION' });
          else if (!spec.roles.includes(role)) expect(result).toEqual({ ok: false, error: 'ROLE_NOT_ALLOWED' });
          else expect(result).toEqual({ ok: true, from: state, to: spec.to });
        }
      }
    }
  });
});

describe('availableActions and checkGuard', () => {
  it('lists what a role may do now', () => {
    expect(availableActions('submitted', 'district_officer', context)).toEqual(['recommend', 'return', 'reject']);
    expect(availableActions('draft', 'enterprise', context)).toEqual(['submit', 'withdraw']);
    expect(availableActions('draft', 'enterprise', { ...context, today: '2025-10-01' })).toEqual(['withdraw']);
    expect(availableActions('approved', 'city_officer', context)).toEqual([]);
  });
  it('checks each guard on its own', () => {
    expect(checkGuard('quota_available', { ...context, quota: 0 })).toBe('QUOTA_REACHED');
    expect(checkGuard('notice_period_ended', { ...context, today: '2025-11-08' })).toBeUndefined();
  });
});
