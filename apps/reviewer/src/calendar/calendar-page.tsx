import { DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { CalendarStatusSchema, can, type CalendarYearInput, type CalendarYearSummary, type CalendarYearView } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, toApiError, useApiQuery, useLocale, useSession } from '@shifan/ui';
import { App, Button, Card, Flex, Popconfirm, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatBeijing } from '../calls/beijing-time';
import { CALENDAR_STATUS_PATH, CALENDAR_YEARS_PATH, CalendarYearListSchema, deleteCalendarYear, fetchCalendarYear } from './calendar-api';
import { CALENDAR_TEXTS } from './calendar-texts';
import { CalendarWarningAlert } from './calendar-warning';
import { CalendarYearForm } from './calendar-year-form';
import { CalendarYearTable } from './calendar-year-table';

const PAGE_SIZE = 10;

/** 工作日历 (administrators; city officers may read): the years entered, each by month, and entering a new one. */
export function CalendarPage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const { session } = useSession();
  const manage = session ? can(session.account.role, 'calendar.manage') : false;
  const years = useApiQuery(CALENDAR_YEARS_PATH, CalendarYearListSchema);
  const status = useApiQuery(CALENDAR_STATUS_PATH, CalendarStatusSchema);
  const [shown, setShown] = useState<CalendarYearView | null>(null);
  const [editing, setEditing] = useState<{ key: number; initial: CalendarYearInput } | null>(null);
  const [failure, setFailure] = useState<ReturnType<typeof toApiError> | null>(null);
  const entered = useMemo(() => new Map((years.data ?? []).map((year) => [year.year, year.noticeNumber])), [years.data]);
  const currentYear = status.data ? Number(status.data.today.slice(0, 4)) : null;

  const open = async (year: number, edit: boolean) => {
    setFailure(null);
    try {
      const view = await fetchCalendarYear(year);
      setShown(view);
      if (edit) setEditing({ key: Date.now(), initial: { year: view.year, noticeNumber: view.noticeNumber, days: view.days } });
    } catch (caught) {
      setFailure(toApiError(caught));
    }
  };

  const startNew = () => {
    const next = status.data?.nextYear ?? (years.data?.at(-1)?.year ?? new Date().getFullYear()) + 1;
    setEditing({ key: Date.now(), initial: { year: next, noticeNumber: '', days: [{ date: `${next}-01-01`, kind: 'holiday', name: '元旦' }] } });
  };

  const remove = async (year: number) => {
    setFailure(null);
    try {
      await deleteCalendarYear(year);
      void message.success(t(CALENDAR_TEXTS.removed));
      if (shown?.year === year) setShown(null);
      years.reload();
      status.reload();
    } catch (caught) {
      setFailure(toApiError(caught));
    }
  };

  const onSaved = (saved: CalendarYearView) => {
    setEditing(null);
    setShown(saved);
    years.reload();
    status.reload();
  };

  const columns: TableColumnsType<CalendarYearSummary> = [
    { key: 'year', title: t(CALENDAR_TEXTS.year), dataIndex: 'year', width: 90 },
    { key: 'noticeNumber', title: t(CALENDAR_TEXTS.noticeNumber), dataIndex: 'noticeNumber' },
    { key: 'holidays', title: t(CALENDAR_TEXTS.holidays), dataIndex: 'holidays', width: 110 },
    { key: 'workdays', title: t(CALENDAR_TEXTS.workdays), dataIndex: 'workdays', width: 130 },
    { key: 'updatedAt', title: t(CALENDAR_TEXTS.updatedAt), width: 160, render: (_, row) => formatBeijing(row.updatedAt) },
    {
      key: 'actions',
      title: t(CALENDAR_TEXTS.actions),
      width: 250,
      render: (_, row) => (
        <Flex gap={4} wrap>
          <Button size="small" icon={<EyeOutlined />} onClick={() => void open(row.year, false)} data-testid={`calendar-view-${row.year}`}>
            {t(CALENDAR_TEXTS.view)}
          </Button>
          {manage && (
            <Button size="small" icon={<EditOutlined />} onClick={() => void open(row.year, true)} data-testid={`calendar-edit-${row.year}`}>
              {t(CALENDAR_TEXTS.edit)}
            </Button>
          )}
          {manage && currentYear !== null && row.year > currentYear && (
            <Popconfirm title={t(CALENDAR_TEXTS.removeConfirm)} okText={t(CALENDAR_TEXTS.remove)} cancelText={t(CALENDAR_TEXTS.cancel)} okButtonProps={{ danger: true }} onConfirm={() => remove(row.year)}>
              <Button size="small" danger icon={<DeleteOutlined />} data-testid={`calendar-delete-${row.year}`}>
                {t(CALENDAR_TEXTS.remove)}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeading title={CALENDAR_TEXTS.title} intro={CALENDAR_TEXTS.intro} />
      <CalendarWarningAlert status={status.data} manage={manage} onPage />
      <Flex vertical gap={24}>
        {(failure ?? years.error) && <ApiErrorAlert error={(failure ?? years.error)!} />}
        <Card
          size="small"
          title={t(CALENDAR_TEXTS.years)}
          extra={
            manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={startNew} data-testid="calendar-new-year">
                {t(CALENDAR_TEXTS.newYear)}
              </Button>
            )
          }
        >
          <Table<CalendarYearSummary>
            rowKey="year"
            size="small"
            loading={years.loading}
            columns={columns}
            dataSource={[...(years.data ?? [])].reverse()}
            pagination={{ pageSize: PAGE_SIZE, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            data-testid="calendar-years"
          />
        </Card>
        {editing && manage && (
          <Card size="small" title={t(CALENDAR_TEXTS.formTitle)} data-testid="calendar-form-card">
            <Typography.Paragraph type="secondary">{t(CALENDAR_TEXTS.formIntro)}</Typography.Paragraph>
            <CalendarYearForm key={editing.key} initial={editing.initial} entered={entered} onSaved={onSaved} />
          </Card>
        )}
        {shown && (
          <Card size="small" title={`${shown.year} · ${shown.noticeNumber}`} data-testid="calendar-shown-year">
            <CalendarYearTable year={shown.year} days={shown.days} />
          </Card>
        )}
      </Flex>
    </>
  );
}
