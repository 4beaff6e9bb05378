import { type CalendarStatus, can } from '@shifan/domain';
import { RouterButton, useLocale, useSession } from '@shifan/ui';
import { Alert } from 'antd';
import { useCalendarStatus } from './calendar-api';
import { CALENDAR_TEXTS, warningText } from './calendar-texts';

/**
 * The warning itself, for a status already fetched (the 工作日历 page reloads its own after each change). `manage`:
 * the reader can enter years (a link to the page, unless `onPage`); otherwise they are told whom to ask.
 */
export function CalendarWarningAlert({ status, manage, onPage = false }: { status: CalendarStatus | null; manage: boolean; onPage?: boolean }) {
  const { t } = useLocale();
  if (!status?.warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 24 }}
      data-testid="calendar-warning"
      title={t(warningText(status))}
      description={manage ? onPage ? undefined : <RouterButton to="/calendar">{t(CALENDAR_TEXTS.openCalendar)}</RouterButton> : <span>{t(CALENDAR_TEXTS.contactAdmin)}</span>}
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
