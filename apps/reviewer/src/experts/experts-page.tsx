import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { ExpertView } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, toApiError, useListParams, useLocale, usePagedList, downloadText } from '@shifan/ui';
import { App, Button, Flex, Progress, Tooltip } from 'antd';
import { useCallback, useState } from 'react';
import { beijingToday } from '../calls/beijing-time';
import { ExpertFilters, EXPERT_FILTER_KEYS, expertFilterQuery } from './expert-filters';
import { ExpertModal } from './expert-modal';
import { ExpertPageSchema, EXPERTS_PATH, fetchAllExperts } from './experts-api';
import { expertsCsv } from './experts-export';
import { ExpertsTable } from './experts-table';
import { EXPERTS_TEXTS, exportedText, exportProgressText } from './experts-texts';

type ExportState = { done: number; total: number } | null;
/** Which modal is open: a new expert, or the expert being edited. */
type Editing = { kind: 'create' } | { kind: 'edit'; expert: ExpertView } | null;

/** `/experts` (city officers): the expert pool with filters, server pagination, CSV export, add and edit. */
export function ExpertsPage() {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const params = useListParams(EXPERT_FILTER_KEYS);
  const filters = expertFilterQuery(params.filters);
  const list = usePagedList(EXPERTS_PATH, { ...filters, page: params.page, pageSize: params.pageSize }, ExpertPageSchema);
  const [exporting, setExporting] = useState<ExportState>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const onEdit = useCallback((expert: ExpertView) => setEditing({ kind: 'edit', expert }), []);

  const exportCsv = async () => {
    setExporting({ done: 0, total: list.data?.total ?? 0 });
    try {
      const fetched = await fetchAllExperts(filters, (done, total) => setExporting({ done, total }));
      if (fetched.items.length === 0) {
        void message.info(t(EXPERTS_TEXTS.exportEmpty));
        return;
      }
      downloadText(expertsCsv(fetched.items, locale), `experts-${beijingToday()}.csv`);
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
        title={EXPERTS_TEXTS.title}
        intro={EXPERTS_TEXTS.intro}
        extra={
          <Flex gap={8} wrap>
            <Tooltip title={t(EXPERTS_TEXTS.exportHint)}>
              <Button icon={<DownloadOutlined />} loading={exporting !== null} onClick={() => void exportCsv()} data-testid="experts-export">
                {t(EXPERTS_TEXTS.exportCsv)}
              </Button>
            </Tooltip>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'create' })} data-testid="expert-create">
              {t(EXPERTS_TEXTS.create)}
            </Button>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <ExpertFilters params={params} />
        {exporting && exporting.total > 0 && (
          <Flex align="center" gap={12} data-testid="export-progress">
            <Progress percent={Math.round((exporting.done / exporting.total) * 100)} size="small" style={{ maxWidth: 320, margin: 0 }} />
            <span>{t(exportProgressText(exporting.done, exporting.total))}</span>
          </Flex>
        )}
        {list.error && <ApiErrorAlert error={list.error} />}
        <ExpertsTable experts={list.data?.items ?? []} total={list.data?.total ?? 0} loading={list.loading} params={params} onEdit={onEdit} />
      </Flex>
      {editing && (
        <ExpertModal
          key={editing.kind === 'edit' ? `${editing.expert.id}:${editing.expert.version}` : 'new'}
          expert={editing.kind === 'edit' ? editing.expert : null}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}
