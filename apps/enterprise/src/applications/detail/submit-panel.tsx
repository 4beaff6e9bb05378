import { SendOutlined } from '@ant-design/icons';
import type { ApplicationAction, ApplicationView, FieldMeta } from '@shifan/domain';
import { type ApiError, toApiError, useLocale } from '@shifan/ui';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { submitApplication } from '../applications-api';
import { REVIEW_TEXTS } from './review-texts';
import type { Autosave } from './use-autosave';

export interface SubmitPanelProps {
  application: ApplicationView;
  editable: boolean;
  actions: readonly ApplicationAction[];
  autosave: Autosave;
  heldBackLabels: readonly string[];
  fields: Readonly<Record<string, FieldMeta>>;
  onFocusField: (name: string) => void;
  onSubmitted: () => void;
}

/** What the server answered: the message, and each detail with a way to its field where there is one. */
function SubmitError({ error, fields, onFocusField }: { error: ApiError; fields: Readonly<Record<string, FieldMeta>>; onFocusField: (name: string) => void }) {
  const { t } = useLocale();
  const fieldOf = (path: string) => {
    const name = path.startsWith('application.') ? path.slice(12) : path;
    return fields[name] ? name : null;
  };
  return (
    <Alert
      type="error"
      showIcon
      title={error.message}
      data-testid="submit-error"
      data-code={error.code}
      description={
        error.details.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {error.details.map((detail, index) => {
              const field = fieldOf(detail.path);
              return (
                <li key={`${detail.path}:${index}`}>
                  {field ? (
                    <>
                      <Button type="link" size="small" onClick={() => onFocusField(field)} style={{ padding: 0, height: 'auto' }}>
                        {t(fields[field].label)}
                      </Button>
                      : {detail.message}
                    </>
                  ) : (
                    detail.message
                  )}
                </li>
              );
            })}
          </ul>
        ) : undefined
      }
    />
  );
}

/**
 * 提交 / 重新提交: saves what is pending, asks for confirmation, then submits. The server decides (deadline by its
 * clock, validation, eligibility, required documents) and its refusal is shown as it is.
 */
export function SubmitPanel({ application, editable, actions, autosave, heldBackLabels, fields, onFocusField, onSubmitted }: SubmitPanelProps) {
  const { t } = useLocale();
  const { modal } = App.useApp();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [blocked, setBlocked] = useState<string | null>(null);
  const canSubmit = editable && (actions.includes('submit') || actions.includes('resubmit'));
  const again = application.state !== 'draft' || application.receiptNo !== null;

  const submit = async () => {
    setError(null);
    setBlocked(null);
    setSubmitting(true);
    try {
      const outcome = await autosave.saveNow();
      if (outcome === 'held-back') return setBlocked(t(REVIEW_TEXTS.fixFirst));
      if (outcome === 'conflict') return autosave.setConflictOpen(true);
      // After a failed save the server still holds the last saved form; its answer to the submit says what is wrong.
      await submitApplication(application.id);
      onSubmitted();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSubmitting(false);
    }
  };

  const confirm = () =>
    modal.confirm({
      title: t(REVIEW_TEXTS.submitConfirmTitle),
      content: t(REVIEW_TEXTS.submitConfirm),
      okText: t(again ? REVIEW_TEXTS.resubmit : REVIEW_TEXTS.submit),
      okButtonProps: { 'data-testid': 'submit-confirm' },
      onOk: () => void submit(),
    });

  if (!editable) return null;
  return (
    <Card size="small" data-testid="submit-panel">
      <Flex vertical gap={12}>
        {error && <SubmitError error={error} fields={fields} onFocusField={onFocusField} />}
        {blocked && <Alert type="warning" showIcon title={blocked} description={heldBackLabels.join('、')} />}
        {!canSubmit && <Typography.Text type="secondary">{t(REVIEW_TEXTS.notSubmittable)}</Typography.Text>}
        <Flex justify="flex-end">
          <Button type="primary" size="large" icon={<SendOutlined />} onClick={confirm} loading={submitting} disabled={!canSubmit} data-testid="submit">
            {t(again ? REVIEW_TEXTS.resubmit : REVIEW_TEXTS.submit)}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
