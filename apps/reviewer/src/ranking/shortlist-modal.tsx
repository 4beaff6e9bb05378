import type { RankingRow, RankingView } from '@shifan/domain';
import { type ApiError, toApiError, useLocale } from '@shifan/ui';
import { Alert, App, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ActionModal } from '../review/action-modal';
import { fetchReviewApplication, isStaleVersion } from '../review/review-api';
import { decideShortlist } from './ranking-api';
import { RANKING_TEXTS } from './ranking-texts';

export type ShortlistChoice = 'shortlist' | 'decline';

export interface ShortlistModalProps {
  /** The row and the decision to record; null when closed. */
  target: { row: RankingRow; decision: ShortlistChoice } | null;
  onClose: () => void;
  /** The ranking as the API answers it after the decision. */
  onDecided: (ranking: RankingView) => void;
  /** Someone else changed the application meanwhile: the caller reloads the ranking. */
  onStale: () => void;
}

/**
 * 列入拟入选 / 不予入选 with a required reason. The decision needs the application's current version, read
 * (`GET /api/review/applications/{id}`) when the dialog opens.
 */
export function ShortlistModal({ target, onClose, onDecided, onStale }: ShortlistModalProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [version, setVersion] = useState<{ id: number; version: number } | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const applicationId = target?.row.applicationId ?? null;

  useEffect(() => {
    if (applicationId === null) return;
    const controller = new AbortController();
    fetchReviewApplication(applicationId, controller.signal).then(
      (application) => setVersion({ id: application.id, version: application.version }),
      (caught: unknown) => {
        if (!controller.signal.aborted) setLoadError(toApiError(caught));
      },
    );
    return () => {
      controller.abort();
      setVersion(null);
      setLoadError(null);
      setError(null);
    };
  }, [applicationId]);

  const current = version && version.id === applicationId ? version.version : null;
  const shortlisting = target?.decision === 'shortlist';

  const submit = async (reason: string) => {
    if (!target || current === null) return;
    setBusy(true);
    setError(null);
    try {
      const ranking = await decideShortlist(target.row.applicationId, { decision: target.decision, reason: reason.trim(), version: current });
      void message.success(t(shortlisting ? RANKING_TEXTS.shortlistedDone : RANKING_TEXTS.declinedDone));
      onDecided(ranking);
    } catch (caught) {
      if (isStaleVersion(caught)) {
        void message.warning(t(RANKING_TEXTS.stale));
        onStale();
      } else {
        setError(toApiError(caught));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <ActionModal
      open={target !== null}
      title={shortlisting ? RANKING_TEXTS.shortlistTitle : RANKING_TEXTS.declineTitle}
      description={
        target ? (
          <Flex vertical gap={8}>
            <Typography.Text>
              <Typography.Text strong>
                {target.row.rank}. {target.row.projectName}
              </Typography.Text>{' '}
              · {target.row.enterpriseName}
            </Typography.Text>
            <Typography.Text type="secondary">{t(shortlisting ? RANKING_TEXTS.shortlistText : RANKING_TEXTS.declineText)}</Typography.Text>
            {shortlisting && !target.row.withinQuota && <Alert type="warning" showIcon title={t(RANKING_TEXTS.outsideQuota)} />}
            {current === null && !loadError && <Typography.Text type="secondary">{t(RANKING_TEXTS.loadingVersion)}</Typography.Text>}
          </Flex>
        ) : null
      }
      okText={shortlisting ? RANKING_TEXTS.shortlist : RANKING_TEXTS.decline}
      danger={!shortlisting}
      reason={{ label: RANKING_TEXTS.reasonLabel, required: true }}
      busy={busy}
      loading={current === null && !loadError}
      canSubmit={() => current !== null}
      error={error ?? loadError}
      onSubmit={(reason) => void submit(reason)}
      onCancel={onClose}
      testId="shortlist"
    />
  );
}
