import { DownloadOutlined } from '@ant-design/icons';
import { ApiErrorAlert, PageHeading, toApiError, useListParams, useLocale, usePagedList, downloadText } from '@shifan/ui';
import { App, Button, Flex, Progress, Tooltip } from 'antd';
import { useState } from 'react';
import { beijingToday } from '../calls/beijing-time';
import { CITY_LIST_STATES } from './catalogue-labels';
import { CallSelector, useSelectedCall } from './call-selector';
import { CITY_APPLICATIONS_PATH, fetchAllApplications, ReviewPageSchema } from './review-api';
import { applicationsCsv } from './review-export';
import { REVIEW_FILTER_KEYS, ReviewFiltersBar, reviewFilterQuery } from './review-filters';
import { ReviewTable } from './review-table';
import { exportedText, exportProgressText, REVIEW_TEXTS } from './review-texts';

type ExportState = { done: number; total: number } | null;

/**
 * `/formal-check`: the city officer's list of recommended applications and every later stage, across districts:
 * call selector, state/district/search filters and pagination in the URL, CSV export of the filtered list.
 */
export function CityReviewPage() {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const params = useListParams(REVIEW_FILTER_KEYS);
  const filters = reviewFilterQuery(params.filters, CITY_LIST_STATES, true);
  const list = usePagedList(CITY_APPLICATIONS_PATH, { ...filters, page: params.page, pageSize: params.pageSize }, ReviewPageSchema);
  const call = useSelectedCall(filters.callId);
  const [exporting, setExporting] = useState<ExportState>(null);

  const exportCsv = async () => {
    setExporting({ done: 0, total: list.data?.total ?? 0 });
    try {
      const fetched = await fetchAllApplications(CITY_APPLICATIONS_PATH, { ...filters }, (done, total) => setExporting({ done, total }));
      if (fetched.items.length === 0) {
        void message.info(t(REVIEW_TEXTS.exportEmpty));
        return;
      }
      downloadText(applicationsCsv(fetched.items, locale), `formal-check-${beijingToday()}.csv`);
      void message.success(t(exportedText(fetched.items.length, fetched.truncated)));
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setExporting(null);
    }
  };

  return (
    <>
      <PageHeading
        title={REVIEW_TEXTS.cityTitle}
        intro={REVIEW_TEXTS.cityIntro}
        extra={
          <Tooltip title={t(REVIEW_TEXTS.exportHint)}>
            <Button icon={<DownloadOutlined />} loading={exporting !== null} onClick={() => void exportCsv()} data-testid="city-export">
              {t(REVIEW_TEXTS.exportCsv)}
            </Button>
          </Tooltip>
        }
      />
      <Flex vertical gap={16}>
        <CallSelector callId={filters.callId} selected={call.data} onChange={(callId) => params.setFilters({ callId: callId === undefined ? undefined : String(callId) })} />
        <ReviewFiltersBar params={params} states={CITY_LIST_STATES} withUnit />
        {exporting && exporting.total > 0 && (
          <Flex align="center" gap={12} data-testid="export-progress">
            <Progress percent={Math.round((exporting.done / exporting.total) * 100)} size="small" style={{ maxWidth: 320, margin: 0 }} />
            <span>{t(exportProgressText(exporting.done, exporting.total))}</span>
          </Flex>
        )}
        {list.error && <ApiErrorAlert error={list.error} />}
        <ReviewTable
          applications={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          loading={list.loading}
          params={params}
          showDistrict
          showPriority={false}
          testId="city-table"
        />
      </Flex>
    </>
  );
}
