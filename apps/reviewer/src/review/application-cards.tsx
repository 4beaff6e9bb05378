import {
  type AttachmentSlot,
  type AttachmentView,
  ELIGIBILITY_RULE_SETS,
  ENTERPRISE_PROFILE_FORM,
  type FieldMeta,
  type FormSection,
  type LocalizedText,
  type ReviewApplicationDetail,
} from '@shifan/domain';
import { ApplicationStateTag, formatBeijingDateTime, formatBytes, useLocale } from '@shifan/ui';
import { Alert, Card, Descriptions, Empty, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { unitLabel, subFieldLabel } from './catalogue-labels';
import { formatFieldValue, groupFormData } from './field-format';
import { attachmentPath } from './review-api';
import { OUTCOME_LABELS, priorityText, REVIEW_TEXTS, VERDICT_LABELS, versionText } from './review-texts';

const VERDICT_TYPES = { eligible: 'success', ineligible: 'error', incomplete: 'warning' } as const;
const OUTCOME_COLOURS = { pass: 'success', fail: 'error', warn: 'warning', missing: 'default' } as const;
const LIST_PAGE_SIZE = 10;

const RULE_TITLES = new Map<string, LocalizedText>(Object.values(ELIGIBILITY_RULE_SETS).flatMap((rules) => rules.map((rule) => [rule.id, rule.title] as const)));

/** A value or a grey dash. */
function Value({ text }: { text: string }) {
  return text === '' ? <Typography.Text type="secondary">—</Typography.Text> : <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
}

const FORM_PDF_TEXT = { zh: '查看申报书（PDF）', en: 'Open the 申报书 (PDF)' } as const;

/** 申报概要: who applied for what, where the application stands. */
export function SummaryCard({ application }: { application: ReviewApplicationDetail }) {
  const { t } = useLocale();
  const none = t(REVIEW_TEXTS.none);
  return (
    <Card
      size="small"
      title={t(REVIEW_TEXTS.summary)}
      data-testid="review-summary"
      extra={
        <a href={`/api/review/applications/${application.id}/application-form.pdf`} target="_blank" rel="noopener" data-testid="review-form-pdf">
          {t(FORM_PDF_TEXT)}
        </a>
      }
    >
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'receiptNo', label: t(REVIEW_TEXTS.receiptNo), children: <span data-testid="summary-receipt">{application.receiptNo ?? none}</span> },
          { key: 'state', label: t(REVIEW_TEXTS.state), children: <ApplicationStateTag state={application.state} /> },
          { key: 'call', label: t(REVIEW_TEXTS.callTitle), children: application.callTitle },
          { key: 'submittedAt', label: t(REVIEW_TEXTS.submittedAt), children: formatBeijingDateTime(application.submittedAt) },
          { key: 'enterprise', label: t(REVIEW_TEXTS.enterprise), children: application.enterpriseName },
          { key: 'uscc', label: t(REVIEW_TEXTS.uscc), children: application.uscc },
          {
            key: 'legalRepresentative',
            label: t(ENTERPRISE_PROFILE_FORM.fields.legalRepresentativeName.label),
            children: (
              <span data-testid="summary-legal-representative">
                {[application.legalRepresentative?.name, application.legalRepresentative?.idMasked].filter(Boolean).join(' ') || none}
              </span>
            ),
          },
          { key: 'district', label: t(REVIEW_TEXTS.district), children: t(unitLabel(application.recommendingUnitCode)) },
          { key: 'subField', label: t(REVIEW_TEXTS.subField), children: t(subFieldLabel(application.subFieldCode)) },
          { key: 'project', label: t(REVIEW_TEXTS.projectName), children: application.projectName || none },
          {
            key: 'investment',
            label: t(REVIEW_TEXTS.investment),
            children: application.totalInvestmentWanYuan === null ? none : application.totalInvestmentWanYuan.toLocaleString('en-US'),
          },
          {
            key: 'eligibility',
            label: t(REVIEW_TEXTS.eligibility),
            children: application.eligibilityVerdict ? t(VERDICT_LABELS[application.eligibilityVerdict]) : none,
          },
          {
            key: 'priority',
            label: t(REVIEW_TEXTS.priority),
            children: application.unitPriority === null ? none : t(priorityText(application.unitPriority)),
          },
          { key: 'revisionDueOn', label: t(REVIEW_TEXTS.revisionDueOn), children: application.revisionDueOn ?? none },
          { key: 'version', label: t(REVIEW_TEXTS.version), children: t(versionText(application.version)) },
        ]}
      />
    </Card>
  );
}

export interface FormDataCardProps {
  data: Readonly<Record<string, unknown>>;
  sections: readonly FormSection[];
  fields: Readonly<Record<string, FieldMeta>>;
}

/** 申报书内容: the submitted form, section by section, each field with its label from the domain's form metadata. */
export function FormDataCard({ data, sections, fields }: FormDataCardProps) {
  const { locale, t } = useLocale();
  const groups = groupFormData(data, sections, fields);
  return (
    <Card size="small" title={t(REVIEW_TEXTS.formData)} data-testid="review-form-data">
      {groups.length === 0 ? (
        <Empty description={t(REVIEW_TEXTS.noFormData)} />
      ) : (
        <Flex vertical gap={16}>
          {groups.map((group) => (
            <Descriptions
              key={group.id}
              size="small"
              bordered
              column={1}
              title={<span style={{ fontSize: 14 }}>{t(group.title ?? REVIEW_TEXTS.otherFields)}</span>}
              styles={{ label: { width: '38%' } }}
              items={group.fields.map((field) => ({
                key: field.name,
                label: t(field.label),
                children: (
                  <span data-testid={`field-${field.name}`}>
                    <Value text={formatFieldValue(field.name, field.value, field.meta, locale)} />
                  </span>
                ),
              }))}
            />
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** 条件核验: the eligibility verdict and each rule's outcome as the server found it on submission. */
export function EligibilityCard({ report }: { report: ReviewApplicationDetail['eligibility'] }) {
  const { t } = useLocale();
  type Result = NonNullable<typeof report>['results'][number];
  const columns: TableColumnsType<Result> = [
    { key: 'rule', title: t(REVIEW_TEXTS.rule), render: (_, result) => t(RULE_TITLES.get(result.ruleId) ?? { zh: result.ruleId, en: result.ruleId }) },
    {
      key: 'outcome',
      title: t(REVIEW_TEXTS.outcome),
      width: 100,
      render: (_, result) => (
        <Tag color={OUTCOME_COLOURS[result.outcome]} style={{ marginInlineEnd: 0 }}>
          {t(OUTCOME_LABELS[result.outcome])}
        </Tag>
      ),
    },
    { key: 'message', title: t(REVIEW_TEXTS.message), render: (_, result) => t(result.message) },
  ];
  return (
    <Card size="small" title={t(REVIEW_TEXTS.eligibilityTitle)} data-testid="review-eligibility">
      {report ? (
        <Flex vertical gap={12}>
          <Alert type={VERDICT_TYPES[report.verdict]} showIcon title={t(VERDICT_LABELS[report.verdict])} data-testid="review-eligibility-verdict" data-verdict={report.verdict} />
          <Table<Result>
            rowKey="ruleId"
            size="small"
            columns={columns}
            dataSource={report.results}
            pagination={{ pageSize: LIST_PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
          />
        </Flex>
      ) : (
        <Empty description={t(REVIEW_TEXTS.noEligibility)} />
      )}
    </Card>
  );
}

export interface AttachmentsCardProps {
  applicationId: number;
  attachments: readonly AttachmentView[];
  /** The call's slots, for the documents' names; empty while the call loads. */
  slots: readonly AttachmentSlot[];
}

/** 附件材料: each file under its slot, opened inline in a new tab (the API audits each view). */
export function AttachmentsCard({ applicationId, attachments, slots }: AttachmentsCardProps) {
  const { t } = useLocale();
  const order = new Map(slots.map((slot, index) => [slot.key, index]));
  const sorted = [...attachments].sort((a, b) => (order.get(a.slotKey) ?? 999) - (order.get(b.slotKey) ?? 999) || a.id - b.id);
  const slotName = (key: string): LocalizedText => slots.find((slot) => slot.key === key)?.name ?? { zh: key, en: key };
  const columns: TableColumnsType<AttachmentView> = [
    { key: 'slot', title: t(REVIEW_TEXTS.slot), render: (_, attachment) => t(slotName(attachment.slotKey)) },
    {
      key: 'file',
      title: t(REVIEW_TEXTS.fileName),
      render: (_, attachment) => (
        <Tooltip title={t(REVIEW_TEXTS.openHint)}>
          <a href={attachmentPath(applicationId, attachment.id)} target="_blank" rel="noopener noreferrer" data-testid={`attachment-${attachment.id}`}>
            {attachment.fileName}
          </a>
        </Tooltip>
      ),
    },
    { key: 'size', title: t(REVIEW_TEXTS.size), align: 'right', render: (_, attachment) => formatBytes(attachment.size) },
    { key: 'createdAt', title: t(REVIEW_TEXTS.uploadedAt), render: (_, attachment) => formatBeijingDateTime(attachment.createdAt) },
  ];
  return (
    <Card size="small" title={t(REVIEW_TEXTS.attachments)} data-testid="review-attachments">
      <Table<AttachmentView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={sorted}
        locale={{ emptyText: t(REVIEW_TEXTS.noAttachments) }}
        pagination={{ pageSize: LIST_PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
