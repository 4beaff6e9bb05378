import type { ObjectionDecision, ObjectionView } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, toApiError, useLocale } from '@shifan/ui';
import { App, Button, Flex, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { isStaleVersion } from '../review/review-api';
import { decideObjection } from './publication-api';
import { OBJECTOR_KIND_LABELS, PUBLICATION_TEXTS } from './publication-texts';

/** The shortest written outcome the API takes (ObjectionDecisionSchema). */
export const MIN_OUTCOME_LENGTH = 10;

export type ObjectionAction = 'investigate' | 'dismiss' | 'uphold';
type UpheldAction = 'remove' | 'return_to_review';

export interface ObjectionDecisionModalProps {
  /** The case and the step to take; null when closed. */
  target: { objection: ObjectionView; action: ObjectionAction } | null;
  onClose: () => void;
  /** The case as the API answers it after the step. */
  onDecided: (objection: ObjectionView) => void;
  /** Someone else changed the case meanwhile (409): the caller asks to reload. */
  onStale: () => void;
}

const TITLES = { investigate: PUBLICATION_TEXTS.investigateTitle, dismiss: PUBLICATION_TEXTS.dismissTitle, uphold: PUBLICATION_TEXTS.upholdTitle } as const;
const DESCRIPTIONS = { investigate: PUBLICATION_TEXTS.investigateText, dismiss: PUBLICATION_TEXTS.dismissText, uphold: PUBLICATION_TEXTS.upholdText } as const;
const OK_TEXTS = { investigate: PUBLICATION_TEXTS.investigate, dismiss: PUBLICATION_TEXTS.dismiss, uphold: PUBLICATION_TEXTS.uphold } as const;

/**
 * One step of an objection case: 开始调查 (an optional note), 不予支持 (a written outcome of at least 10 characters) or
 * 异议成立 (the outcome and what happens to the project: 撤销入选 or 退回重新评审). Sends the case's `version`.
 */
export function ObjectionDecisionModal({ target, onClose, onDecided, onStale }: ObjectionDecisionModalProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [upheldAction, setUpheldAction] = useState<UpheldAction | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // Each opening starts empty (the dialog stays mounted between openings).
  const key = target ? `${target.objection.id}:${target.action}` : null;
  const [openedFor, setOpenedFor] = useState(key);
  if (key !== openedFor) {
    setOpenedFor(key);
    setText('');
    setUpheldAction(null);
    setTried(false);
    setError(null);
  }

  const action = target?.action ?? 'investigate';
  const needsOutcome = action !== 'investigate';
  const outcomeShort = needsOutcome && text.trim().length < MIN_OUTCOME_LENGTH;
  const actionMissing = action === 'uphold' && upheldAction === null;

  const decision = (objection: ObjectionView): ObjectionDecision => {
    const version = objection.version;
    if (action === 'investigate') return text.trim() ? { status: 'investigating', version, note: text.trim() } : { status: 'investigating', version };
    if (action === 'dismiss') return { status: 'dismissed', version, outcome: text.trim() };
    return { status: 'upheld', version, outcome: text.trim(), action: upheldAction ?? 'remove' };
  };

  const submit = async () => {
    setTried(true);
    if (!target || outcomeShort || actionMissing) return;
    setBusy(true);
    setError(null);
    try {
      const next = await decideObjection(target.objection.id, decision(target.objection));
      void message.success(t(PUBLICATION_TEXTS.decided));
      onDecided(next);
    } catch (caught) {
      if (isStaleVersion(caught)) onStale();
      else setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const objection = target?.objection;
  return (
    <Modal
      open={target !== null}
      title={t(TITLES[action])}
      onCancel={busy ? undefined : onClose}
      mask={{ closable: false }}
      destroyOnHidden
      width={640}
      modalRender={(node) => (
        <div data-testid="objection-decision-modal" data-action={action}>
          {node}
        </div>
      )}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose} disabled={busy}>
            {t(PUBLICATION_TEXTS.cancel)}
          </Button>
          <Button type="primary" danger={action === 'uphold'} loading={busy} onClick={() => void submit()} data-testid="objection-decision-submit">
            {t(OK_TEXTS[action])}
          </Button>
        </Flex>
      }
    >
      {objection && (
        <Flex vertical gap={12}>
          <Flex vertical gap={2}>
            <Typography.Text>
              <Typography.Text strong>{objection.caseNo}</Typography.Text> · {objection.projectName} · {objection.enterpriseName}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t(OBJECTOR_KIND_LABELS[objection.objectorKind])}: {objection.name}
            </Typography.Text>
          </Flex>
          <Typography.Text type="secondary">{t(DESCRIPTIONS[action])}</Typography.Text>
          {action === 'uphold' && (
            <Flex vertical gap={4}>
              <Typography.Text strong>
                <span style={{ color: '#ff4d4f', marginInlineEnd: 4 }}>*</span>
                {t(PUBLICATION_TEXTS.upheldAction)}
              </Typography.Text>
              <Radio.Group value={upheldAction} onChange={(event) => setUpheldAction(event.target.value as UpheldAction)} aria-label={t(PUBLICATION_TEXTS.upheldAction)}>
                <Flex vertical gap={8}>
                  <Radio value="remove" data-testid="objection-action-remove">
                    {t(PUBLICATION_TEXTS.actionRemove)}
                    <Typography.Text type="secondary"> — {t(PUBLICATION_TEXTS.actionRemoveHint)}</Typography.Text>
                  </Radio>
                  <Radio value="return_to_review" data-testid="objection-action-return">
                    {t(PUBLICATION_TEXTS.actionReturn)}
                    <Typography.Text type="secondary"> — {t(PUBLICATION_TEXTS.actionReturnHint)}</Typography.Text>
                  </Radio>
                </Flex>
              </Radio.Group>
              {tried && actionMissing && <Typography.Text type="danger">{t(PUBLICATION_TEXTS.actionRequired)}</Typography.Text>}
            </Flex>
          )}
          <Flex vertical gap={4}>
            <Typography.Text strong>
              {needsOutcome && <span style={{ color: '#ff4d4f', marginInlineEnd: 4 }}>*</span>}
              {t(needsOutcome ? PUBLICATION_TEXTS.outcomeLabel : PUBLICATION_TEXTS.note)}
            </Typography.Text>
            <Input.TextArea
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t(needsOutcome ? PUBLICATION_TEXTS.outcomePlaceholder : PUBLICATION_TEXTS.notePlaceholder)}
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={needsOutcome ? 5000 : 2000}
              showCount
              status={tried && outcomeShort ? 'error' : undefined}
              aria-label={t(needsOutcome ? PUBLICATION_TEXTS.outcomeLabel : PUBLICATION_TEXTS.note)}
              data-testid="objection-outcome"
            />
            {tried && outcomeShort && <Typography.Text type="danger">{t(PUBLICATION_TEXTS.outcomeTooShort)}</Typography.Text>}
          </Flex>
          {error && <ApiErrorAlert error={error} />}
        </Flex>
      )}
    </Modal>
  );
}
