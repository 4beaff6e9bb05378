import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { type ExpertApplicationView, type SaveScore, type ScoreView, validatePoints, weightedTotal } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, formatDateTime, toApiError, useLocale } from '@shifan/ui';
import { Alert, App, Button, Card, Flex, Input, InputNumber, Modal, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { saveScore } from './scoring-api';
import { criterionLabel, labelled, outlierExplainText, pointsRangeText, SCORE_TEXTS, submittedAtText } from './scoring-texts';

type Criterion = ExpertApplicationView['rubric']['criteria'][number];

export interface ScoreFormProps {
  application: ExpertApplicationView;
  /** The expert's score as last loaded or saved. */
  score: ScoreView;
  /** The API answered a save or submission with the score as it now is. */
  onSaved: (score: ScoreView) => void;
  /** Load everything afresh (after a stale save, or a score locked or reopened elsewhere). */
  onReload: () => void;
}

/** Points that are filled in, as the API and the domain's `validatePoints` take them. */
function filledPoints(points: Readonly<Record<string, number | null>>): Record<string, number> {
  const filled: Record<string, number> = {};
  for (const [id, value] of Object.entries(points)) if (typeof value === 'number' && Number.isFinite(value)) filled[id] = value;
  return filled;
}

function trimmedComments(comments: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [id, text] of Object.entries(comments)) if (text.trim() !== '') kept[id] = text.trim();
  return kept;
}

/**
 * The score sheet: one row per rubric criterion (points 0…max and a comment), the live weighted total from the
 * domain's `weightedTotal`, 保存草稿 and 提交评分 (confirmed first: a submitted score is locked). When the API finds the
 * total an outlier it asks for a written reason, which is sent with the next submission.
 */
export function ScoreForm({ application, score, onSaved, onReload }: ScoreFormProps) {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const rubric = application.rubric;
  const locked = score.status === 'submitted';
  const [points, setPoints] = useState<Record<string, number | null>>(() => Object.fromEntries(rubric.criteria.map((criterion) => [criterion.id, score.points[criterion.id] ?? null])));
  const [comments, setComments] = useState<Record<string, string>>(() => Object.fromEntries(rubric.criteria.map((criterion) => [criterion.id, score.comments[criterion.id] ?? ''])));
  const [version, setVersion] = useState(score.version);
  const [outlierNeeded, setOutlierNeeded] = useState(false);
  const [outlierReason, setOutlierReason] = useState(score.outlierReason ?? '');
  const [outlierMissing, setOutlierMissing] = useState(false);
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [stale, setStale] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const [dirty, setDirty] = useState(false);
  const reasonRef = useRef<HTMLDivElement>(null);

  const filled = useMemo(() => filledPoints(points), [points]);
  const problems = useMemo(() => validatePoints(rubric, filled), [rubric, filled]);
  const total = problems.length === 0 ? weightedTotal(rubric, filled) : null;

  useEffect(() => {
    if (!dirty || locked) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, locked]);

  const body = (submit: boolean): SaveScore => {
    const reason = outlierReason.trim();
    return { version, points: filled, comments: trimmedComments(comments), ...(reason ? { outlierReason: reason } : {}), submit };
  };

  const save = async (submit: boolean) => {
    setBusy(submit ? 'submit' : 'draft');
    setError(null);
    try {
      const saved = await saveScore(application.applicationId, body(submit));
      setVersion(saved.version);
      setDirty(false);
      setConfirming(false);
      void message.success(t(submit ? SCORE_TEXTS.submitted : SCORE_TEXTS.draftSaved));
      onSaved(saved);
    } catch (caught) {
      const failure = toApiError(caught);
      setConfirming(false);
      if (failure.code === 'OUTLIER_REASON_REQUIRED') {
        setOutlierNeeded(true);
        setError(failure);
        window.setTimeout(() => reasonRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' }), 0);
      } else if (failure.status === 409) {
        // CONFLICT (saved elsewhere), SCORE_LOCKED (already submitted or reopened), DECLARATION_REQUIRED.
        setStale(failure);
      } else {
        setError(failure);
      }
    } finally {
      setBusy(null);
    }
  };

  const requestSubmit = () => {
    setShowProblems(true);
    if (problems.length > 0) return;
    if (outlierNeeded && outlierReason.trim() === '') {
      setOutlierMissing(true);
      reasonRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    setConfirming(true);
  };

  const columns = useMemo<TableColumnsType<Criterion>>(
    () => [
      {
        key: 'criterion',
        title: t(SCORE_TEXTS.criterion),
        render: (_, criterion) => (
          <Flex vertical gap={2} style={{ minWidth: 200, maxWidth: 360 }}>
            <Typography.Text strong>{t(criterion.name)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(criterion.description)}
            </Typography.Text>
          </Flex>
        ),
      },
      { key: 'weight', title: t(SCORE_TEXTS.weight), align: 'right', render: (_, criterion) => `${criterion.weight}%` },
      { key: 'maxPoints', title: t(SCORE_TEXTS.maxPoints), align: 'right', render: (_, criterion) => criterion.maxPoints },
      {
        key: 'points',
        title: t(SCORE_TEXTS.points),
        render: (_, criterion) => {
          const value = points[criterion.id];
          const missing = showProblems && (value === null || value === undefined);
          return (
            <Flex vertical gap={2}>
              <InputNumber<number>
                value={value ?? null}
                min={0}
                max={criterion.maxPoints}
                step={1}
                disabled={locked}
                status={missing ? 'error' : undefined}
                onChange={(next) => {
                  setPoints((previous) => ({ ...previous, [criterion.id]: typeof next === 'number' ? next : null }));
                  setDirty(true);
                }}
                aria-label={t(criterionLabel(criterion.name, SCORE_TEXTS.points))}
                style={{ width: 110 }}
                data-testid={`score-input-${criterion.id}`}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(pointsRangeText(criterion.maxPoints))}
              </Typography.Text>
            </Flex>
          );
        },
      },
      {
        key: 'comment',
        title: t(SCORE_TEXTS.comment),
        render: (_, criterion) => (
          <Input.TextArea
            value={comments[criterion.id] ?? ''}
            disabled={locked}
            maxLength={2000}
            autoSize={{ minRows: 1, maxRows: 6 }}
            placeholder={locked ? undefined : t(SCORE_TEXTS.commentPlaceholder)}
            onChange={(event) => {
              const text = event.target.value;
              setComments((previous) => ({ ...previous, [criterion.id]: text }));
              setDirty(true);
            }}
            aria-label={t(criterionLabel(criterion.name, SCORE_TEXTS.comment))}
            style={{ minWidth: 240 }}
            data-testid={`score-comment-${criterion.id}`}
          />
        ),
      },
    ],
    [t, points, comments, locked, showProblems],
  );

  return (
    <Card title={t(SCORE_TEXTS.scoreTitle)} id="score" data-testid="score-form" data-status={score.status}>
      <Flex vertical gap={16}>
        {score.reopenReason && score.status === 'draft' && (
          <Alert
            type="warning"
            showIcon
            title={t(SCORE_TEXTS.reopenedTitle)}
            description={
              <span>
                {t(SCORE_TEXTS.reopenedReason)}
                <Typography.Text strong>{score.reopenReason}</Typography.Text>
              </span>
            }
            data-testid="score-reopened"
          />
        )}
        {locked ? (
          <Alert type="success" showIcon title={t(submittedAtText(formatDateTime(score.submittedAt)))} data-testid="score-locked" />
        ) : (
          <Typography.Text type="secondary">{t(SCORE_TEXTS.scoreIntro)}</Typography.Text>
        )}
        <Table<Criterion> rowKey="id" size="middle" columns={columns} dataSource={[...rubric.criteria]} pagination={false} scroll={{ x: 'max-content' }} data-testid="score-table" />
        <Flex align="baseline" gap={12} wrap>
          <Typography.Text strong>{t(SCORE_TEXTS.total)}</Typography.Text>
          <Typography.Text style={{ fontSize: 28, fontWeight: 600 }} data-testid="score-total" data-total={total === null ? '' : String(total)}>
            {total === null ? '—' : total.toFixed(2)}
          </Typography.Text>
          <Typography.Text type="secondary">/ 100</Typography.Text>
          {total === null && <Typography.Text type="secondary">{t(SCORE_TEXTS.totalPending)}</Typography.Text>}
        </Flex>
        {showProblems && problems.length > 0 && !locked && (
          <Alert
            type="error"
            showIcon
            title={t(SCORE_TEXTS.incomplete)}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((problem) => (
                  <li key={problem.en}>{locale === 'en' ? problem.en : problem.zh}</li>
                ))}
              </ul>
            }
            data-testid="score-problems"
          />
        )}
        {(outlierNeeded || (locked && score.outlierReason)) && (
          <div ref={reasonRef}>
            {locked ? (
              <Alert type="info" showIcon title={`${t(SCORE_TEXTS.outlierShown)}${score.outlierReason ?? ''}`} data-testid="outlier-reason-shown" />
            ) : (
              <Flex vertical gap={8}>
                <Alert type="warning" showIcon title={t(SCORE_TEXTS.outlierTitle)} description={t(outlierExplainText(application.outlierThresholdPoints))} data-testid="outlier-notice" />
                <Typography.Text strong>{t(SCORE_TEXTS.outlierReason)}</Typography.Text>
                <Input.TextArea
                  value={outlierReason}
                  onChange={(event) => {
                    setOutlierReason(event.target.value);
                    setOutlierMissing(false);
                  }}
                  maxLength={2000}
                  showCount
                  autoSize={{ minRows: 3, maxRows: 10 }}
                  status={outlierMissing ? 'error' : undefined}
                  placeholder={t(SCORE_TEXTS.outlierPlaceholder)}
                  aria-label={t(SCORE_TEXTS.outlierReason)}
                  data-testid="outlier-reason"
                />
                {outlierMissing && <Typography.Text type="danger">{t(SCORE_TEXTS.outlierRequired)}</Typography.Text>}
              </Flex>
            )}
          </div>
        )}
        {stale && (
          <Alert
            type="warning"
            showIcon
            title={stale.message}
            description={t(SCORE_TEXTS.stale)}
            action={
              <Button size="small" onClick={onReload} data-testid="score-reload">
                {t(SCORE_TEXTS.reload)}
              </Button>
            }
            data-testid="score-stale"
            data-code={stale.code}
          />
        )}
        {error && <ApiErrorAlert error={error} />}
        {!locked && (
          <Flex justify="flex-end" gap={8} wrap>
            <Button icon={<SaveOutlined />} loading={busy === 'draft'} disabled={busy === 'submit'} onClick={() => void save(false)} data-testid="score-save">
              {t(SCORE_TEXTS.saveDraft)}
            </Button>
            <Button type="primary" icon={<CheckOutlined />} loading={busy === 'submit'} disabled={busy === 'draft'} onClick={requestSubmit} data-testid="score-submit">
              {t(SCORE_TEXTS.submit)}
            </Button>
          </Flex>
        )}
      </Flex>
      <Modal
        open={confirming}
        title={t(SCORE_TEXTS.confirmTitle)}
        onCancel={() => setConfirming(false)}
        mask={{ closable: busy === null }}
        closable={busy === null}
        data-testid="score-confirm"
        footer={
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => setConfirming(false)} disabled={busy !== null}>
              {t(SCORE_TEXTS.cancel)}
            </Button>
            <Button type="primary" loading={busy === 'submit'} onClick={() => void save(true)} data-testid="score-submit-confirm">
              {t(SCORE_TEXTS.confirmOk)}
            </Button>
          </Flex>
        }
      >
        <Flex vertical gap={8}>
          <Typography.Text strong>{t(SCORE_TEXTS.confirmText)}</Typography.Text>
          <span>
            {t(labelled(SCORE_TEXTS.total))}<Typography.Text strong>{total === null ? '—' : total.toFixed(2)}</Typography.Text> / 100
          </span>
        </Flex>
      </Modal>
    </Card>
  );
}
