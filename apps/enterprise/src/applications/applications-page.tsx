import { APPLICATION_STATE_LABELS, APPLICATION_STATES, type ApplicationState, type ApplicationSummary } from '@shifan/domain';
import {
  ApiErrorAlert,
  ApplicationStateTag,
  DeadlineCountdown,
  formatBeijingDeadline,
  formatDateTime,
  LIST_TEXTS,
  type ListParams,
  PageHeading,
  RouterButton,
  useApiQuery,
  useListParams,
  useLocale,
  useTablePagination,
} from '@shifan/ui';
import { Empty, Flex, Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { APPLICATIONS_PATH, ApplicationListSchema } from './applications-api';
import { APPLICATIONS_TEXTS } from './applications-texts';
import { isEditable } from './detail/editability';

const FILTER_KEYS = ['q', 'state'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

function isState(value: string | undefined): value is ApplicationState {
  return (APPLICATION_STATES as readonly (string | undefined)[]).includes(value);
}

function filterApplications(items: readonly ApplicationSummary[], filters: ListParams<FilterKey>['filters']): ApplicationSummary[] {
  const needle = filters.q?.trim().toLowerCase() ?? '';
  return items.filter(
    (item) => (!isState(filters.state) || item.state === filters.state) && (needle === '' || [item.callTitle, item.receiptNo ?? ''].some((text) => text.toLowerCase().includes(needle))),
  );
}

/** 我的申报: the enterprise's applications with their states, receipt numbers and deadlines. */
export function ApplicationsPage() {
  const { t } = useLocale();
  const params = useListParams(FILTER_KEYS);
  const list = useApiQuery(APPLICATIONS_PATH, ApplicationListSchema);
  const filtered = useMemo(() => filterApplications(list.data ?? [], params.filters), [list.data, params.filters]);
  const pagination = useTablePagination(params, filtered.length);

  const columns: TableColumnsType<ApplicationSummary> = [
    {
      key: 'call',
      title: t(APPLICATIONS_TEXTS.call),
      render: (_, item) => (
        <Link to={`/applications/${item.id}`} data-testid="application-link">
          {item.callTitle}
        </Link>
      ),
    },
    { key: 'state', title: t(APPLICATIONS_TEXTS.state), render: (_, item) => <ApplicationStateTag state={item.state} /> },
    {
      key: 'receipt',
      title: t(APPLICATIONS_TEXTS.receiptNo),
      render: (_, item) => (item.receiptNo ? <Typography.Text code data-testid="application-receipt-no">{item.receiptNo}</Typography.Text> : '—'),
    },
    {
      key: 'deadline',
      title: t(APPLICATIONS_TEXTS.deadline),
      render: (_, item) => (
        <Flex vertical gap={4} align="flex-start">
          <span>{formatBeijingDeadline(item.deadlineAt)}</span>
          {isEditable(item, new Date()) && <DeadlineCountdown deadlineAt={item.deadlineAt} />}
        </Flex>
      ),
    },
    { key: 'updated', title: t(APPLICATIONS_TEXTS.updatedAt), render: (_, item) => formatDateTime(item.updatedAt) },
    {
      key: 'actions',
      title: t(LIST_TEXTS.actions),
      render: (_, item) => (
        <Flex gap={8}>
          <RouterButton size="small" type={isEditable(item, new Date()) ? 'primary' : 'default'} to={`/applications/${item.id}`}>
            {t(isEditable(item, new Date()) ? APPLICATIONS_TEXTS.edit : APPLICATIONS_TEXTS.open)}
          </RouterButton>
          {item.receiptNo && item.submittedAt && (
            <RouterButton size="small" to={`/applications/${item.id}/receipt`}>
              {t(APPLICATIONS_TEXTS.receipt)}
            </RouterButton>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeading title={APPLICATIONS_TEXTS.title} intro={APPLICATIONS_TEXTS.intro} />
      <Flex vertical gap={16}>
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            defaultValue={params.filters.q}
            placeholder={t(APPLICATIONS_TEXTS.searchPlaceholder)}
            onSearch={(q) => params.setFilters({ q })}
            style={{ width: 300 }}
            aria-label={t(APPLICATIONS_TEXTS.searchPlaceholder)}
          />
          <Select<ApplicationState>
            allowClear
            value={isState(params.filters.state) ? params.filters.state : undefined}
            placeholder={t(APPLICATIONS_TEXTS.stateFilter)}
            onChange={(state) => params.setFilters({ state })}
            options={APPLICATION_STATES.map((state) => ({ value: state, label: t(APPLICATION_STATE_LABELS[state]) }))}
            style={{ width: 240 }}
            aria-label={t(APPLICATIONS_TEXTS.stateFilter)}
          />
        </Flex>
        {list.error && <ApiErrorAlert error={list.error} />}
        <Table<ApplicationSummary>
          rowKey="id"
          columns={columns}
          dataSource={filtered}
          loading={list.loading}
          pagination={pagination}
          scroll={{ x: 'max-content' }}
          data-testid="applications-table"
          locale={{
            emptyText: (
              <Empty description={t(APPLICATIONS_TEXTS.none)}>
                <RouterButton type="primary" to="/calls">
                  {t(APPLICATIONS_TEXTS.goToCalls)}
                </RouterButton>
              </Empty>
            ),
          }}
        />
      </Flex>
    </>
  );
}
