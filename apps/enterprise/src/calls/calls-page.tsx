import { CALL_STATUSES, can, type CallStatus, PROGRAMME_CATEGORIES, ProfileViewSchema } from '@shifan/domain';
import { ApiErrorAlert, PAGE_SIZES, PageHeading, totalText, useListParams, useLocale, useNow, usePagedList, useSession, useOptionalQuery } from '@shifan/ui';
import { Col, Empty, Flex, Pagination, Row, Segmented, Select, Skeleton, Spin } from 'antd';
import { useMemo } from 'react';
import { APPLICATIONS_PATH, ApplicationListSchema } from '../applications/applications-api';
import { PROFILE_PATH } from '../profile/profile-api';
import { CallCard } from './call-card';
import { CALLS_PATH, CallPageSchema } from './calls-api';
import { CALL_STATUS_LABELS, CALLS_TEXTS } from './calls-texts';

const FILTER_KEYS = ['status', 'category', 'year'] as const;
const FIRST_YEAR = 2017;

function isStatus(value: string | undefined): value is CallStatus {
  return (CALL_STATUSES as readonly (string | undefined)[]).includes(value);
}

/** 申报批次: open calls with countdowns and a pre-check against the profile; closed and past years by filter. */
export function CallsPage() {
  const { t } = useLocale();
  const { session } = useSession();
  const now = useNow(30_000);
  const params = useListParams(FILTER_KEYS);
  const status: CallStatus = isStatus(params.filters.status) && params.filters.status !== 'draft' ? params.filters.status : 'open';
  const query = useMemo(() => ({ ...params.query, status }), [params.query, status]);
  const calls = usePagedList(CALLS_PATH, query, CallPageSchema);

  const enterprise = session !== null && can(session.account.role, 'applications.apply');
  const profile = useOptionalQuery(enterprise ? PROFILE_PATH : null, ProfileViewSchema);
  const applications = useOptionalQuery(enterprise ? APPLICATIONS_PATH : null, ApplicationListSchema);

  const years = useMemo(() => {
    const list: number[] = [];
    for (let year = now.getFullYear() + 1; year >= FIRST_YEAR; year--) list.push(year);
    return list;
  }, [now]);

  return (
    <>
      <PageHeading title={CALLS_TEXTS.title} intro={CALLS_TEXTS.intro} />
      <Flex vertical gap={16}>
        <Flex gap={12} wrap align="center">
          <Segmented<CallStatus>
            value={status}
            onChange={(value) => params.setFilters({ status: value === 'open' ? undefined : value })}
            options={(['open', 'closed'] as const).map((value) => ({ value, label: t(CALL_STATUS_LABELS[value]) }))}
            aria-label={t(CALLS_TEXTS.statusFilter)}
            data-testid="calls-status"
          />
          <Select
            allowClear
            value={params.filters.category}
            placeholder={t(CALLS_TEXTS.allCategories)}
            onChange={(category?: string) => params.setFilters({ category })}
            options={PROGRAMME_CATEGORIES.map((category) => ({ value: category.code, label: t(category.name) }))}
            style={{ width: 240 }}
            aria-label={t(CALLS_TEXTS.categoryFilter)}
            data-testid="calls-category"
          />
          <Select
            allowClear
            value={params.filters.year}
            placeholder={t(CALLS_TEXTS.allYears)}
            onChange={(year?: string) => params.setFilters({ year })}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
            style={{ width: 140 }}
            aria-label={t(CALLS_TEXTS.yearFilter)}
            data-testid="calls-year"
          />
        </Flex>
        {calls.error && <ApiErrorAlert error={calls.error} />}
        {profile.error && <ApiErrorAlert error={profile.error} />}
        {calls.data === null && calls.loading ? (
          <Skeleton active />
        ) : calls.data && calls.data.items.length > 0 ? (
          <Spin spinning={calls.loading}>
            <Row gutter={[16, 16]} data-testid="calls-list" data-total={calls.data.total}>
              {calls.data.items.map((call) => (
                <Col key={call.id} xs={24} lg={12} style={{ display: 'flex' }}>
                  <CallCard
                    call={call}
                    now={now}
                    canApply={enterprise}
                    profile={enterprise ? (profile.data?.data ?? null) : null}
                    application={applications.data?.find((application) => application.callId === call.id) ?? null}
                  />
                </Col>
              ))}
            </Row>
          </Spin>
        ) : (
          <Empty description={t(CALLS_TEXTS.none)} />
        )}
        {calls.data && calls.data.total > 0 && (
          <Flex justify="flex-end">
            <Pagination
              current={params.page}
              pageSize={params.pageSize}
              total={calls.data.total}
              showSizeChanger
              pageSizeOptions={PAGE_SIZES.map(String)}
              showTotal={(count) => t(totalText(count))}
              onChange={params.setPage}
            />
          </Flex>
        )}
      </Flex>
    </>
  );
}
