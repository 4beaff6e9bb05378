import type { WorkingCalendar } from '../calendar/working-days';
import type { IsoDate } from '../shared/iso-date';

/** Deadlines the workflow counts in working days (domain-rules.md §6; call settings `workflow`). */
export interface WorkflowDaySettings {
  workflow: { revisionWorkingDays: number; publicNoticeWorkingDays: number };
}

/** Last day to resubmit after a return on `returnedOn`: the n-th working day after it. */
export function revisionDeadlineFrom(calendar: WorkingCalendar, returnedOn: IsoDate, settings: WorkflowDaySettings): IsoDate {
  return calendar.addWorkingDays(returnedOn, settings.workflow.revisionWorkingDays);
}

/** Last day of a public notice starting on `startOn` (the start counts when it is a working day). */
export function publicNoticeEndFrom(calendar: WorkingCalendar, startOn: IsoDate, settings: WorkflowDaySettings): IsoDate {
  return calendar.workingPeriodEnd(startOn, settings.workflow.publicNoticeWorkingDays);
}
