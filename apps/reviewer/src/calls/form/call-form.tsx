import { SaveOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { CallInputSchema, type CallView, decodeLocalizedMessage, type ErrorDetail } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, applyErrorDetails, toApiError, useLocale, useSchemaForm } from '@shifan/ui';
import { Alert, App, Button, Flex, Form, Tooltip, Typography } from 'antd';
import { type MouseEvent, useEffect, useMemo, useState } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useHref, useNavigate } from 'react-router';
import { CallStatusTag } from '../call-status-tag';
import { closeCall, createCall, isStaleVersion, openCall, updateCall } from '../calls-api';
import { versionText } from '../calls-texts';
import { useServerNow } from '../server-clock';
import { AttachmentSlotsEditor } from './attachment-slots-editor';
import { BasicsCard } from './basics-card';
import { callValues, leafPaths, LIST_ERROR_PATHS, newCallValues, withFormPaths } from './call-form-values';
import { CALL_FORM_TEXTS, invalidText, openCallNotice, publishedText, publishText } from './call-form-texts';
import { FormalChecklistEditor } from './formal-checklist-editor';
import { UnitQuotaEditor } from './unit-quota-editor';
import { RubricEditor } from './rubric-editor';
import { SettingsSections } from './settings-sections';

export type CallChange = 'created' | 'saved' | 'opened' | 'closed';

export interface CallFormProps {
  /** The call as last loaded or saved; null for a new one. */
  call: CallView | null;
  /** The API answered a save, open or close with the call as it now is. */
  onChanged: (call: CallView, change: CallChange) => void;
  /** Load the call afresh, dropping the edits (after a stale save). */
  onReload: () => void;
}

interface FlatError {
  path: string;
  message: string;
}

/** react-hook-form's nested errors as `{ path, message }`, e.g. `settings.quota` or `rubric.criteria.root`. */
function flattenErrors(errors: FieldErrors, prefix = ''): FlatError[] {
  const found: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || key === 'type' || key === 'message' || key === 'types' || !value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) found.push({ path, message });
    found.push(...flattenErrors(value as FieldErrors, path));
  }
  return found;
}

const DETAIL_SEPARATOR = { zh: '；', en: '; ' } as const;

/**
 * The call form: basics and schedule, the category's thresholds from its settings schema, review and workflow
 * settings, attachment slots and rubric, validated with CallInputSchema before anything is sent; a sticky bar to
 * save (a new version once open), open and close.
 */
export function CallForm({ call, onChanged, onReload }: CallFormProps) {
  const { locale, t } = useLocale();
  const { message, modal } = App.useApp();
  const now = useServerNow();
  const navigate = useNavigate();
  const initial = useMemo(() => (call ? callValues(call) : newCallValues('SMART_MFG_PILOT')), [call]);
  const form = useSchemaForm(CallInputSchema, { defaultValues: initial });
  const { isDirty, isSubmitting, submitCount, errors } = form.formState;
  const [failure, setFailure] = useState<{ error: ApiError; unmatched: readonly ErrorDetail[] } | null>(null);
  /** A 409: someone else saved, opened or closed the call meanwhile; the text says which. */
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState<'open' | 'close' | null>(null);
  const category = form.watch('category');
  const status = call?.status ?? 'draft';
  const readOnly = status === 'closed';
  const lockedKeys = useMemo(() => new Set(call && call.status !== 'draft' ? call.attachmentSlots.map((slot) => slot.key) : []), [call]);
  const savedSlotKeys = useMemo(() => new Set(call ? call.attachmentSlots.map((slot) => slot.key) : []), [call]);

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const save = form.handleSubmit(async (values) => {
    setFailure(null);
    setConflict(null);
    try {
      const saved = call ? await updateCall(call.id, call.version, values) : await createCall(values);
      const text = !call ? CALL_FORM_TEXTS.savedDraft : saved.status === 'draft' ? CALL_FORM_TEXTS.saved : publishedText(saved.publishedVersion);
      void message.success(t(text));
      onChanged(saved, call ? 'saved' : 'created');
    } catch (caught) {
      if (isStaleVersion(caught)) {
        setConflict(t(CALL_FORM_TEXTS.stale));
        return;
      }
      const error = withFormPaths(toApiError(caught));
      const fields = [...leafPaths(form.getValues()), ...LIST_ERROR_PATHS];
      setFailure({ error, unmatched: applyErrorDetails(error, fields, form.setError, t(DETAIL_SEPARATOR)) });
    }
  });

  const changeStatus = (kind: 'open' | 'close') => {
    if (!call) return;
    modal.confirm({
      title: t(kind === 'open' ? CALL_FORM_TEXTS.openConfirmTitle : CALL_FORM_TEXTS.closeConfirmTitle),
      content: t(kind === 'open' ? CALL_FORM_TEXTS.openConfirm : CALL_FORM_TEXTS.closeConfirm),
      okText: t(kind === 'open' ? CALL_FORM_TEXTS.open : CALL_FORM_TEXTS.close),
      okButtonProps: { danger: kind === 'close' },
      cancelText: t(CALL_FORM_TEXTS.confirmCancel),
      onOk: async () => {
        setFailure(null);
        setBusy(kind);
        try {
          const changed = kind === 'open' ? await openCall(call.id) : await closeCall(call.id);
          void message.success(t(kind === 'open' ? CALL_FORM_TEXTS.opened : CALL_FORM_TEXTS.closed));
          onChanged(changed, kind === 'open' ? 'opened' : 'closed');
        } catch (caught) {
          const error = toApiError(caught);
          // 409: the call is no longer in the state this page shows (someone else opened or closed it).
          if (error.status === 409) setConflict(`${error.message} ${t(CALL_FORM_TEXTS.reloadHint)}`);
          else setFailure({ error, unmatched: error.details });
        } finally {
          setBusy(null);
        }
      },
    });
  };

  const listHref = useHref('/calls');
  const backToList = (event: MouseEvent) => {
    event.preventDefault();
    if (!isDirty || readOnly) {
      void navigate('/calls');
      return;
    }
    modal.confirm({
      title: t(CALL_FORM_TEXTS.leaveTitle),
      content: t(CALL_FORM_TEXTS.leaveConfirm),
      okText: t(CALL_FORM_TEXTS.leave),
      cancelText: t(CALL_FORM_TEXTS.stay),
      onOk: () => void navigate('/calls'),
    });
  };

  const rendered = new Set([...leafPaths(form.getValues()), 'rubric.criteria', 'rubric.criteria.root', 'attachmentSlots', 'attachmentSlots.root']);
  const formErrors = flattenErrors(errors).filter((error) => error.path !== 'root');
  const elsewhere = formErrors.filter((error) => !rendered.has(error.path));
  const saveLabel = !call ? CALL_FORM_TEXTS.saveNew : status === 'draft' ? CALL_FORM_TEXTS.saveDraft : publishText(call.publishedVersion + 1);

  return (
    <Flex vertical gap={16} data-testid="call-form" data-status={status}>
      {call && status === 'open' && <Alert type="warning" showIcon title={t(openCallNotice(call.publishedVersion))} data-testid="open-call-notice" data-version={call.publishedVersion} />}
      {call && status === 'draft' && <Alert type="info" showIcon title={t(CALL_FORM_TEXTS.draftNotice)} />}
      {readOnly && <Alert type="info" showIcon title={t(CALL_FORM_TEXTS.closedNotice)} data-testid="closed-call-notice" />}

      <Form layout="vertical" disabled={readOnly} component="div">
        <Flex vertical gap={16}>
          <BasicsCard form={form} categoryFrozen={status !== 'draft'} />
          <SettingsSections key={category} control={form.control} category={category} />
          <AttachmentSlotsEditor control={form.control} lockedKeys={lockedKeys} readOnly={readOnly} callId={call?.id ?? null} savedKeys={savedSlotKeys} />
          <RubricEditor control={form.control} readOnly={readOnly} />
          <FormalChecklistEditor control={form.control} readOnly={readOnly} />
          <UnitQuotaEditor control={form.control} readOnly={readOnly} />
        </Flex>
      </Form>

      <div
        style={{ position: 'sticky', bottom: 0, zIndex: 10, background: '#fff', borderTop: '1px solid #f0f0f0', boxShadow: '0 -4px 12px rgba(0, 0, 0, 0.06)', padding: '12px 16px' }}
        data-testid="call-actions"
      >
        <Flex vertical gap={8}>
          {conflict && (
            <Alert
              type="warning"
              showIcon
              title={conflict}
              action={
                <Button size="small" onClick={onReload} data-testid="stale-reload">
                  {t(CALL_FORM_TEXTS.reload)}
                </Button>
              }
              data-testid="stale-version"
            />
          )}
          {failure && <ApiErrorAlert error={failure.error} details={failure.unmatched} />}
          {submitCount > 0 && formErrors.length > 0 && !failure && (
            <Alert
              type="error"
              showIcon
              data-testid="form-invalid"
              title={t(invalidText(formErrors.length))}
              description={
                elsewhere.length > 0 ? (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {elsewhere.map((error) => (
                      <li key={error.path}>
                        <Typography.Text code>{error.path}</Typography.Text> {decodeLocalizedMessage(error.message, locale)}
                      </li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          )}
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Flex align="center" gap={12} wrap>
              {call && <CallStatusTag call={call} now={now} />}
              {call && (
                <Typography.Text type="secondary" data-testid="call-published-version" data-version={call.publishedVersion}>
                  {t(versionText(call.publishedVersion))}
                </Typography.Text>
              )}
              {isDirty && !readOnly && (
                <Typography.Text type="warning" data-testid="call-dirty">
                  {t(CALL_FORM_TEXTS.unsaved)}
                </Typography.Text>
              )}
            </Flex>
            <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
              <Button href={listHref} onClick={backToList}>
                {t(CALL_FORM_TEXTS.backToList)}
              </Button>
              {call && status === 'open' && (
                <Button danger icon={<StopOutlined />} loading={busy === 'close'} onClick={() => changeStatus('close')} data-testid="call-close">
                  {t(CALL_FORM_TEXTS.close)}
                </Button>
              )}
              {call && status === 'draft' && (
                <Tooltip title={isDirty ? t(CALL_FORM_TEXTS.saveFirst) : undefined}>
                  <Button icon={<SendOutlined />} loading={busy === 'open'} disabled={isDirty} onClick={() => changeStatus('open')} data-testid="call-open">
                    {t(CALL_FORM_TEXTS.open)}
                  </Button>
                </Tooltip>
              )}
              {!readOnly && (
                <Button type="primary" icon={<SaveOutlined />} loading={isSubmitting} onClick={() => void save()} data-testid="call-save">
                  {t(saveLabel)}
                </Button>
              )}
            </Flex>
          </Flex>
        </Flex>
      </div>
    </Flex>
  );
}
