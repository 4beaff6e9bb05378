import { type ObjectionView, RankingViewSchema } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, useLocale, useOptionalQuery } from '@shifan/ui';
import { Alert, Button, Card, Flex, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { rankingPath } from '../ranking/ranking-api';
import { callIdOf } from '../ranking/ranking-page';
import { CallSelector, useSelectedCall } from '../review/call-selector';
import { ApprovedListCard } from './approved-list-card';
import { NoticeCard } from './notice-card';
import { NoticeForm } from './notice-form';
import { type ObjectionAction, ObjectionDecisionModal } from './objection-decision-modal';
import { ObjectionsTable } from './objections-table';
import { ShortlistCard } from './shortlist-card';
import { ObjectionListSchema, objectionsPath } from './publication-api';
import { PUBLICATION_TEXTS } from './publication-texts';
import { useCallNotice } from './use-call-notice';

/** After a 409 on a case: someone else moved it meanwhile; nothing was saved, reload before acting again. */
function StaleObjectionModal({ open, onReload }: { open: boolean; onReload: () => void }) {
  const { t } = useLocale();
  return (
    <Modal
      open={open}
      title={t(PUBLICATION_TEXTS.staleTitle)}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      modalRender={(node) => <div data-testid="stale-version-modal">{node}</div>}
      footer={
        <Button type="primary" onClick={onReload} data-testid="stale-reload">
          {t(PUBLICATION_TEXTS.reload)}
        </Button>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t(PUBLICATION_TEXTS.staleText)}</Typography.Paragraph>
    </Modal>
  );
}

/**
 * `/publication?callId=`: the city officer's 公示 of a call's shortlist — publishing the notice with its period in
 * working days, handling the objections filed during it, and publishing the approved list (认定名单) afterwards.
 */
export function PublicationPage() {
  const { t } = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const callId = callIdOf(searchParams.get('callId'));
  const call = useSelectedCall(callId);
  const ranking = useOptionalQuery(callId ? rankingPath(callId) : null, RankingViewSchema);
  const lookup = useCallNotice(callId);
  const notice = lookup.notice;
  const objections = useOptionalQuery(notice ? objectionsPath(notice.id) : null, ObjectionListSchema);
  const [target, setTarget] = useState<{ objection: ObjectionView; action: ObjectionAction } | null>(null);
  const [stale, setStale] = useState(false);

  const currentRanking = ranking.data && ranking.data.callId === callId ? ranking.data : null;
  const shortlist = currentRanking ? [...currentRanking.rows].filter((row) => row.decision === 'shortlisted').sort((a, b) => a.rank - b.rank) : [];
  const currentObjections = notice && objections.data && objections.data.every((objection) => objection.noticeId === notice.id) ? objections.data : null;
  const currentCall = call.data && call.data.id === callId ? call.data : null;

  const chooseCall = (id: number | undefined) => {
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      if (id === undefined) next.delete('callId');
      else next.set('callId', String(id));
      return next;
    });
  };

  /** A decision or publication changes the notice (withdrawn projects, counts), the cases and the applications' states. */
  const reloadAll = () => {
    lookup.reload();
    objections.reload();
    ranking.reload();
  };

  return (
    <>
      <PageHeading title={PUBLICATION_TEXTS.title} intro={PUBLICATION_TEXTS.intro} />
      <Flex vertical gap={16}>
        <div data-testid="publication-call-select">
          <CallSelector callId={callId} selected={currentCall} onChange={chooseCall} allowClear={false} />
        </div>
        {!callId && <Alert type="info" showIcon title={t(PUBLICATION_TEXTS.chooseCall)} />}
        {call.error && <ApiErrorAlert error={call.error} />}
        {ranking.error && <ApiErrorAlert error={ranking.error} />}
        {lookup.error && <ApiErrorAlert error={lookup.error} />}
        {callId && <ShortlistCard callId={callId} rows={shortlist} loading={ranking.loading} />}
        {callId && lookup.loading && !notice && (
          <Flex justify="center" align="center" gap={12} style={{ padding: 32 }}>
            <Spin />
            <Typography.Text type="secondary">{t(PUBLICATION_TEXTS.loadingNotice)}</Typography.Text>
          </Flex>
        )}
        {callId && !lookup.loading && !lookup.error && !notice && currentCall && (
          <NoticeForm
            key={currentCall.id}
            call={currentCall}
            shortlisted={currentRanking ? shortlist.length : null}
            onPublished={(published) => {
              lookup.adopt(published);
              ranking.reload();
            }}
          />
        )}
        {callId && notice && (
          <>
            <NoticeCard notice={notice} />
            <Card size="small" title={t(PUBLICATION_TEXTS.objectionsTitle)}>
              <Flex vertical gap={12}>
                <Typography.Text type="secondary">{t(PUBLICATION_TEXTS.objectionsIntro)}</Typography.Text>
                {objections.error && <ApiErrorAlert error={objections.error} />}
                <ObjectionsTable objections={currentObjections ?? []} loading={objections.loading} onAct={(objection, action) => setTarget({ objection, action })} />
              </Flex>
            </Card>
            <ApprovedListCard key={notice.id} callId={callId} notice={notice} objections={currentObjections} onPublished={reloadAll} />
          </>
        )}
      </Flex>
      <ObjectionDecisionModal
        target={target}
        onClose={() => setTarget(null)}
        onDecided={() => {
          setTarget(null);
          reloadAll();
        }}
        onStale={() => {
          setTarget(null);
          setStale(true);
        }}
      />
      <StaleObjectionModal
        open={stale}
        onReload={() => {
          setStale(false);
          reloadAll();
        }}
      />
    </>
  );
}
