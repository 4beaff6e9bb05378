import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { ApiErrorAlert, PageHeading, RouterButton, toApiError, useListParams, useLocale, usePagedList, downloadText } from '@shifan/ui';
import { App, Button, Flex, Progress, Tooltip } from 'antd';
import { useState } from 'react';
import { beijingToday } from './beijing-time';
import { CallFilters, CALL_FILTER_KEYS, callFilterQuery } from './call-filters';
import { CallPageSchema, CALLS_PATH, fetchAllCalls } from './calls-api';
import { callsCsv } from './calls-export';
import { CallsTable } from './calls-table';
import { CALLS_TEXTS, exportedText, exportProgressText } from './calls-texts';
import { useServerNow } from './server-clock';

type ExportState = { done: number; total: number } | null;

/** The city officer's calls: filters, server pagination, status and live phase, CSV export, new call. */
export function CallsPage() {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const params = useListParams(CALL_FILTER_KEYS);
  const filters = callFilterQuery(params.filters);
  const list = usePagedList(CALLS_PATH, { ...filters, page: params.page, pageSize: params.pageSize }, CallPageSchema);
  const now = useServerNow();
  const [exporting, setExporting] = useState<ExportState>(null);

  const exportCsv = async () => {
    setExporting({ done: 0, total: list.data?.total ?? 0 });
    try {
      const fetched = await fetchAllCalls(filters, (done, total) => setExporting({ done, total }));
      if (fetched.items.length === 0) {
        void message.info(t(CALLS_TEXTS.exportEmpty));
        return;
      }
      downloadText(callsCsv(fetched.items, locale, now), `calls-${beijingToday(now)}.csv`);
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
        title={CALLS_TEXTS.title}
        intro={CALLS_TEXTS.intro}
        extra={
          <Flex gap={8} wrap>
            <Tooltip title={t(CALLS_TEXTS.exportHint)}>
              <Button icon={<DownloadOutlined />} loading={exporting !== null} onClick={() => void exportCsv()} data-testid="calls-export">
                {t(CALLS_TEXTS.exportCsv)}
              </Button>
            </Tooltip>
            <RouterButton type="primary" icon={<PlusOutlined />} to="/calls/new" data-testid="call-create">
              {t(CALLS_TEXTS.create)}
            </RouterButton>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <CallFilters params={params} now={now} />
        {exporting && exporting.total > 0 && (
          <Flex align="center" gap={12} data-testid="export-progress">
            <Progress percent={Math.round((exporting.done / exporting.total) * 100)} size="small" style={{ maxWidth: 320, margin: 0 }} />
            <span>{t(exportProgressText(exporting.done, exporting.total))}</span>
          </Flex>
        )}
        {list.error && <ApiErrorAlert error={list.error} />}
        <CallsTable calls={list.data?.items ?? []} total={list.data?.total ?? 0} loading={list.loading} params={params} now={now} />
      </Flex>
    </>
  );
}
