import { type AttachmentSlot, type AttachmentView, decodeLocalizedMessage, type EligibilityReport, type FieldMeta, type Locale, type LocalizedText } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { DraftData } from '../../forms/draft-values';
import type { FieldKind } from '../../forms/field-kinds';
import { FieldValue, formatFieldValue } from '../../forms/format-value';
import { VERDICT_LABELS } from '../../eligibility/eligibility-texts';
import { ruleTitle } from '../../eligibility/run-eligibility';
import { missingDocumentsText } from './attachments-texts';
import { formIssuesText, REVIEW_TEXTS } from './review-texts';
import type { ApplicationFormLayout } from './steps';

export interface FormIssue {
  field: string;
  message: string;
}

export interface ReviewStepProps {
  layout: ApplicationFormLayout;
  kinds: Readonly<Record<string, FieldKind>>;
  itemLabels: Readonly<Record<string, FieldMeta>>;
  values: DraftData;
  report: EligibilityReport;
  slots: readonly AttachmentSlot[];
  attachments: readonly AttachmentView[];
  /** Problems the full (submission) schema finds in the form. */
  issues: readonly FormIssue[];
  onFocusField: (name: string) => void;
  onOpenAttachments: () => void;
  /** The submit button and its errors, when the application may be submitted. */
  submit: ReactNode;
}

const VERDICT_TYPES = { eligible: 'success', ineligible: 'error', incomplete: 'warning' } as const;

/** 核对提交: the verdict, missing documents and form problems, a read-only summary, and the submit button. */
export function ReviewStep({ layout, kinds, itemLabels, values, report, slots, attachments, issues, onFocusField, onOpenAttachments, submit }: ReviewStepProps) {
  const { t } = useLocale();
  const missingSlots = slots.filter((slot) => slot.required && !attachments.some((attachment) => attachment.slotKey === slot.key));
  const unresolved = report.results.filter((result) => result.outcome === 'fail' || result.outcome === 'missing');
  const label = (name: string): LocalizedText => layout.fields[name]?.label ?? { zh: name, en: name };

  return (
    <Flex vertical gap={16} data-testid="review-step">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t(REVIEW_TEXTS.intro)}
      </Typography.Paragraph>
      <Alert
        type={VERDICT_TYPES[report.verdict]}
        showIcon
        title={`${t(REVIEW_TEXTS.verdict)}: ${t(VERDICT_LABELS[report.verdict])}`}
        data-testid="review-verdict"
        data-verdict={report.verdict}
        description={
          unresolved.length > 0 ? (
            <Flex vertical gap={2}>
              <span>{t(REVIEW_TEXTS.unresolvedRules)}</span>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {unresolved.map((result) => (
                  <li key={result.ruleId}>
                    <Typography.Text strong>{t(ruleTitle(result.ruleId))}</Typography.Text>: {t(result.message)}
                  </li>
                ))}
              </ul>
            </Flex>
          ) : undefined
        }
      />
      {missingSlots.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t(missingDocumentsText(missingSlots.map((slot) => t(slot.name)).join('、')))}
          action={
            <Button size="small" onClick={onOpenAttachments}>
              {t(REVIEW_TEXTS.openAttachments)}
            </Button>
          }
          data-testid="review-missing-attachments"
        />
      ) : null}
      {issues.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t(formIssuesText(issues.length))}
          data-testid="review-form-issues"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {issues.map((issue) => (
                <li key={`${issue.field}:${issue.message}`}>
                  <Button type="link" size="small" onClick={() => onFocusField(issue.field)} style={{ padding: 0, height: 'auto' }}>
                    {t(label(issue.field))}
                  </Button>
                  : {issue.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon title={t(REVIEW_TEXTS.formComplete)} />
      )}
      <Card size="small" title={t(REVIEW_TEXTS.summary)} data-testid="review-summary">
        <Flex vertical gap={16}>
          {layout.sections.map((section) => (
            <Descriptions
              key={section.id}
              size="small"
              bordered
              column={1}
              title={<span style={{ fontSize: 14 }}>{t(section.title)}</span>}
              styles={{ label: { width: '38%' } }}
              items={Object.keys(layout.fields)
                .filter((name) => layout.fields[name].section === section.id)
                .map((name) => ({
                  key: name,
                  label: t(layout.fields[name].label),
                  children: <FieldValue text={formatFieldValue(name, kinds[name], layout.fields[name], values[name], t, itemLabels)} />,
                }))}
            />
          ))}
          <Descriptions
            size="small"
            bordered
            column={1}
            title={<span style={{ fontSize: 14 }}>{t(REVIEW_TEXTS.attachments)}</span>}
            styles={{ label: { width: '38%' } }}
            items={slots.map((slot) => {
              const files = attachments.filter((attachment) => attachment.slotKey === slot.key);
              return { key: slot.key, label: t(slot.name), children: <FieldValue text={files.map((file) => file.fileName).join('、')} /> };
            })}
          />
        </Flex>
      </Card>
      {submit}
    </Flex>
  );
}

/** The submission schema's problems as one line per field, decoded into the page's language. */
export function formIssuesFrom(issues: readonly { path: PropertyKey[]; message: string }[], locale: Locale): FormIssue[] {
  const seen = new Set<string>();
  const result: FormIssue[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (field === '' || seen.has(field)) continue;
    seen.add(field);
    result.push({ field, message: decodeLocalizedMessage(issue.message, locale) });
  }
  return result;
}
