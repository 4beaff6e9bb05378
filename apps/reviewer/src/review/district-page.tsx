import { FileExcelOutlined } from '@ant-design/icons';
import { unitRecommendationQuota } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, toApiError, useListParams, useLocale, usePagedList, useSession } from '@shifan/ui';
import { Alert, App, Button, Flex, Tooltip } from 'antd';
import { useState } from 'react';
import { DISTRICT_LIST_STATES } from './catalogue-labels';
import { CallSelector, useSelectedCall } from './call-selector';
import { downloadFile } from './download';
import { RecommendedList } from './recommended-list';
import { DISTRICT_APPLICATIONS_PATH, districtExportUrl, ReviewPageSchema } from './review-api';
import { REVIEW_FILTER_KEYS, ReviewFiltersBar, reviewFilterQuery } from './review-filters';
import { ReviewTable } from './review-table';
import { REVIEW_TEXTS } from './review-texts';

/**
 * `/district`: the recommending-unit officer's preliminary review (推荐单位初审). A call selector, the unit's applications
 * (filters and pagination in the URL), the recommended list in priority order and its Excel export.
 */
export function DistrictReviewPage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const params = useListParams(REVIEW_FILTER_KEYS);
  const filters = reviewFilterQuery(params.filters, DISTRICT_LIST_STATES, false);
  const list = usePagedList(DISTRICT_APPLICATIONS_PATH, { ...filters, page: params.page, pageSize: params.pageSize }, ReviewPageSchema);
  const call = useSelectedCall(filters.callId);
  const unitCode = useSession().session?.account.recommendingUnitCode ?? null;
  const review = call.data?.settings.review;
  const quota = review && unitCode ? unitRecommendationQuota(review, unitCode) : null;
  const [exporting, setExporting] = useState(false);

  const exportRecommended = async () => {
    if (!filters.callId) return;
    setExporting(true);
    try {
      await downloadFile(districtExportUrl(filters.callId), `recommended-${filters.callId}.xlsx`);
      void message.success(t(REVIEW_TEXTS.exported));
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeading
        title={REVIEW_TEXTS.districtTitle}
        intro={REVIEW_TEXTS.districtIntro}
        extra={
          <Tooltip title={t(filters.callId ? REVIEW_TEXTS.exportRecommendedHint : REVIEW_TEXTS.chooseCallFirst)}>
            <Button icon={<FileExcelOutlined />} loading={exporting} disabled={!filters.callId} onClick={() => void exportRecommended()} data-testid="district-export">
              {t(REVIEW_TEXTS.exportRecommended)}
            </Button>
          </Tooltip>
        }
      />
      <Flex vertical gap={16}>
        <CallSelector callId={filters.callId} selected={call.data} onChange={(callId) => params.setFilters({ callId: callId === undefined ? undefined : String(callId) })} />
        {filters.callId ? (
          <RecommendedList key={filters.callId} callId={filters.callId} quota={quota} onReordered={list.reload} />
        ) : (
          <Alert type="info" showIcon title={t(REVIEW_TEXTS.chooseCallForRecommended)} />
        )}
        <ReviewFiltersBar params={params} states={DISTRICT_LIST_STATES} withUnit={false} />
        {list.error && <ApiErrorAlert error={list.error} />}
        <ReviewTable
          applications={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          loading={list.loading}
          params={params}
          showDistrict={false}
          showPriority
          testId="district-table"
        />
      </Flex>
    </>
  );
}
