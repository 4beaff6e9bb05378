import { FileExcelOutlined } from '@ant-design/icons';
import { type RankingRow, type RankingView, RankingViewSchema, TRIMMED_MEAN_RULE } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, toApiError, useLocale, useOptionalQuery } from '@shifan/ui';
import { Alert, App, Button, Card, Flex, Progress, Spin, Statistic, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CallSelector, useSelectedCall } from '../review/call-selector';
import { downloadFile } from '../review/download';
import { applicationLink } from '../review/review-table';
import { rankingExportUrl, rankingPath } from './ranking-api';
import { RankingTable } from './ranking-table';
import { progressText, RANKING_TEXTS } from './ranking-texts';
import { ShortlistModal, type ShortlistChoice } from './shortlist-modal';

type Pending = RankingView['pending'][number];
const PENDING_PAGE_SIZE = 10;

/** The call id in the URL (`?callId=`), or undefined when there is none or it is not a positive integer. */
export function callIdOf(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

function PendingCard({ pending }: { pending: readonly Pending[] }) {
  const { t } = useLocale();
  const columns: TableColumnsType<Pending> = [
    {
      key: 'receipt',
      title: t(RANKING_TEXTS.receiptNo),
      render: (_, item) => <Link to={applicationLink(item.applicationId)}>{item.receiptNo ?? `#${item.applicationId}`}</Link>,
    },
    { key: 'project', title: t(RANKING_TEXTS.project), dataIndex: 'projectName' },
    {
      key: 'progress',
      title: t(RANKING_TEXTS.progress),
      render: (_, item) => (
        <Flex align="center" gap={8} style={{ minWidth: 220 }} data-testid={`pending-${item.applicationId}`} data-submitted={item.submitted} data-expected={item.expected}>
          <Progress percent={item.expected > 0 ? Math.round((item.submitted / item.expected) * 100) : 0} size="small" showInfo={false} style={{ width: 120, margin: 0 }} />
          <span>{t(progressText(item.submitted, item.expected))}</span>
        </Flex>
      ),
    },
  ];
  return (
    <Card size="small" title={t(RANKING_TEXTS.pendingTitle)} data-testid="pending-section">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t(RANKING_TEXTS.pendingIntro)}</Typography.Text>
        <Table<Pending>
          rowKey="applicationId"
          size="small"
          columns={columns}
          dataSource={[...pending]}
          locale={{ emptyText: t(RANKING_TEXTS.pendingEmpty) }}
          pagination={{ pageSize: PENDING_PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          data-testid="pending-table"
        />
      </Flex>
    </Card>
  );
}

/**
 * `/ranking?callId=`: the city officer's ranking of a call by trimmed mean, with the quota line and pass line, the
 * shortlisting decisions, the applications still being scored and the Excel export.
 */
export function RankingPage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [searchParams, setSearchParams] = useSearchParams();
  const callId = callIdOf(searchParams.get('callId'));
  const call = useSelectedCall(callId);
  const query = useOptionalQuery(callId ? rankingPath(callId) : null, RankingViewSchema);
  // A decision answers with the ranking as it now is; a newer load supersedes it.
  const [latest, setLatest] = useState<RankingView | null>(null);
  const [target, setTarget] = useState<{ row: RankingRow; decision: ShortlistChoice } | null>(null);
  const [exporting, setExporting] = useState(false);
  const ranking = latest && latest.callId === callId ? latest : query.data && query.data.callId === callId ? query.data : null;

  const chooseCall = (id: number | undefined) => {
    setLatest(null);
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      if (id === undefined) next.delete('callId');
      else next.set('callId', String(id));
      return next;
    });
  };

  const reload = () => {
    setLatest(null);
    query.reload();
  };

  const exportExcel = async () => {
    if (!callId) return;
    setExporting(true);
    try {
      await downloadFile(rankingExportUrl(callId), `ranking-${callId}.xlsx`);
      void message.success(t(RANKING_TEXTS.exported));
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeading
        title={RANKING_TEXTS.title}
        intro={RANKING_TEXTS.intro}
        extra={
          <Tooltip title={t(RANKING_TEXTS.exportHint)}>
            <Button icon={<FileExcelOutlined />} loading={exporting} disabled={!callId} onClick={() => void exportExcel()} data-testid="ranking-export">
              {t(RANKING_TEXTS.exportExcel)}
            </Button>
          </Tooltip>
        }
      />
      <Flex vertical gap={16}>
        <CallSelector callId={callId} selected={call.data} onChange={chooseCall} allowClear={false} />
        {!callId && <Alert type="info" showIcon title={t(RANKING_TEXTS.chooseCall)} />}
        {query.error && <ApiErrorAlert error={query.error} />}
        {callId && ranking && (
          <>
            <Card size="small" data-testid="ranking-summary" data-quota={ranking.quota} data-pass-line={ranking.passLine} data-shortlisted={ranking.shortlisted}>
              <Flex vertical gap={12}>
                <Flex gap={48} wrap>
                  <Statistic title={t(RANKING_TEXTS.quota)} value={ranking.quota} />
                  <Statistic title={t(RANKING_TEXTS.passLine)} value={ranking.passLine} />
                  <Statistic title={t(RANKING_TEXTS.shortlisted)} value={ranking.shortlisted} suffix={`/ ${ranking.quota}`} />
                  <Statistic title={t(RANKING_TEXTS.ranked)} value={ranking.rows.length} />
                  <Statistic title={t(RANKING_TEXTS.pendingCount)} value={ranking.pending.length} />
                </Flex>
                <Typography.Text type="secondary">{t(TRIMMED_MEAN_RULE)}</Typography.Text>
              </Flex>
            </Card>
            <RankingTable ranking={ranking} loading={query.loading} onDecide={(row, decision) => setTarget({ row, decision })} />
            <PendingCard pending={ranking.pending} />
          </>
        )}
        {callId && !ranking && query.loading && (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin size="large" />
          </Flex>
        )}
      </Flex>
      <ShortlistModal
        target={target}
        onClose={() => setTarget(null)}
        onDecided={(next) => {
          setTarget(null);
          setLatest(next);
        }}
        onStale={() => {
          setTarget(null);
          reload();
        }}
      />
    </>
  );
}
