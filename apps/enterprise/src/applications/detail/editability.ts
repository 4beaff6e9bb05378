import { type ApplicationAction, type ApplicationState, type ApplicationSummary, availableActions, beijingDate, type CallView } from '@shifan/domain';

/** States in which the enterprise may still change its application (the API's rule, mirrored to show the form). */
export const EDITABLE_STATES: readonly ApplicationState[] = ['draft', 'withdrawn', 'returned_by_district', 'returned_for_revision'];

/** Whether the form can be edited now: an editable state, and before the deadline unless returned for revision. */
export function isEditable(application: Pick<ApplicationSummary, 'state' | 'deadlineAt'>, now: Date): boolean {
  if (!EDITABLE_STATES.includes(application.state)) return false;
  return application.state === 'returned_for_revision' || now.getTime() < new Date(application.deadlineAt).getTime();
}

/** The workflow actions the enterprise may take now (submit, resubmit, withdraw), from the domain's transition table. */
export function enterpriseActions(application: Pick<ApplicationSummary, 'state'>, call: Pick<CallView, 'settings'>, now: Date): ApplicationAction[] {
  return availableActions(application.state, 'enterprise', {
    today: beijingDate(now),
    applicationDeadline: call.settings.schedule.applicationDeadline,
    revisionDeadline: null,
    quota: call.settings.quota,
    shortlistedCount: 0,
    noticeEndsOn: null,
  });
}
