import type { WorkingCalendar } from '../calendar/working-days';
import type { ProgrammeCategoryCode } from '../catalogue/programme-categories';
import {
  approvedListNoticeTitleOf,
  approvedListTitleOf,
  countedObjects,
  designationOfYear,
  publicationIssuer,
  publicationRecipients,
  type PublicationLevel,
  publicationWording,
  type PublicationWording,
  publicNoticeTitleOf,
} from '../publication/publication-wording';
import { type IsoDate, parseIsoDate } from '../shared/iso-date';

/**
 * View models of what the city publishes about a call: the 公示 of its shortlist (the notice text, the notice period
 * in working days, the contact for objections and the list of projects) and, once the notice has ended and every
 * objection is closed, the 认定名单 (approved list; 推荐名单 for a provincial or national call) laid out as the 通知
 * that publishes it. The words per programme and level come from `publicationWording`, the issuer from
 * `publicationIssuer` (the year the document is dated). They hold every character the documents print, in order;
 * renderers only lay them out.
 */

export interface PublicationCallFacts {
  id: number;
  title: string;
  year: number;
  category: ProgrammeCategoryCode;
  level: PublicationLevel;
}

export interface PublicNoticeProject {
  enterpriseName: string;
  projectName: string;
  /** 所属领域: the key field (and sub-field) of the project. */
  field: string;
  /** 推荐单位 (short name). */
  district: string;
}

/** Where objections (异议) are filed during the notice period. */
export interface ObjectionContact {
  /** The office that receives objections, e.g. 武汉市经济和信息化局智能制造处. */
  department: string;
  person: string;
  phone: string;
  email: string | null;
  /** Postal address for written objections. */
  address: string | null;
}

export interface PublicNoticePeriod {
  startsOn: IsoDate;
  /** The last day of the period, counted in working days (see `WorkingCalendar.workingPeriodEnd`). */
  endsOn: IsoDate;
  workingDays: number;
}

export interface PublicNoticeDocument {
  kind: 'public_notice';
  call: PublicationCallFacts;
  /** e.g. 关于2026年武汉市智能制造试点示范项目拟认定名单的公示 (拟推荐名单 for provincial and national calls). */
  title: string;
  /** The body of the notice, one string per paragraph. */
  paragraphs: string[];
  period: PublicNoticePeriod;
  contact: ObjectionContact;
  /** In the order published. */
  projects: PublicNoticeProject[];
  /** The heading of the attached list: 拟认定名单 or 拟推荐名单. */
  listName: string;
  /** What one line of the list is (项目, 创新中心, 企业); the list counts in `countWord` (共12项, 共3家). */
  objectNoun: string;
  countWord: string;
  /** The header of the name column: 项目名称, 创新中心名称 or 贯标项目名称. */
  entryNameHeader: string;
  /** The issuing authority, printed above the date at the end (by the year of `issuedOn`). */
  issuer: string;
  issuedOn: IsoDate;
}

export interface ApprovedListEntry {
  enterpriseName: string;
  uscc: string;
  projectName: string;
  field: string;
  district: string;
}

export interface ApprovedListDocument {
  kind: 'approved_list';
  call: PublicationCallFacts;
  /** The 通知 that publishes the list, e.g. 关于公布2026年武汉市智能制造试点示范项目认定名单的通知. */
  noticeTitle: string;
  /** The list itself (the attachment of the 通知), e.g. 2026年武汉市智能制造试点示范项目认定名单. */
  title: string;
  /** The official document number (文号), e.g. 武经信〔2026〕12号, or null when none was entered. */
  documentNumber: string | null;
  /** 主送: 各区人民政府(含功能区管委会), 有关单位. */
  recipients: string[];
  /** The body of the 通知, one string per paragraph. */
  paragraphs: string[];
  /** 附件: the list's title. */
  attachmentLabel: string;
  objectNoun: string;
  countWord: string;
  entryNameHeader: string;
  entries: ApprovedListEntry[];
  issuer: string;
  issuedOn: IsoDate;
}

/** The issuer of publications dated from 2019 (武汉市经济和信息化局); earlier ones: see `publicationIssuer(year)`. */
export const DEFAULT_PUBLICATION_ISSUER = publicationIssuer(2019);

/** `关于2026年武汉市智能制造试点示范项目拟认定名单的公示` (拟推荐名单 for provincial and national calls). */
export function publicNoticeTitle(year: number, category: ProgrammeCategoryCode, level: PublicationLevel | string): string {
  return publicNoticeTitleOf(publicationWording(category, level), year).zh;
}

/** `2026年武汉市智能制造试点示范项目认定名单` (推荐名单 for provincial and national calls). */
export function approvedListTitle(year: number, category: ProgrammeCategoryCode, level: PublicationLevel | string): string {
  return approvedListTitleOf(publicationWording(category, level), year).zh;
}

/** `关于公布2026年武汉市智能制造试点示范项目认定名单的通知`. */
export function approvedListNoticeTitle(year: number, category: ProgrammeCategoryCode, level: PublicationLevel | string): string {
  return approvedListNoticeTitleOf(publicationWording(category, level), year).zh;
}

/** The year an ISO date falls in (the issuer's year); the fallback when the date is not one. */
function yearOf(date: string, fallback: number): number {
  return parseIsoDate(date)?.year ?? fallback;
}

/** A date as official documents print it, without leading zeros: `2026-07-01` → `2026年7月1日`; else as given. */
export function formatOfficialDate(value: string): string {
  const parts = parseIsoDate(value);
  if (!parts) return value;
  return `${parts.year}年${parts.month}月${parts.day}日`;
}

/** A notice period of `workingDays` working days that starts on `startsOn` (the start counts when it is a working day). */
export function publicNoticePeriod(calendar: WorkingCalendar, startsOn: IsoDate, workingDays: number): PublicNoticePeriod {
  return { startsOn, endsOn: calendar.workingPeriodEnd(startsOn, workingDays), workingDays };
}

/** `2026年7月1日至2026年7月7日(5个工作日)`. */
export function publicNoticePeriodText(period: PublicNoticePeriod): string {
  return `${formatOfficialDate(period.startsOn)}至${formatOfficialDate(period.endsOn)}（${period.workingDays}个工作日）`;
}

/**
 * The standard body of a 公示: what is published and why, and how objections are filed (实名, 盖章, 保密). Municipal:
 * 拟认定以下12个项目为2026年武汉市智能制造试点示范项目; provincial and national: 拟推荐以下3家创新中心申报2026年湖北省制造业创新中心.
 */
export function defaultPublicNoticeParagraphs(input: { year: number; wording: PublicationWording; projectCount: number; issuer: string }): string[] {
  const { wording, year } = input;
  const designation = designationOfYear(wording, year).zh;
  const decision =
    wording.level === 'municipal'
      ? `${wording.proposedVerb.zh}以下${countedObjects(wording, input.projectCount)}为${designation}`
      : `${wording.proposedVerb.zh}以下${countedObjects(wording, input.projectCount)}申报${designation}`;
  return [
    `根据${designation}申报工作安排，经企业申报、推荐单位推荐、形式审查和专家评审，${decision}，现予以公示。`,
    // wording-allow: 不予受理 (an objection, not a unit's refusal)
    `公示期间，任何单位和个人对公示${wording.objectNoun.zh}有异议的，可在公示期内以书面形式向${input.issuer}提出，并提供必要的证明材料。单位提出异议的，须加盖本单位公章；个人提出异议的，须签署真实姓名并注明有效联系方式。匿名异议和超出期限的异议不予受理。对异议人的身份予以保密。`,
  ];
}

/**
 * The body of the 通知 publishing the list. Municipal: 认定12个项目为2026年武汉市智能制造试点示范项目; provincial and
 * national: 确定推荐3家创新中心申报2026年湖北省制造业创新中心.
 */
export function defaultApprovedListParagraphs(input: { year: number; wording: PublicationWording; entryCount: number; noticeTitle: string | null }): string[] {
  const { wording, year } = input;
  const designation = designationOfYear(wording, year).zh;
  const listTitle = approvedListTitleOf(wording, year).zh;
  const decision =
    wording.level === 'municipal'
      ? `${wording.finalVerb.zh}${countedObjects(wording, input.entryCount)}为${designation}`
      : `确定${wording.finalVerb.zh}${countedObjects(wording, input.entryCount)}申报${designation}`;
  const notice = input.noticeTitle ? `和公示（${input.noticeTitle}）` : '和公示';
  return [
    `根据${designation}申报工作安排，经企业申报、推荐单位推荐、形式审查、专家评审${notice}，${decision}。现将《${listTitle}》予以公布。`,
    `请各推荐单位做好所推荐${wording.objectNoun.zh}的跟踪服务，督促${wording.objectNoun.zh}按申报内容组织实施。`,
  ];
}

export interface PublicNoticeInput {
  call: PublicationCallFacts;
  startsOn: IsoDate;
  /** The last day as computed when the notice was published (`publicNoticePeriod`); a printed notice never recounts it. */
  endsOn: IsoDate;
  /** The call's 公示 length (`publicNoticeWorkingDays`). */
  workingDays: number;
  contact: ObjectionContact;
  projects: readonly PublicNoticeProject[];
  issuedOn: IsoDate;
  /** Default: the issuer in the year of `issuedOn` (`publicationIssuer`). */
  issuer?: string;
  /** Overrides the title made by `publicNoticeTitle`. */
  title?: string | null;
  /** Overrides the standard body (`defaultPublicNoticeParagraphs`). */
  paragraphs?: readonly string[] | null;
}

export function buildPublicNoticeDocument(input: PublicNoticeInput): PublicNoticeDocument {
  const wording = publicationWording(input.call.category, input.call.level);
  const issuer = input.issuer ?? publicationIssuer(yearOf(input.issuedOn, input.call.year));
  return {
    kind: 'public_notice',
    call: { ...input.call },
    title: input.title?.trim() || publicNoticeTitleOf(wording, input.call.year).zh,
    paragraphs: input.paragraphs ? [...input.paragraphs] : defaultPublicNoticeParagraphs({ year: input.call.year, wording, projectCount: input.projects.length, issuer }),
    period: { startsOn: input.startsOn, endsOn: input.endsOn, workingDays: input.workingDays },
    contact: { ...input.contact },
    projects: input.projects.map((project) => ({ ...project })),
    listName: wording.proposedListName.zh,
    objectNoun: wording.objectNoun.zh,
    countWord: wording.countWord,
    entryNameHeader: wording.entryNameHeader.zh,
    issuer,
    issuedOn: input.issuedOn,
  };
}

export interface ApprovedListInput {
  call: PublicationCallFacts;
  entries: readonly ApprovedListEntry[];
  issuedOn: IsoDate;
  /** Default: the issuer in the year of `issuedOn`. */
  issuer?: string;
  documentNumber?: string | null;
  /** The 公示 the list follows, quoted in the body. */
  publicNoticeTitle?: string | null;
  /** Overrides the list's title (`approvedListTitle`). */
  title?: string | null;
}

export function buildApprovedListDocument(input: ApprovedListInput): ApprovedListDocument {
  const wording = publicationWording(input.call.category, input.call.level);
  const title = input.title?.trim() || approvedListTitleOf(wording, input.call.year).zh;
  return {
    kind: 'approved_list',
    call: { ...input.call },
    noticeTitle: `关于公布${title}的通知`,
    title,
    documentNumber: input.documentNumber?.trim() || null,
    recipients: publicationRecipients(),
    paragraphs: defaultApprovedListParagraphs({ year: input.call.year, wording, entryCount: input.entries.length, noticeTitle: input.publicNoticeTitle?.trim() || null }),
    attachmentLabel: title,
    objectNoun: wording.objectNoun.zh,
    countWord: wording.countWord,
    entryNameHeader: wording.entryNameHeader.zh,
    entries: input.entries.map((entry) => ({ ...entry })),
    issuer: input.issuer ?? publicationIssuer(yearOf(input.issuedOn, input.call.year)),
    issuedOn: input.issuedOn,
  };
}
