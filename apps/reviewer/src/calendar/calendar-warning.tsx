import { type CalendarStatus, can } from '@shifan/domain';
import { RouterButton, useLocale, useSession } from '@shifan/ui';
import { Alert } from 'antd';
import { useCalendarStatus } from './calendar-api';
import { CALENDAR_TEXTS, warningText } from './calendar-texts';

/** The warning itself, for a status already fetched (the 工作日历 page reloads its own after each change). */
export function CalendarWarningAlert({ status, manage }: { status: CalendarStatus | null; manage: boolean }) {
  const { t } = useLocale();
  if (!status?.warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 24 }}
      data-testid="calendar-warning"
      title={t(warningText(status))}
      description={manage ? <RouterButton to="/calendar">{t(CALENDAR_TEXTS.openCalendar)}</RouterButton> : <span>{t(CALENDAR_TEXTS.contactAdmin)}</span>}
    />
  );
}

/**
 * The officers' warning (city officers and administrators): next year's calendar is missing from CALENDAR_WARN_FROM
 * (1 November by default, Beijing date of the server's clock), or this year's is. Nothing otherwise.
 */
export function CalendarWarning() {
  const { session } = useSession();
  const role = session?.account.role;
  const status = useCalendarStatus(role !== undefined && can(role, 'calendar.read'));
  if (!role) return null;
  return <CalendarWarningAlert status={status.data} manage={can(role, 'calendar.manage')} />;
}
