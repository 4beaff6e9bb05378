import { findProgrammeCategory, type ProgrammeCategoryCode } from '../catalogue/programme-categories';
import type { EligibilityReport, EligibilityVerdict } from '../eligibility/evaluate-eligibility';
import { ELIGIBILITY_RULE_SETS } from '../eligibility/rule-sets';
import type { RuleOutcome } from '../eligibility/rule-types';
import { APPLICATION_FORMS } from '../forms/application-forms';
import { ENTERPRISE_PROFILE_FORM } from '../forms/enterprise-profile.schema';
import type { FieldMeta, FormSection } from '../forms/form-meta';
import type { LocalizedText } from '../i18n/localized-text';
import type { ApplicationState } from '../workflow/application-states';
import { EMPTY_VALUE, formatFileSize } from './document-format';
import { formatFieldValue, IT_INTEGRATION_TYPE_LABELS, PROGRAMME_LEVEL_LABELS } from './field-values';
import type { DocumentSeal } from './verification-code';

/**
 * View models of the printed documents of an application: the 申报书 (application form) and the 回执 (receipt).
 * They hold every character the document prints about the application, already formatted, and nothing that depends
 * on when or where it is rendered (no render time, no URL); their canonical JSON is what the verification code
 * hashes. Renderers (the API's PDF code) only lay them out.
 */
export type DocumentKind = 'application_form' | 'receipt';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['application_form', 'receipt'];

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, LocalizedText>> = {
  application_form: { zh: '申报书', en: 'Application form' },
  receipt: { zh: '申报回执', en: 'Submission receipt' },
};

export const RULE_OUTCOME_LABELS: Readonly<Record<RuleOutcome, LocalizedText>> = {
  pass: { zh: '符合', en: 'Pass' },
  fail: { zh: '不符合', en: 'Fail' },
  warn: { zh: '提示', en: 'Warning' },
  missing: { zh: '待填写', en: 'Missing' },
};

export const ELIGIBILITY_VERDICT_LABELS: Readonly<Record<EligibilityVerdict, LocalizedText>> = {
  eligible: { zh: '符合申报条件', en: 'Eligible' },
  ineligible: { zh: '不符合申报条件', en: 'Not eligible' },
  incomplete: { zh: '信息尚不完整', en: 'Incomplete' },
};

/** States in which the enterprise may still change its application: its 申报书 then prints as a draft (草稿). */
export const DRAFT_DOCUMENT_STATES: readonly ApplicationState[] = ['draft', 'withdrawn', 'returned_by_district', 'returned_for_revision'];

export function isDraftDocumentState(state: string): boolean {
  return (DRAFT_DOCUMENT_STATES as readonly string[]).includes(state);
}

export interface DocumentField {
  label: string;
  value: string;
}

export interface DocumentFieldGroup {
  /** The sub-heading of the group, or null when the chapter has one group only. */
  title: string | null;
  fields: DocumentField[];
}

export interface DocumentChapter {
  title: string;
  groups: DocumentFieldGroup[];
}

export interface EligibilityLine {
  ruleId: string;
  title: string;
  outcome: RuleOutcome;
  outcomeLabel: string;
  message: string;
}

export interface AttachmentLine {
  slotName: string;
  fileName: string;
  size: number;
  sizeLabel: string;
  sha256: string;
}

export interface DocumentCallFacts {
  id: number;
  title: string;
  year: number;
  categoryName: string;
  levelName: string;
}

export interface ApplicationFormDocument {
  kind: 'application_form';
  /** Before submission (or while it can be edited again): printed with a 草稿 watermark. */
  draft: boolean;
  applicationId: number;
  call: DocumentCallFacts;
  enterprise: { name: string; uscc: string };
  projectName: string;
  receiptNo: string | null;
  /** ISO 8601 instant of the submission, or null for a draft never submitted. */
  submittedAt: string | null;
  /** The enterprise profile first, then each section of the category's form. */
  chapters: DocumentChapter[];
  eligibility: { verdictLabel: string; lines: EligibilityLine[] };
  attachments: AttachmentLine[];
}

export interface ReceiptDocument {
  kind: 'receipt';
  applicationId: number;
  receiptNo: string;
  submittedAt: string;
  call: Pick<DocumentCallFacts, 'id' | 'title' | 'categoryName'>;
  enterprise: { name: string; uscc: string };
  projectName: string;
  /** The 申报书 archived with this receipt: its verification code and content hash bind the two together. */
  applicationForm: DocumentSeal;
  attachmentCount: number;
}

/** What the API gathers for a 申报书 from the application, its call, enterprise, profile and attachments. */
export interface ApplicationFormInput {
  applicationId: number;
  draft: boolean;
  call: {
    id: number;
    title: string;
    year: number;
    category: ProgrammeCategoryCode;
    level: string;
    attachmentSlots: readonly { key: string; name: LocalizedText }[];
  };
  enterprise: { name: string; uscc: string };
  profile: Record<string, unknown>;
  data: Record<string, unknown>;
  eligibility: EligibilityReport | null;
  attachments: readonly { slotKey: string; fileName: string; size: number; sha256: string }[];
  receiptNo: string | null;
  submittedAt: string | null;
}

export function buildApplicationFormDocument(input: ApplicationFormInput): ApplicationFormDocument {
  const form = APPLICATION_FORMS[input.call.category];
  const formChapters = form.sections.map((section) => ({
    title: section.title.zh,
    groups: [{ title: null, fields: fieldsOf(form.fields as Readonly<Record<string, FieldMeta>>, section, input.data) }],
  }));
  const profileChapter: DocumentChapter = {
    title: '企业基本信息',
    groups: ENTERPRISE_PROFILE_FORM.sections.map((section) => ({
      title: section.title.zh,
      fields: fieldsOf(ENTERPRISE_PROFILE_FORM.fields as Readonly<Record<string, FieldMeta>>, section, input.profile),
    })),
  };
  const slotNames = new Map(input.call.attachmentSlots.map((slot) => [slot.key, slot.name.zh]));
  return {
    kind: 'application_form',
    draft: input.draft,
    applicationId: input.applicationId,
    call: callFacts(input.call),
    enterprise: { name: input.enterprise.name, uscc: input.enterprise.uscc },
    projectName: projectTitleOf(input.call.category, input.data),
    receiptNo: input.receiptNo,
    submittedAt: input.submittedAt,
    chapters: [profileChapter, ...formChapters],
    eligibility: eligibilityOf(input.call.category, input.eligibility),
    attachments: input.attachments.map((attachment) => ({
      slotName: slotNames.get(attachment.slotKey) ?? attachment.slotKey,
      fileName: attachment.fileName,
      size: attachment.size,
      sizeLabel: formatFileSize(attachment.size),
      sha256: attachment.sha256,
    })),
  };
}

/** The receipt of a submitted 申报书, bound to it by the 申报书's seal. */
export function buildReceiptDocument(form: ApplicationFormDocument, formSeal: DocumentSeal): ReceiptDocument {
  if (form.draft || form.receiptNo === null || form.submittedAt === null) throw new Error('A receipt is only issued for a submitted application');
  return {
    kind: 'receipt',
    applicationId: form.applicationId,
    receiptNo: form.receiptNo,
    submittedAt: form.submittedAt,
    call: { id: form.call.id, title: form.call.title, categoryName: form.call.categoryName },
    enterprise: form.enterprise,
    projectName: form.projectName,
    applicationForm: { code: formSeal.code, contentSha256: formSeal.contentSha256 },
    attachmentCount: form.attachments.length,
  };
}

/** What a list or a cover calls the application: its project, its centre, or the kind of 两化融合 application. */
export function projectTitleOf(category: ProgrammeCategoryCode, data: Record<string, unknown>): string {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  switch (category) {
    case 'INNOVATION_CENTRE':
      return text(data.centreName) ?? EMPTY_VALUE;
    case 'IT_INTEGRATION': {
      const type = IT_INTEGRATION_TYPE_LABELS[data.applicationType as keyof typeof IT_INTEGRATION_TYPE_LABELS];
      return type ? `两化融合管理体系贯标(${type.zh})` : '两化融合管理体系贯标';
    }
    default:
      return text(data.projectName) ?? EMPTY_VALUE;
  }
}

/** The title of an eligibility rule of a category (its id when the rule set no longer has it). */
export function eligibilityRuleTitle(category: ProgrammeCategoryCode, ruleId: string): string {
  const rules = ELIGIBILITY_RULE_SETS[category] as readonly { id: string; title: LocalizedText }[];
  return rules.find((rule) => rule.id === ruleId)?.title.zh ?? ruleId;
}

function callFacts(call: ApplicationFormInput['call']): DocumentCallFacts {
  return {
    id: call.id,
    title: call.title,
    year: call.year,
    categoryName: findProgrammeCategory(call.category)!.name.zh,
    levelName: PROGRAMME_LEVEL_LABELS[call.level as keyof typeof PROGRAMME_LEVEL_LABELS]?.zh ?? call.level,
  };
}

function fieldsOf(fields: Readonly<Record<string, FieldMeta>>, section: FormSection, values: Record<string, unknown>): DocumentField[] {
  return Object.entries(fields)
    .filter(([, meta]) => meta.section === section.id)
    .map(([name, meta]) => ({ label: meta.label.zh, value: formatFieldValue(name, values[name], meta) }));
}

function eligibilityOf(category: ProgrammeCategoryCode, report: EligibilityReport | null): ApplicationFormDocument['eligibility'] {
  if (!report) return { verdictLabel: '未检查', lines: [] };
  return {
    verdictLabel: ELIGIBILITY_VERDICT_LABELS[report.verdict].zh,
    lines: report.results.map((result) => ({
      ruleId: result.ruleId,
      title: eligibilityRuleTitle(category, result.ruleId),
      outcome: result.outcome,
      outcomeLabel: RULE_OUTCOME_LABELS[result.outcome].zh,
      message: result.message.zh,
    })),
  };
}
