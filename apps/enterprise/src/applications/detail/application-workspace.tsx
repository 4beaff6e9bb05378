import { FileDoneOutlined, RollbackOutlined } from '@ant-design/icons';
import {
  APPLICATION_DRAFT_SCHEMAS,
  APPLICATION_SCHEMAS,
  type ApplicationView,
  type AttachmentView,
  type CallView,
  type FieldMeta,
  type Locale,
  type ProfileView,
  SHAREHOLDER_LABELS,
} from '@shifan/domain';
import {
  ApplicationStateTag,
  DeadlineCountdown,
  formatBeijingDeadline,
  type FieldFeedback,
  formatDateTime,
  RouterButton,
  toApiError,
  useApiQuery,
  useLocale,
  useNow,
  useSchemaForm,
  VersionConflictModal,
} from '@shifan/ui';
import { ReviewNoticeCard } from './review-notice-card';
import { Alert, App, Button, Card, Col, Flex, Form, Row, Steps, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type FieldValues, type UseFormReturn, useWatch } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { en, zhCN } from 'zod/locales';
import { EligibilityPanel } from '../../eligibility/eligibility-panel';
import { runEligibility } from '../../eligibility/run-eligibility';
import { conflictRows, type FormDescription } from '../../forms/conflict-rows';
import { cleanDraft } from '../../forms/draft-values';
import { describeFields } from '../../forms/field-kinds';
import { focusField } from '../../forms/focus-field';
import type { FormValues } from '../../forms/meta-field';
import { withdrawApplication } from '../applications-api';
import { ApplicantCard } from './applicant-card';
import { AttachmentsStep } from './attachments-step';
import { DETAIL_TEXTS, serverVersionNote } from './detail-texts';
import { ApplicationDocumentsViewSchema, documentsPath } from './documents-api';
import { DocumentsCard, SignedCopyWarning } from './documents-card';
import { enterpriseActions, isEditable } from './editability';
import { FormStep } from './form-step';
import { formIssuesFrom, ReviewStep } from './review-step';
import { SaveStatus } from './save-status';
import { applicationFormLayout } from './steps';
import { SubmitPanel } from './submit-panel';
import { TimelineCard } from './timeline-card';
import { useAutosave } from './use-autosave';

const ZOD_LOCALES: Readonly<Record<Locale, z.core.$ZodErrorMap>> = { 'zh-CN': zhCN().localeError, en: en().localeError };
const ITEM_LABELS = SHAREHOLDER_LABELS as Readonly<Record<string, FieldMeta>>;

export interface ApplicationWorkspaceProps {
  initial: ApplicationView;
  call: CallView;
  profile: ProfileView;
}

/**
 * One application: the steps of its category's form beside the live eligibility panel, autosaved with the version the
 * edit started from; attachments; review and submit; withdraw; the timeline. Read-only outside the editable states
 * or after the deadline.
 */
export function ApplicationWorkspace({ initial, call, profile }: ApplicationWorkspaceProps) {
  const { t, locale } = useLocale();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const now = useNow(30_000);
  const [application, setApplication] = useState(initial);
  const [withdrawing, setWithdrawing] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();

  const category = call.category;
  const layout = useMemo(() => applicationFormLayout(category), [category]);
  const draftSchema = APPLICATION_DRAFT_SCHEMAS[category] as unknown as z.ZodObject;
  const fullSchema = APPLICATION_SCHEMAS[category] as unknown as z.ZodObject;
  const kinds = useMemo(() => describeFields(draftSchema), [draftSchema]);
  const shape = fullSchema.shape as Record<string, z.ZodType>;
  const description: FormDescription = { sections: layout.sections, fields: layout.fields, kinds, itemLabels: ITEM_LABELS };

  const form = useSchemaForm(draftSchema as unknown as z.ZodType<FormValues, FormValues>, { defaultValues: initial.data, mode: 'onTouched' }) as UseFormReturn<FormValues, unknown, FieldValues>;
  const editable = isEditable(application, now);
  const actions = enterpriseActions(application, call, now);

  const onSaved = useCallback((view: ApplicationView) => setApplication(view), []);
  const autosave = useAutosave({ applicationId: application.id, form, draftSchema, initial, enabled: editable, onSaved });

  const watched = useWatch({ control: form.control }) as FormValues;
  const values = useMemo(() => cleanDraft(watched), [watched]);
  const report = useMemo(() => runEligibility(call.settings, profile.data, values), [call.settings, profile.data, values]);

  const stepCount = layout.steps.length;
  // A read-only application opens on its summary; an editable one on its first step.
  const [defaultStep] = useState(() => (isEditable(initial, new Date()) ? 0 : stepCount - 1));
  const requested = Number(searchParams.get('step') ?? defaultStep);
  const step = Number.isInteger(requested) && requested >= 0 && requested < stepCount ? requested : 0;
  const current = layout.steps[step];

  const goTo = useCallback(
    (next: number) => {
      if (next === step) return;
      void autosave.saveNow();
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          params.set('step', String(next));
          return params;
        },
        { replace: true },
      );
      window.scrollTo({ top: 0, behavior: 'smooth' });
    },
    [step, autosave, setSearchParams],
  );

  const focusOn = useCallback(
    (name: string) => {
      const target = layout.stepOfField[name];
      if (target !== undefined) goTo(target);
      focusField(name);
    },
    [layout, goTo],
  );

  const issues = useMemo(() => {
    if (current.key !== 'review') return [];
    const parsed = fullSchema.safeParse(values, { error: ZOD_LOCALES[locale] });
    return parsed.success ? [] : formIssuesFrom(parsed.error.issues, locale);
  }, [current.key, fullSchema, values, locale]);

  const feedback = useMemo(() => {
    const byField: Record<string, FieldFeedback> = {};
    for (const result of report.results) {
      if (result.outcome !== 'fail' && result.outcome !== 'warn') continue;
      for (const field of result.fields) {
        if (!field.startsWith('application.') || byField[field.slice(12)]) continue;
        byField[field.slice(12)] = { status: 'warning', text: <span data-testid="rule-feedback">{t(result.message)}</span> };
      }
    }
    return byField;
  }, [report, t]);
  const failingFields = new Set(Object.keys(feedback));
  const errorFields = new Set(Object.keys(form.formState.errors));
  const missingSlots = call.attachmentSlots.filter((slot) => slot.required && !application.attachments.some((attachment) => attachment.slotKey === slot.key));

  // The documents area (签字盖章用 copy, signed scans, templates) follows every save and every upload or delete.
  const documents = useApiQuery(documentsPath(application.id), ApplicationDocumentsViewSchema);
  const attachmentsKey = application.attachments.map((attachment) => attachment.id).join(',');
  const reloadDocuments = documents.reload;
  useEffect(() => reloadDocuments(), [application.version, application.state, attachmentsKey, reloadDocuments]);

  const setAttachments = useCallback((update: (attachments: AttachmentView[]) => AttachmentView[]) => setApplication((previous) => ({ ...previous, attachments: update(previous.attachments) })), []);

  const withdraw = () =>
    modal.confirm({
      title: t(DETAIL_TEXTS.withdrawTitle),
      content: t(DETAIL_TEXTS.withdrawText),
      okText: t(DETAIL_TEXTS.withdraw),
      okButtonProps: { danger: true, 'data-testid': 'withdraw-confirm' },
      cancelText: t(DETAIL_TEXTS.cancel),
      onOk: async () => {
        setWithdrawing(true);
        try {
          const view = await withdrawApplication(application.id);
          setApplication(view);
          autosave.adopt(view);
          void message.success(t(DETAIL_TEXTS.withdrawn));
        } catch (error) {
          void message.error(toApiError(error).message);
        } finally {
          setWithdrawing(false);
        }
      },
    });

  const heldBackLabels = autosave.heldBack.map((name) => (layout.fields[name] ? t(layout.fields[name].label) : name));
  const conflict = autosave.conflict;
  // "Mine" is the form as it is now (what keeping mine saves), which may have moved on since the refused save.
  const conflictTable = conflict?.theirs ? conflictRows(description, cleanDraft(form.getValues()), cleanDraft(conflict.theirs.data), t) : null;

  const readOnlyReason = editable ? null : readOnlyReasonOf(application.state, now, application.deadlineAt);

  return (
    <Flex vertical gap={16} data-testid="application-workspace" data-application-id={application.id} data-state={application.state} data-editable={editable ? 'true' : 'false'}>
      <header>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
            <Link to="/applications" className="no-print">
              <RollbackOutlined /> {t(DETAIL_TEXTS.backToList)}
            </Link>
            <Typography.Title level={1} style={{ margin: 0, fontSize: 26 }}>
              {application.callTitle}
            </Typography.Title>
            <Flex gap={8} align="center" wrap>
              <ApplicationStateTag state={application.state} />
              {editable && <DeadlineCountdown deadlineAt={application.deadlineAt} />}
              <Typography.Text type="secondary">
                {t(DETAIL_TEXTS.deadline)} {formatBeijingDeadline(application.deadlineAt)}
              </Typography.Text>
              {application.receiptNo && (
                <Typography.Text type="secondary">
                  {t(DETAIL_TEXTS.receiptNo)} <Typography.Text code data-testid="application-receipt-no">{application.receiptNo}</Typography.Text>
                </Typography.Text>
              )}
              <Typography.Text type="secondary" data-testid="application-version">
                {t(DETAIL_TEXTS.version)} v{application.version}
              </Typography.Text>
            </Flex>
          </Flex>
          <Flex vertical align="flex-end" gap={8}>
            <Flex gap={8} wrap justify="flex-end">
              {application.receiptNo && application.submittedAt && !editable && (
                <RouterButton icon={<FileDoneOutlined />} to={`/applications/${application.id}/receipt`} data-testid="open-receipt">
                  {t(DETAIL_TEXTS.receipt)}
                </RouterButton>
              )}
              {!editable && application.state !== 'draft' && actions.includes('withdraw') && (
                <Button danger onClick={withdraw} loading={withdrawing} data-testid="withdraw">
                  {t(DETAIL_TEXTS.withdraw)}
                </Button>
              )}
            </Flex>
            {editable && <SaveStatus autosave={autosave} heldBackLabels={heldBackLabels} />}
          </Flex>
        </Flex>
      </header>

      {application.reviewNotice && ['returned_by_district', 'returned_for_revision', 'rejected'].includes(application.state) && <ReviewNoticeCard notice={application.reviewNotice} />}

      {readOnlyReason && <Alert type="info" showIcon title={t(readOnlyReason)} data-testid="read-only" />}

      {editable && <SignedCopyWarning documents={documents.data} />}

      <Card size="small" styles={{ body: { paddingBlock: 16 } }}>
        <Steps
          size="small"
          current={step}
          onChange={goTo}
          data-testid="application-steps"
          items={layout.steps.map((candidate, index) => {
            const problem =
              candidate.fields.some((name) => failingFields.has(name) || errorFields.has(name)) || (candidate.key === 'attachments' && editable && missingSlots.length > 0 && index < step);
            return { key: candidate.key, title: <span data-testid={`step-${candidate.key}`}>{t(candidate.title)}</span>, status: problem && index !== step ? 'error' : undefined };
          })}
        />
      </Card>

      <Row gutter={[16, 16]} align="stretch">
        <Col xs={24} lg={16}>
          <Form layout="vertical" disabled={!editable} onFinish={() => undefined} data-testid={`step-content-${current.key}`}>
            <Flex vertical gap={16}>
              {current.key === 'basic' && <ApplicantCard profile={profile} routedUnitCode={editable ? null : application.recommendingUnitCode} />}
              {current.fields.length > 0 && <FormStep control={form.control} sections={current.sections} fields={layout.fields} kinds={kinds} shape={shape} itemLabels={ITEM_LABELS} feedback={feedback} />}
            </Flex>
          </Form>
          {current.key === 'attachments' && <AttachmentsStep application={application} slots={call.attachmentSlots} editable={editable} onChange={setAttachments} onPrinted={reloadDocuments} />}
          {current.key === 'review' && (
            <ReviewStep
              layout={layout}
              kinds={kinds}
              itemLabels={ITEM_LABELS}
              values={values}
              report={report}
              slots={call.attachmentSlots}
              attachments={application.attachments}
              issues={issues}
              onFocusField={focusOn}
              onOpenAttachments={() => goTo(layout.steps.findIndex((candidate) => candidate.key === 'attachments'))}
              submit={
                <SubmitPanel
                  application={application}
                  editable={editable}
                  actions={actions}
                  autosave={autosave}
                  heldBackLabels={heldBackLabels}
                  onFocusField={focusOn}
                  fields={layout.fields}
                  onSubmitted={() => void navigate(`/applications/${application.id}/receipt`)}
                />
              }
            />
          )}
          <Flex justify="space-between" style={{ marginTop: 16 }} className="no-print">
            <Button onClick={() => goTo(step - 1)} disabled={step === 0} data-testid="step-previous">
              {t(DETAIL_TEXTS.previous)}
            </Button>
            {step < stepCount - 1 && (
              <Button type="primary" onClick={() => goTo(step + 1)} data-testid="step-next">
                {t(DETAIL_TEXTS.next)}
              </Button>
            )}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <div style={{ position: 'sticky', top: 16 }}>
            <EligibilityPanel report={report} fields={layout.fields} onFocusField={focusOn} editable={editable} />
          </div>
        </Col>
      </Row>

      <DocumentsCard documents={documents.data} onPrinted={reloadDocuments} />

      <TimelineCard applicationId={application.id} version={application.version} />

      <VersionConflictModal
        open={conflict !== null && autosave.conflictOpen}
        message={conflict?.message}
        serverNote={conflict?.theirs ? t(serverVersionNote(conflict.theirs.version, formatDateTime(conflict.theirs.updatedAt, true))) : undefined}
        rows={conflictTable}
        busy={autosave.resolving}
        onKeepMine={() => void autosave.keepMine()}
        onTakeTheirs={autosave.takeTheirs}
        onLater={() => autosave.setConflictOpen(false)}
      />
    </Flex>
  );
}

function readOnlyReasonOf(state: ApplicationView['state'], now: Date, deadlineAt: string) {
  if (['draft', 'withdrawn', 'returned_by_district'].includes(state) && now.getTime() >= new Date(deadlineAt).getTime()) return DETAIL_TEXTS.readOnlyDeadline;
  return DETAIL_TEXTS.readOnly;
}
