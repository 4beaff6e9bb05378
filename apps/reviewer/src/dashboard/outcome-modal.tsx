import { suggestIssuingBody, UPWARD_RESULT_LABELS, UPWARD_RESULTS, type UpwardRecommendationView, type UpwardResult } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, toApiError, useLocale } from '@shifan/ui';
import { App, Button, DatePicker, Flex, Input, Modal, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { correctUpwardOutcome, recordUpwardOutcome } from './dashboard-api';
import { DASHBOARD_TEXTS } from './dashboard-texts';

interface Draft {
  result: UpwardResult;
  issuingBody: string;
  documentNo: string;
  decidedOn: string | null;
  note: string;
}

function draftOf(recommendation: UpwardRecommendationView): Draft {
  const outcome = recommendation.outcome;
  if (outcome) return { result: outcome.result, issuingBody: outcome.issuingBody, documentNo: outcome.documentNo ?? '', decidedOn: outcome.decidedOn, note: outcome.note ?? '' };
  return { result: 'recognised', issuingBody: suggestIssuingBody(recommendation.level, recommendation.year), documentNo: '', decidedOn: null, note: '' };
}

export interface OutcomeModalProps {
  recommendation: UpwardRecommendationView | null;
  onClose: () => void;
  onSaved: (recommendation: UpwardRecommendationView) => void;
}

/**
 * 录入结果: 认定 or 未获认定, the issuing body (prefilled by level and year), the 文号 and the document's date, for a
 * recommended project; a recorded outcome is corrected under its version. The server checks everything again and
 * answers field by field; its messages are shown beside the fields.
 */
export function OutcomeModal({ recommendation, onClose, onSaved }: OutcomeModalProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const key = recommendation ? `${recommendation.callId}:${recommendation.applicationId}:${recommendation.outcome?.version ?? 0}` : null;
  if (key !== openedFor) {
    setOpenedFor(key);
    setDraft(recommendation ? draftOf(recommendation) : null);
    setError(null);
  }
  const fieldError = (path: string) => error?.details.find((detail) => detail.path === path)?.message;

  const submit = async () => {
    if (!recommendation || !draft) return;
    setBusy(true);
    setError(null);
    const fields = {
      result: draft.result,
      issuingBody: draft.issuingBody.trim(),
      documentNo: draft.documentNo.trim() || null,
      decidedOn: draft.decidedOn ?? '',
      note: draft.note.trim() || null,
    };
    try {
      const saved = recommendation.outcome
        ? await correctUpwardOutcome(recommendation.outcome.id, { version: recommendation.outcome.version, ...fields })
        : await recordUpwardOutcome({ callId: recommendation.callId, applicationId: recommendation.applicationId, ...fields });
      void message.success(t(DASHBOARD_TEXTS.outcomeSaved));
      onSaved(saved);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const field = (label: string, path: string, node: React.ReactNode, hint?: string) => (
    <Flex vertical gap={4}>
      <Typography.Text strong>{label}</Typography.Text>
      {node}
      {fieldError(path) ? (
        <Typography.Text type="danger" data-testid={`outcome-error-${path}`}>
          {fieldError(path)}
        </Typography.Text>
      ) : (
        hint && <Typography.Text type="secondary">{hint}</Typography.Text>
      )}
    </Flex>
  );

  return (
    <Modal
      open={recommendation !== null}
      title={t(DASHBOARD_TEXTS.outcomeTitle)}
      onCancel={busy ? undefined : onClose}
      mask={{ closable: false }}
      destroyOnHidden
      width={600}
      modalRender={(node) => <div data-testid="outcome-modal">{node}</div>}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose} disabled={busy}>
            {t(DASHBOARD_TEXTS.cancel)}
          </Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="outcome-submit">
            {t(DASHBOARD_TEXTS.save)}
          </Button>
        </Flex>
      }
    >
      {recommendation && draft && (
        <Flex vertical gap={12}>
          <Flex vertical gap={2}>
            <Typography.Text strong>{recommendation.projectName}</Typography.Text>
            <Typography.Text type="secondary">
              {recommendation.enterpriseName} · {recommendation.callTitle} · {t(DASHBOARD_TEXTS.recommendedOn)} {recommendation.recommendedOn}
            </Typography.Text>
          </Flex>
          {field(
            t(DASHBOARD_TEXTS.outcome),
            'result',
            <Radio.Group value={draft.result} onChange={(event) => setDraft({ ...draft, result: event.target.value as UpwardResult })} data-testid="outcome-result">
              {UPWARD_RESULTS.map((result) => (
                <Radio.Button key={result} value={result} data-testid={`outcome-result-${result}`}>
                  {t(UPWARD_RESULT_LABELS[result])}
                </Radio.Button>
              ))}
            </Radio.Group>,
          )}
          {field(
            t(DASHBOARD_TEXTS.issuingBody),
            'issuingBody',
            <Input value={draft.issuingBody} maxLength={100} onChange={(event) => setDraft({ ...draft, issuingBody: event.target.value })} aria-label={t(DASHBOARD_TEXTS.issuingBody)} data-testid="outcome-issuing-body" />,
          )}
          {field(
            t(DASHBOARD_TEXTS.documentNo),
            'documentNo',
            <Input
              value={draft.documentNo}
              maxLength={60}
              placeholder={t(DASHBOARD_TEXTS.documentNoPlaceholder)}
              onChange={(event) => setDraft({ ...draft, documentNo: event.target.value })}
              aria-label={t(DASHBOARD_TEXTS.documentNo)}
              data-testid="outcome-document-no"
            />,
            t(DASHBOARD_TEXTS.documentNoHint),
          )}
          {field(
            t(DASHBOARD_TEXTS.decidedOn),
            'decidedOn',
            <DatePicker
              value={draft.decidedOn ? dayjs(draft.decidedOn) : null}
              onChange={(date) => setDraft({ ...draft, decidedOn: date ? date.format('YYYY-MM-DD') : null })}
              aria-label={t(DASHBOARD_TEXTS.decidedOn)}
              style={{ width: 200 }}
              data-testid="outcome-decided-on"
            />,
          )}
          {field(
            t(DASHBOARD_TEXTS.note),
            'note',
            <Input.TextArea value={draft.note} maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} onChange={(event) => setDraft({ ...draft, note: event.target.value })} aria-label={t(DASHBOARD_TEXTS.note)} data-testid="outcome-note" />,
          )}
          {error && error.details.length === 0 && <ApiErrorAlert error={error} />}
        </Flex>
      )}
    </Modal>
  );
}
