import { ArrowLeftOutlined, BellOutlined, FilePdfOutlined, LockOutlined, SafetyCertificateOutlined, ThunderboltOutlined, UnlockOutlined } from '@ant-design/icons';
import { type CallView, CallViewSchema, type PanelView, PanelViewSchema } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, formatBeijingDateTime, NotFoundPage, PageHeading, RouterButton, toApiError, useLocale, useOptionalQuery } from '@shifan/ui';
import { Alert, App, Button, Card, Descriptions, Flex, Spin, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { callPath } from '../calls/calls-api';
import { FieldTags } from '../experts/field-options';
import { ExclusionsCard, MembersTable, ProgressTable, ReplayResult } from './panel-sections';
import { drawPanel, type PanelReplay, panelPath, panelSummaryPdfPath, remindPanel, replayPanel } from './panels-api';
import { PanelProgress, PanelStatusTag } from './panels-page';
import { PANEL_TEXTS, panelTitleText, progressText, remindedText, reservesText } from './panels-texts';

function positiveId(value: string | undefined): number | null {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The seed's commitment before the draw, and the seed itself after it. */
function SeedCard({ panel }: { panel: PanelView }) {
  const { t } = useLocale();
  const drawn = panel.status === 'drawn';
  return (
    <Alert
      type={drawn ? 'success' : 'info'}
      showIcon
      icon={drawn ? <UnlockOutlined /> : <LockOutlined />}
      title={t(drawn ? PANEL_TEXTS.revealedTitle : PANEL_TEXTS.commitTitle)}
      description={
        <Flex vertical gap={8}>
          <span>{t(drawn ? PANEL_TEXTS.revealedExplain : PANEL_TEXTS.commitExplain)}</span>
          <Flex vertical gap={2}>
            <Typography.Text strong>{t(PANEL_TEXTS.seedHash)}</Typography.Text>
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="panel-seed-hash">
              {panel.seedHash}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(PANEL_TEXTS.committedAt)}: {formatBeijingDateTime(panel.committedAt, true)}
            </Typography.Text>
          </Flex>
          {drawn && panel.seed !== null && (
            <Flex vertical gap={2}>
              <Typography.Text strong>{t(PANEL_TEXTS.seed)}</Typography.Text>
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="panel-seed">
                {panel.seed}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(PANEL_TEXTS.drawnAt)}: {formatBeijingDateTime(panel.drawnAt, true)}
              </Typography.Text>
            </Flex>
          )}
        </Flex>
      }
      data-testid="panel-seed-card"
      data-status={panel.status}
    />
  );
}

function Overview({ panel, call }: { panel: PanelView; call: CallView | null }) {
  const { t } = useLocale();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'call', label: t(PANEL_TEXTS.call), children: call ? call.title : `#${panel.callId}` },
        { key: 'status', label: t(PANEL_TEXTS.status), children: <PanelStatusTag status={panel.status} /> },
        { key: 'size', label: t(PANEL_TEXTS.size), children: panel.size },
        {
          key: 'requiredFields',
          label: t(PANEL_TEXTS.requiredFields),
          children: panel.requiredFields.length > 0 ? <FieldTags codes={panel.requiredFields} /> : t(PANEL_TEXTS.noRequiredFields),
        },
        ...(panel.status === 'drawn'
          ? [
              { key: 'candidates', label: t(PANEL_TEXTS.candidates), children: <span data-testid="panel-candidates">{panel.candidateCount}</span> },
              {
                key: 'reserves',
                label: (
                  <Tooltip title={t(PANEL_TEXTS.reservesHint)}>
                    <span style={{ textDecoration: 'underline dotted', cursor: 'help' }}>{t(PANEL_TEXTS.reserves)}</span>
                  </Tooltip>
                ),
                children: (
                  <span data-testid="panel-reserves" data-count={panel.reserves.length}>
                    {t(reservesText(panel.reserves.length))}
                  </span>
                ),
              },
              {
                key: 'progress',
                label: t(PANEL_TEXTS.progress),
                children: (
                  <Tooltip title={t(progressText(panel.progress.submitted, panel.progress.expected))}>
                    <span>
                      <PanelProgress progress={panel.progress} />
                    </span>
                  </Tooltip>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * `/panels/:id` (city officers): the committed seed hash, the draw, then the revealed seed, members, 回避 with
 * reasons, reserves, the replay check, per-application progress, reminders and the PDFs to sign.
 */
export function PanelPage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const id = positiveId(useParams().id);
  const query = useOptionalQuery(id ? panelPath(id) : null, PanelViewSchema);
  const [latest, setLatest] = useState<PanelView | null>(null);
  const [drawing, setDrawing] = useState(false);
  const [drawError, setDrawError] = useState<ApiError | null>(null);
  const [replaying, setReplaying] = useState(false);
  const [replay, setReplay] = useState<PanelReplay | null>(null);
  const [replayError, setReplayError] = useState<ApiError | null>(null);
  const [reminding, setReminding] = useState(false);
  const [reminded, setReminded] = useState<number | null>(null);
  // The draw answers with the drawn panel; a reload (or a newer answer) supersedes it.
  const panel = latest && query.data && latest.id === query.data.id ? latest : query.data;
  const call = useOptionalQuery(panel ? callPath(panel.callId) : null, CallViewSchema);

  if (id === null) return <NotFoundPage />;
  if (query.error?.status === 404) return <NotFoundPage />;

  const reload = () => {
    setLatest(null);
    query.reload();
  };

  const draw = async () => {
    if (!panel) return;
    setDrawing(true);
    setDrawError(null);
    try {
      const drawn = await drawPanel(panel.id);
      setLatest(drawn);
      void message.success(t(PANEL_TEXTS.drawn));
    } catch (caught) {
      const error = toApiError(caught);
      setDrawError(error);
      if (error.code === 'PANEL_ALREADY_DRAWN') reload();
    } finally {
      setDrawing(false);
    }
  };

  const runReplay = async () => {
    if (!panel) return;
    setReplaying(true);
    setReplayError(null);
    setReplay(null);
    try {
      setReplay(await replayPanel(panel.id));
    } catch (caught) {
      setReplayError(toApiError(caught));
    } finally {
      setReplaying(false);
    }
  };

  const remind = async () => {
    if (!panel) return;
    setReminding(true);
    try {
      const answer = await remindPanel(panel.id);
      setReminded(answer.reminded);
      void message.success(t(remindedText(answer.reminded)));
    } catch (caught) {
      void message.error(toApiError(caught).message);
    } finally {
      setReminding(false);
    }
  };

  const backTo = panel ? `/panels?callId=${panel.callId}` : '/panels';
  return (
    <>
      <PageHeading
        title={panel ? panelTitleText(panel.name) : PANEL_TEXTS.heading}
        intro={call.data ? { zh: call.data.title, en: call.data.title } : undefined}
        extra={
          <Flex gap={8} wrap>
            <RouterButton icon={<ArrowLeftOutlined />} to={backTo}>
              {t(PANEL_TEXTS.back)}
            </RouterButton>
            {panel && (
              <Button icon={<FilePdfOutlined />} href={panelSummaryPdfPath(panel.id)} target="_blank" rel="noopener" data-testid="panel-summary-pdf">
                {t(PANEL_TEXTS.summaryPdf)}
              </Button>
            )}
          </Flex>
        }
      />
      {query.error && (
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <span>{t(PANEL_TEXTS.loadFailed)}</span>
          <ApiErrorAlert error={query.error} />
        </Flex>
      )}
      {!panel && query.loading && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin size="large" />
        </Flex>
      )}
      {panel && (
        <Flex vertical gap={16} data-testid="panel-page" data-status={panel.status}>
          <Overview panel={panel} call={call.data} />
          <SeedCard panel={panel} />

          {panel.status === 'committed' && (
            <Card size="small">
              <Flex align="center" justify="space-between" gap={12} wrap>
                <Typography.Text type="secondary" style={{ maxWidth: 720 }}>
                  {t(PANEL_TEXTS.drawHint)}
                </Typography.Text>
                <Button type="primary" size="large" icon={<ThunderboltOutlined />} loading={drawing} onClick={() => void draw()} data-testid="panel-draw">
                  {t(PANEL_TEXTS.draw)}
                </Button>
              </Flex>
              {drawError && (
                <div style={{ marginTop: 12 }} data-testid="panel-draw-error">
                  <ApiErrorAlert error={drawError} />
                </div>
              )}
            </Card>
          )}

          {panel.status === 'drawn' && (
            <>
              <ExclusionsCard panel={panel} />
              <Card title={t(PANEL_TEXTS.members)}>
                <MembersTable panel={panel} onChanged={setLatest} />
              </Card>
              <Card
                title={t(PANEL_TEXTS.replay)}
                extra={
                  <Button icon={<SafetyCertificateOutlined />} loading={replaying} onClick={() => void runReplay()} data-testid="panel-replay">
                    {t(PANEL_TEXTS.replay)}
                  </Button>
                }
              >
                <Flex vertical gap={8}>
                  <Typography.Text type="secondary">{t(PANEL_TEXTS.revealedExplain)}</Typography.Text>
                  {replay && <ReplayResult panel={panel} replay={replay} />}
                  {replayError && <ApiErrorAlert error={replayError} />}
                </Flex>
              </Card>
            </>
          )}

          <Card
            title={t(PANEL_TEXTS.progress)}
            extra={
              panel.status === 'drawn' ? (
                <Flex align="center" gap={12} wrap>
                  {reminded !== null && (
                    <Typography.Text type="success" data-testid="panel-reminded" data-count={reminded}>
                      {t(remindedText(reminded))}
                    </Typography.Text>
                  )}
                  <Tooltip title={t(PANEL_TEXTS.remindHint)}>
                    <Button icon={<BellOutlined />} loading={reminding} onClick={() => void remind()} data-testid="panel-remind">
                      {t(PANEL_TEXTS.remind)}
                    </Button>
                  </Tooltip>
                </Flex>
              ) : undefined
            }
          >
            <ProgressTable panel={panel} />
          </Card>
        </Flex>
      )}
    </>
  );
}
