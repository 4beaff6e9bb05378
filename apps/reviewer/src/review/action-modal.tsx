import type { LocalizedText } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, useLocale } from '@shifan/ui';
import { Button, Flex, Input, Modal, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { REVIEW_TEXTS } from './review-texts';

/** The shortest reason the API takes (ReasonTextSchema). */
const MIN_REASON_LENGTH = 2;

export interface ActionModalProps {
  open: boolean;
  title: LocalizedText;
  /** What happens, above the input. */
  description?: ReactNode;
  okText: LocalizedText;
  danger?: boolean;
  /** A text area for a reason or comment; `required` asks for at least 2 characters. */
  reason?: { label: LocalizedText; required: boolean; placeholder?: LocalizedText; maxLength?: number };
  /** The action is running. */
  busy: boolean;
  /** Something else must be done first (e.g. the application's version is still loading). */
  loading?: boolean;
  /** Further checks of the caller; a false value keeps the dialog open. */
  canSubmit?: () => boolean;
  error: ApiError | null;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
  /** `<testId>-modal`, `<testId>-reason`, `<testId>-submit`. */
  testId: string;
  children?: ReactNode;
}

/** A confirmation dialog for one review action, optionally asking for a reason; its error shows inside. */
export function ActionModal({ open, title, description, okText, danger, reason, busy, loading, canSubmit, error, onSubmit, onCancel, testId, children }: ActionModalProps) {
  const { t } = useLocale();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  // Each opening starts empty (the dialog stays mounted between openings).
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setText('');
      setTried(false);
    }
  }
  const reasonMissing = reason?.required === true && text.trim().length < MIN_REASON_LENGTH;

  const submit = () => {
    setTried(true);
    if (reasonMissing) return;
    if (canSubmit && !canSubmit()) return;
    onSubmit(text);
  };

  return (
    <Modal
      open={open}
      title={t(title)}
      onCancel={busy ? undefined : onCancel}
      mask={{ closable: false }}
      destroyOnHidden
      width={640}
      modalRender={(node) => <div data-testid={`${testId}-modal`}>{node}</div>}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onCancel} disabled={busy}>
            {t(REVIEW_TEXTS.cancel)}
          </Button>
          <Button type="primary" danger={danger} loading={busy || loading} disabled={loading && !busy} onClick={submit} data-testid={`${testId}-submit`}>
            {t(okText)}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {typeof description === 'string' ? <Typography.Paragraph style={{ marginBottom: 0 }}>{description}</Typography.Paragraph> : description}
        {children}
        {reason && (
          <Flex vertical gap={4}>
            <Typography.Text strong>
              {reason.required && <span style={{ color: '#ff4d4f', marginInlineEnd: 4 }}>*</span>}
              {t(reason.label)}
            </Typography.Text>
            <Input.TextArea
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t(reason.placeholder ?? REVIEW_TEXTS.reasonPlaceholder)}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={reason.maxLength ?? 2000}
              showCount
              status={tried && reasonMissing ? 'error' : undefined}
              aria-label={t(reason.label)}
              data-testid={`${testId}-reason`}
            />
            {tried && reasonMissing && <Typography.Text type="danger">{t(REVIEW_TEXTS.reasonRequired)}</Typography.Text>}
          </Flex>
        )}
        {error && <ApiErrorAlert error={error} />}
      </Flex>
    </Modal>
  );
}
