import { findProgrammeCategory, type ProgrammeCategoryCode } from '../catalogue/programme-categories';
import { recommendingUnitFullNameZh } from '../catalogue/recommending-units';
import { isSignedSlot } from '../calls/attachment-slots';
import type { EligibilityReport, EligibilityVerdict } from '../eligibility/evaluate-eligibility';
import { ELIGIBILITY_RULE_SETS } from '../eligibility/rule-sets';
import type { RuleOutcome } from '../eligibility/rule-types';
import { APPLICATION_FORMS } from '../forms/application-forms';
import { ENTERPRISE_PROFILE_FORM } from '../forms/enterprise-profile.schema';
import type { FieldMeta, FormSection } from '../forms/form-meta';
import { isMaskedProfileField } from '../forms/profile-masking';
import { PROJECT_SECTIONS } from '../forms/project-fields';
import { maskIdentityNumber } from '../publication/resident-id';
import type { LocalizedText } from '../i18n/localized-text';
import type { ApplicationState } from '../workflow/application-states';
import { EMPTY_VALUE, formatChineseDate, formatFileSize } from './document-format';
import { beijingDate } from '../shared/iso-date';
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

/**
 * Which copy of the 申报书 a document is: `draft` (草稿 watermark, to check the content), `signing` (签字盖章用: no
 * watermark, printed while the application is editable for the legal representative to sign and the enterprise to
 * seal; its 核验码 ties the uploaded scan to this content), `final` (archived at submission).
 */
export type ApplicationFormCopy = 'draft' | 'signing' | 'final';

export const APPLICATION_FORM_COPY_LABELS: Readonly<Record<ApplicationFormCopy, LocalizedText>> = {
  draft: { zh: '草稿', en: 'Draft' },
  signing: { zh: '签字盖章用', en: 'For signature and seal' },
  final: { zh: '提交存档', en: 'Archived at submission' },
};

/** The lines of the paper form's cover, below the facts of the application. */
export interface ApplicationFormCover {
  /** 推荐单位: the official name of the unit the enterprise chose (`—` when not chosen). */
  recommendingUnit: string;
  /** 申报单位(盖章): the enterprise's name, sealed over on paper. */
  applicant: string;
  /** 法定代表人(签字): the registered name, printed under the signature line. */
  legalRepresentative: string;
  /** 联系人: name and phone. */
  contact: string;
  /**
   * 填报日期: the submission date (Beijing) of the archived copy; null on a draft or signing copy, where the line is
   * left for the date written by hand (so the 核验码 depends on the content only, never on the day it was printed).
   */
  filledOn: string | null;
}

export interface ApplicationFormDocument {
  kind: 'application_form';
  /** Before submission (or while it can be edited again): printed with a 草稿 watermark. */
  draft: boolean;
  copy: ApplicationFormCopy;
  cover: ApplicationFormCover;
  /** 承诺书: the commitments the enterprise ticked (the true 承诺与声明 fields of its form), one sentence each. */
  pledges: string[];
  /** 推荐单位意见: a page left blank for the unit's opinion, signature and seal; it names the unit. */
  recommendation: { unitName: string };
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
  /**
   * The 签字盖章用 copy: printed without the 草稿 watermark while the application is still editable. It leaves out the
   * attachment list (the scans uploaded after printing it, the signed one included, must not change its 核验码;
   * the archived 申报书 lists every attachment with its SHA-256), the receipt number and the submission time.
   */
  signingCopy?: boolean;
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
  const signing = input.signingCopy === true;
  const draft = signing ? false : input.draft;
  const receiptNo = signing ? null : input.receiptNo;
  const submittedAt = signing ? null : input.submittedAt;
  const slotNames = new Map(input.call.attachmentSlots.map((slot) => [slot.key, slot.name.zh]));
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : '');
  const unitName = recommendingUnitFullNameZh(text(input.profile.recommendingUnitCode) || null) || EMPTY_VALUE;
  return {
    kind: 'application_form',
    draft,
    copy: signing ? 'signing' : draft ? 'draft' : 'final',
    cover: {
      recommendingUnit: unitName,
      applicant: input.enterprise.name,
      legalRepresentative: text(input.profile.legalRepresentativeName) || EMPTY_VALUE,
      contact: [text(input.profile.contactName), text(input.profile.contactPhone)].filter(Boolean).join(' ') || EMPTY_VALUE,
      filledOn: !draft && !signing && submittedAt ? formatChineseDate(beijingDate(new Date(submittedAt))) : null,
    },
    pledges: pledgesOf(input.call.category, input.data),
    recommendation: { unitName },
    applicationId: input.applicationId,
    call: callFacts(input.call),
    enterprise: { name: input.enterprise.name, uscc: input.enterprise.uscc },
    projectName: projectTitleOf(input.call.category, input.data),
    receiptNo,
    submittedAt,
    chapters: [profileChapter, ...formChapters],
    eligibility: eligibilityOf(input.call.category, input.eligibility),
    attachments: (signing ? [] : input.attachments).map((attachment) => ({
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
      return type ? `两化融合管理体系贯标（${type.zh}）` : '两化融合管理体系贯标';
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
    .map(([name, meta]) => {
      const value = values[name];
      // A person's ID number prints masked, as every screen shows it (only the enterprise's editing form has it whole).
      const printed = isMaskedProfileField(name) && typeof value === 'string' && value !== '' ? maskIdentityNumber(value) : value;
      return { label: meta.label.zh, value: formatFieldValue(name, printed, meta) };
    });
}

/** The commitments ticked in the form's 承诺与声明 section, in the form's order. */
export function pledgesOf(category: ProgrammeCategoryCode, data: Record<string, unknown>): string[] {
  const fields = APPLICATION_FORMS[category].fields as Readonly<Record<string, FieldMeta>>;
  return Object.entries(fields)
    .filter(([name, meta]) => meta.section === PROJECT_SECTIONS.declarations.id && data[name] === true)
    .map(([, meta]) => meta.label.zh);
}

/** The slots of a call that hold the signed and sealed scan of the 签字盖章用 copy. */
export function signedSlotKeys(slots: readonly { key: string; signed?: boolean }[]): string[] {
  return slots.filter(isSignedSlot).map((slot) => slot.key);
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
