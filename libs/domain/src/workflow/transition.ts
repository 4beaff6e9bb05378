import type { ErrorCode } from '../errors/error-codes';
import { type IsoDate, compareIsoDates } from '../shared/iso-date';
import { type ApplicationAction, type ApplicationState, type WorkflowRole, APPLICATION_ACTIONS, isTerminalState } from './application-states';
import { TRANSITION_TABLE, type TransitionGuard, type TransitionSpec } from './transition-table';

/** The error codes an illegal move returns (each is in ERROR_CODES with its HTTP status). */
export type WorkflowErrorCode = Extract<
  ErrorCode,
  | 'APPLICATION_CLOSED'
  | 'ILLEGAL_TRANSITION'
  | 'ROLE_NOT_ALLOWED'
  | 'APPLICATION_DEADLINE_PASSED'
  | 'REVISION_DEADLINE_PASSED'
  | 'QUOTA_REACHED'
  | 'NOTICE_PERIOD_NOT_ENDED'
>;

/** What the guards need to know, as of `today` (a Beijing date; see `beijingDate`). */
export interface TransitionContext {
  today: IsoDate;
  /** The call's last day to submit (inclusive). */
  applicationDeadline: IsoDate;
  /** Last day to resubmit after `request_revision` (inclusive); `null` when the officer set none. */
  revisionDeadline: IsoDate | null;
  quota: number;
  /** Applications of the call already shortlisted, in public notice or approved. */
  shortlistedCount: number;
  /** Last day of the public notice (inclusive); `null` when none has started. */
  noticeEndsOn: IsoDate | null;
}

export interface TransitionRequest {
  state: ApplicationState;
  action: ApplicationAction;
  role: WorkflowRole;
  context: TransitionContext;
}

export type TransitionResult = { ok: true; from: ApplicationState; to: ApplicationState } | { ok: false; error: WorkflowErrorCode };

/** `undefined` when the guard holds, else the error it raises. Exhaustive over TransitionGuard. */
export function checkGuard(guard: TransitionGuard, context: TransitionContext): WorkflowErrorCode | undefined {
  switch (guard) {
    case 'application_deadline_open':
      return compareIsoDates(context.today, context.applicationDeadline) <= 0 ? undefined : 'APPLICATION_DEADLINE_PASSED';
    case 'revision_deadline_open':
      return context.revisionDeadline === null || compareIsoDates(context.today, context.revisionDeadline) <= 0 ? undefined : 'REVISION_DEADLINE_PASSED';
    case 'quota_available':
      return context.shortlistedCount < context.quota ? undefined : 'QUOTA_REACHED';
    case 'notice_period_ended':
      return context.noticeEndsOn !== null && compareIsoDates(context.today, context.noticeEndsOn) > 0 ? undefined : 'NOTICE_PERIOD_NOT_ENDED';
    /* istanbul ignore next -- unreachable: the compiler proves the switch exhaustive */
    default: {
      const unreachable: never = guard;
      return unreachable;
    }
  }
}

function findSpec(state: ApplicationState, action: ApplicationAction): TransitionSpec | undefined {
  return TRANSITION_TABLE[state][action];
}

/**
 * Applies an action: the next state, or the typed reason it is refused. Checks, in order: closed application,
 * action not possible in the state, role, then each guard.
 */
export function transition({ state, action, role, context }: TransitionRequest): TransitionResult {
  if (isTerminalState(state)) return { ok: false, error: 'APPLICATION_CLOSED' };
  const spec = findSpec(state, action);
  if (!spec) return { ok: false, error: 'ILLEGAL_TRANSITION' };
  if (!spec.roles.includes(role)) return { ok: false, error: 'ROLE_NOT_ALLOWED' };
  for (const guard of spec.guards) {
    const error = checkGuard(guard, context);
    if (error) return { ok: false, error };
  }
  return { ok: true, from: state, to: spec.to };
}

/** The actions a role may take on an application now (guards included), e.g. to show buttons. */
export function availableActions(state: ApplicationState, role: WorkflowRole, context: TransitionContext): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => transition({ state, action, role, context }).ok);
}
