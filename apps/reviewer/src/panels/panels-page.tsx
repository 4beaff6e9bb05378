import { CallViewSchema, type PanelView } from '@shifan/domain';
import { ApiErrorAlert, formatBeijingDateTime, PageHeading, totalText, useApiQuery, useLocale, useOptionalQuery } from '@shifan/ui';
import { Card, Empty, Flex, Progress, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CALLS_PATH, CallPageSchema, callPath } from '../calls/calls-api';
import { CreatePanelForm } from './create-panel-form';
import { callPanelsPath, PanelListSchema } from './panels-api';
import { PANEL_STATUS_LABELS, PANELS_TEXTS } from './panels-texts';

/** The calls to choose from: the API's largest page, newest deadline first. */
const CALL_OPTIONS_URL = `${CALLS_PATH}?page=1&pageSize=200`;

function positiveId(value: string | null): number | null {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** A panel's status as a tag (待抽取 / 已抽取). */
export function PanelStatusTag({ status }: { status: PanelView['status'] }) {
  const { t } = useLocale();
  return (
    <Tag color={status === 'drawn' ? 'success' : 'gold'} data-testid="panel-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(PANEL_STATUS_LABELS[status])}
    </Tag>
  );
}

/** Submitted scores of all expected, as a small bar. */
export function PanelProgress({ progress }: { progress: PanelView['progress'] }) {
  const percent = progress.expected === 0 ? 0 : Math.round((progress.submitted / progress.expected) * 100);
  return (
    <Flex align="center" gap={8} style={{ minWidth: 180 }} data-testid="panel-progress-bar" data-submitted={progress.submitted} data-expected={progress.expected}>
      <Progress percent={percent} size="small" showInfo={false} style={{ margin: 0, width: 100 }} />
      <span>
        {progress.submitted} / {progress.expected}
      </span>
    </Flex>
  );
}

/** `/panels?callId=` (city officers): a call's panels with their progress, and the form to create a new one. */
export function PanelsPage() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const callId = positiveId(search.get('callId'));
  const calls = useApiQuery(CALL_OPTIONS_URL, CallPageSchema);
  const call = useOptionalQuery(callId ? callPath(callId) : null, CallViewSchema);
  const panels = useOptionalQuery(callId ? callPanelsPath(callId) : null, PanelListSchema);

  const callOptions = useMemo(() => {
    const options = (calls.data?.items ?? []).map((item) => ({ value: item.id, label: `${item.title}（${item.year}）` }));
    // A call beyond the first page (linked to directly) still shows by its title.
    if (call.data && !options.some((option) => option.value === call.data?.id)) options.unshift({ value: call.data.id, label: `${call.data.title}（${call.data.year}）` });
    return options;
  }, [calls.data, call.data]);

  const columns = useMemo<TableColumnsType<PanelView>>(
    () => [
      {
        key: 'name',
        title: t(PANELS_TEXTS.name),
        render: (_, panel) => (
          <Link to={`/panels/${panel.id}`} data-testid={`panel-link-${panel.id}`}>
            {panel.name}
          </Link>
        ),
      },
      { key: 'status', title: t(PANELS_TEXTS.status), render: (_, panel) => <PanelStatusTag status={panel.status} /> },
      { key: 'size', title: t(PANELS_TEXTS.size), dataIndex: 'size', align: 'right' },
      { key: 'applications', title: t(PANELS_TEXTS.applications), render: (_, panel) => panel.applications.length, align: 'right' },
      {
        key: 'members',
        title: t(PANELS_TEXTS.members),
        render: (_, panel) => (panel.status === 'drawn' ? panel.members.filter((member) => !member.declined).length : '—'),
        align: 'right',
      },
      { key: 'progress', title: t(PANELS_TEXTS.progress), render: (_, panel) => <PanelProgress progress={panel.progress} /> },
      { key: 'committedAt', title: t(PANELS_TEXTS.committedAt), render: (_, panel) => formatBeijingDateTime(panel.committedAt) },
      { key: 'drawnAt', title: t(PANELS_TEXTS.drawnAt), render: (_, panel) => formatBeijingDateTime(panel.drawnAt) },
    ],
    [t],
  );

  return (
    <>
      <PageHeading title={PANELS_TEXTS.title} intro={PANELS_TEXTS.intro} />
      <Flex vertical gap={16}>
        <Flex align="center" gap={12} wrap>
          <Typography.Text strong>{t(PANELS_TEXTS.call)}</Typography.Text>
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            value={callId ?? undefined}
            placeholder={t(PANELS_TEXTS.callPlaceholder)}
            aria-label={t(PANELS_TEXTS.call)}
            options={callOptions}
            loading={calls.loading}
            onChange={(id) => setSearch(id ? { callId: String(id) } : {})}
            popupMatchSelectWidth={false}
            style={{ minWidth: 320, maxWidth: '100%' }}
            data-testid="panel-call-select"
          />
        </Flex>
        {calls.error && <ApiErrorAlert error={calls.error} />}
        {callId === null && <Empty description={t(PANELS_TEXTS.chooseCall)} />}
        {call.error && <ApiErrorAlert error={call.error} />}
        {callId !== null && (
          <Card title={t(PANELS_TEXTS.panels)} size="small">
            {panels.error && <ApiErrorAlert error={panels.error} />}
            <Table<PanelView>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={panels.data ?? []}
              loading={panels.loading}
              locale={{ emptyText: t(PANELS_TEXTS.noPanels) }}
              pagination={{ defaultPageSize: 10, showSizeChanger: true, showTotal: (count) => t(totalText(count)), hideOnSinglePage: false }}
              scroll={{ x: 'max-content' }}
              data-testid="panels-table"
            />
          </Card>
        )}
        {call.data && call.data.id === callId && (
          <CreatePanelForm key={call.data.id} call={call.data} panels={panels.data ?? []} onCreated={(panel) => void navigate(`/panels/${panel.id}`)} />
        )}
      </Flex>
    </>
  );
}
