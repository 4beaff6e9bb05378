import { PaperClipOutlined } from '@ant-design/icons';
import {
  APPLICATION_FORMS,
  defaultAttachmentSlots,
  ELIGIBILITY_RULE_SETS,
  ELIGIBILITY_VERDICT_LABELS,
  type ExpertApplicationView,
  FIELD_VALUE_LABELS,
  type FieldMeta,
  findManufacturingDivision,
  findProgrammeCategory,
  type FormSection,
  type LocalizedText,
  type ProgrammeCategoryCode,
  RULE_OUTCOME_LABELS,
  SHAREHOLDER_LABELS,
} from '@shifan/domain';
import { formatBytes, formatDateTime, useLocale } from '@shifan/ui';
import { Alert, Card, Descriptions, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { expertAttachmentPath } from './scoring-api';
import { labelled, SCORE_TEXTS } from './scoring-texts';

type Translate = (text: LocalizedText) => string;
type EligibilityResult = NonNullable<ExpertApplicationView['eligibility']>['results'][number];

const ITEM_LABELS: Readonly<Record<string, Readonly<Record<string, FieldMeta>>>> = { shareholders: SHAREHOLDER_LABELS };
const VERDICT_TYPES = { eligible: 'success', ineligible: 'error', incomplete: 'warning' } as const;
const OUTCOME_COLOURS = { pass: 'success', fail: 'error', warn: 'warning', missing: 'default' } as const;

function isCategory(code: string): code is ProgrammeCategoryCode {
  return findProgrammeCategory(code) !== undefined;
}

const RULE_TITLES = new Map<string, LocalizedText>(Object.values(ELIGIBILITY_RULE_SETS).flatMap((rules) => rules.map((rule) => [rule.id, rule.title] as const)));

function ruleTitle(ruleId: string): LocalizedText {
  return RULE_TITLES.get(ruleId) ?? { zh: ruleId, en: ruleId };
}

function formatNumber(value: number, meta: FieldMeta | undefined, t: Translate): string {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return meta?.unit ? `${text} ${t(meta.unit)}` : text;
}

/** One value of the submitted form as read-only text in the page's language: catalogue names, 是/否, units. */
export function formatFieldValue(name: string, value: unknown, meta: FieldMeta | undefined, t: Translate): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return '';
  if (typeof value === 'boolean') return t(value ? SCORE_TEXTS.yes : SCORE_TEXTS.no);
  if (typeof value === 'number') return formatNumber(value, meta, t);
  if (typeof value === 'string') {
    const catalogue = FIELD_VALUE_LABELS[name];
    if (catalogue?.[value]) return t(catalogue[value]);
    if (name === 'industryDivisionCode') {
      const division = findManufacturingDivision(value);
      return division ? `${value} ${t(division.name)}` : value;
    }
    return value;
  }
  if (Array.isArray(value)) {
    const labels = ITEM_LABELS[name] ?? {};
    return value
      .map((item, index) => {
        if (item === null || typeof item !== 'object') return `${index + 1}. ${formatFieldValue(name, item, meta, t)}`;
        const parts = Object.entries(item as Record<string, unknown>).map(([key, member]) => {
          const itemMeta = labels[key];
          const text = formatFieldValue(key, member, itemMeta, t);
          return itemMeta ? `${t(itemMeta.label)} ${text}` : text;
        });
        return `${index + 1}. ${parts.filter(Boolean).join('，')}`;
      })
      .join('\n');
  }
  return JSON.stringify(value);
}

function Value({ text }: { text: string }) {
  return text === '' ? <Typography.Text type="secondary">—</Typography.Text> : <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
}

interface Section {
  id: string;
  title: LocalizedText;
  fields: { name: string; label: LocalizedText; meta?: FieldMeta }[];
}

/** The category's form sections with their labels, then any submitted value the form metadata does not know. */
function sectionsOf(category: string, data: Readonly<Record<string, unknown>>): Section[] {
  const known = new Set<string>();
  const sections: Section[] = [];
  if (isCategory(category)) {
    const form = APPLICATION_FORMS[category];
    const fields = form.fields as Readonly<Record<string, FieldMeta>>;
    for (const section of form.sections as readonly FormSection[]) {
      const names = Object.keys(fields).filter((name) => fields[name].section === section.id);
      names.forEach((name) => known.add(name));
      sections.push({ id: section.id, title: section.title, fields: names.map((name) => ({ name, label: fields[name].label, meta: fields[name] })) });
    }
  }
  const others = Object.keys(data).filter((name) => !known.has(name));
  if (others.length > 0) sections.push({ id: 'other', title: SCORE_TEXTS.otherFields, fields: others.map((name) => ({ name, label: { zh: name, en: name } })) });
  return sections;
}

/** The submitted form as labelled descriptions, one block per section. */
export function ApplicationContent({ application }: { application: ExpertApplicationView }) {
  const { t } = useLocale();
  const sections = useMemo(() => sectionsOf(application.category, application.data), [application.category, application.data]);
  return (
    <Card title={t(SCORE_TEXTS.content)} data-testid="application-content">
      <Flex vertical gap={16}>
        {sections.map((section) => (
          <Descriptions
            key={section.id}
            size="small"
            bordered
            column={1}
            title={<span style={{ fontSize: 14 }}>{t(section.title)}</span>}
            styles={{ label: { width: '38%' } }}
            items={section.fields.map((field) => ({
              key: field.name,
              label: t(field.label),
              children: <Value text={formatFieldValue(field.name, application.data[field.name], field.meta, t)} />,
            }))}
            data-testid={`application-section-${section.id}`}
          />
        ))}
      </Flex>
    </Card>
  );
}

/** Who applied (unless blind), to which call, with the receipt number. */
export function ApplicantFacts({ application }: { application: ExpertApplicationView }) {
  const { t } = useLocale();
  const category = findProgrammeCategory(application.category);
  const hidden = <Typography.Text type="secondary">{t(SCORE_TEXTS.hidden)}</Typography.Text>;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'call', label: t(SCORE_TEXTS.call), children: application.callTitle },
        { key: 'category', label: t(SCORE_TEXTS.category), children: category ? t(category.name) : application.category },
        { key: 'applicant', label: t(SCORE_TEXTS.applicant), children: application.enterpriseName ?? hidden },
        { key: 'uscc', label: t(SCORE_TEXTS.uscc), children: application.uscc ?? hidden },
        { key: 'receiptNo', label: t(SCORE_TEXTS.receiptNo), children: application.receiptNo ?? '—' },
      ]}
      data-testid="applicant-facts"
    />
  );
}

/** The eligibility report recorded at submission: the verdict and each rule's outcome. */
export function EligibilityCard({ application }: { application: ExpertApplicationView }) {
  const { t } = useLocale();
  const report = application.eligibility;
  const columns = useMemo<TableColumnsType<EligibilityResult>>(
    () => [
      { key: 'rule', title: t(SCORE_TEXTS.rule), render: (_, result) => t(ruleTitle(result.ruleId)) },
      {
        key: 'outcome',
        title: t(SCORE_TEXTS.outcome),
        render: (_, result) => (
          <Tag color={OUTCOME_COLOURS[result.outcome]} style={{ marginInlineEnd: 0 }}>
            {t(RULE_OUTCOME_LABELS[result.outcome])}
          </Tag>
        ),
      },
      { key: 'message', title: t(SCORE_TEXTS.message), render: (_, result) => t(result.message) },
    ],
    [t],
  );
  return (
    <Card title={t(SCORE_TEXTS.eligibility)} data-testid="application-eligibility">
      {report ? (
        <Flex vertical gap={12}>
          <Alert type={VERDICT_TYPES[report.verdict]} showIcon title={`${t(labelled(SCORE_TEXTS.verdict))}${t(ELIGIBILITY_VERDICT_LABELS[report.verdict])}`} data-verdict={report.verdict} />
          <Table<EligibilityResult>
            rowKey="ruleId"
            size="small"
            columns={columns}
            dataSource={report.results}
            pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
          />
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t(SCORE_TEXTS.noEligibility)}</Typography.Text>
      )}
    </Card>
  );
}

/** The attachments the expert may see, each opening inline in a new tab. */
export function AttachmentsCard({ application }: { application: ExpertApplicationView }) {
  const { t } = useLocale();
  const slotNames = useMemo(() => {
    const slots = isCategory(application.category) ? defaultAttachmentSlots(application.category) : [];
    return new Map(slots.map((slot) => [slot.key, slot.name]));
  }, [application.category]);
  return (
    <Card
      title={t(SCORE_TEXTS.attachments)}
      data-testid="application-attachments"
      extra={
        application.blind ? null : (
          <a href={`/api/expert/applications/${application.applicationId}/application-form.pdf`} target="_blank" rel="noopener" data-testid="expert-form-pdf">
            {t(FORM_PDF_TEXT)}
          </a>
        )
      }
    >
      {application.attachments.length === 0 ? (
        <Typography.Text type="secondary">{t(SCORE_TEXTS.noAttachments)}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t(SCORE_TEXTS.attachmentsHint)}</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
            {application.attachments.map((attachment) => {
              const slot = slotNames.get(attachment.slotKey);
              return (
                <li key={attachment.id} style={{ padding: '4px 0' }}>
                  <Flex gap={8} align="baseline" wrap>
                    <PaperClipOutlined />
                    <a
                      href={expertAttachmentPath(application.applicationId, attachment.id)}
                      target="_blank"
                      rel="noopener"
                      data-testid={`attachment-${attachment.id}`}
                    >
                      {attachment.fileName}
                    </a>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {slot ? t(slot) : attachment.slotKey} · {formatBytes(attachment.size)} · {formatDateTime(attachment.createdAt)}
                    </Typography.Text>
                  </Flex>
                </li>
              );
            })}
          </ul>
        </Flex>
      )}
    </Card>
  );
}

const FORM_PDF_TEXT = { zh: '查看申报书（PDF）', en: 'Open the 申报书 (PDF)' } as const;
