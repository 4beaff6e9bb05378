import type { WorkingCalendar } from '../calendar/working-days';
import { type IsoDate, parseIsoDate } from '../shared/iso-date';

/**
 * View models of what the city publishes about a call: the 公示 of its shortlist (the notice text, the notice period
 * in working days, the contact for objections and the list of projects) and, once the notice has ended and every
 * objection is closed, the 正式名单 (approved list). They hold every character the documents print, in order;
 * renderers only lay them out.
 */

export interface PublicationCallFacts {
  id: number;
  title: string;
  year: number;
}

export interface PublicNoticeProject {
  enterpriseName: string;
  projectName: string;
  /** 所属领域: the key field (and sub-field) of the project. */
  field: string;
  /** 所在区. */
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
  /** e.g. 关于2026年武汉市智能制造试点示范项目拟认定名单的公示. */
  title: string;
  /** The body of the notice, one string per paragraph. */
  paragraphs: string[];
  period: PublicNoticePeriod;
  contact: ObjectionContact;
  /** In the order published. */
  projects: PublicNoticeProject[];
  /** The issuing authority, printed above the date at the end. */
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
  /** e.g. 2026年武汉市智能制造试点示范项目认定名单. */
  title: string;
  /** The official document number (文号), e.g. 武经信〔2026〕35号, or null. */
  documentNumber: string | null;
  entries: ApprovedListEntry[];
  issuer: string;
  issuedOn: IsoDate;
}

/** The default issuer of municipal publications. */
export const DEFAULT_PUBLICATION_ISSUER = '武汉市经济和信息化局';

/** `关于2026年武汉市智能制造试点示范项目拟认定名单的公示` from the year and the programme's name. */
export function publicNoticeTitle(year: number, programmeName: string): string {
  return `关于${year}年武汉市${programmeName}拟认定名单的公示`;
}

/** `2026年武汉市智能制造试点示范项目认定名单` from the year and the programme's name. */
export function approvedListTitle(year: number, programmeName: string): string {
  return `${year}年武汉市${programmeName}认定名单`;
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
  return `${formatOfficialDate(period.startsOn)}至${formatOfficialDate(period.endsOn)}(${period.workingDays}个工作日)`;
}

/** The standard body of a 公示: what is published and why, and how objections are filed (实名, 盖章, 保密). */
export function defaultPublicNoticeParagraphs(input: { year: number; programmeName: string; projectCount: number; issuer: string }): string[] {
  return [
    `根据${input.year}年武汉市${input.programmeName}申报工作安排,经企业申报、区级推荐、形式审查和专家评审,拟认定以下${input.projectCount}个项目为${input.year}年武汉市${input.programmeName},现予以公示。`,
    `公示期间,任何单位和个人对公示项目有异议的,可在公示期内以书面形式向${input.issuer}提出,并提供必要的证明材料。单位提出异议的,须加盖本单位公章;个人提出异议的,须签署真实姓名并注明有效联系方式。匿名异议和超出期限的异议不予受理。对异议人的身份予以保密。`,
  ];
}

export interface PublicNoticeInput {
  call: PublicationCallFacts;
  /** The programme as the title names it, e.g. 智能制造试点示范项目. */
  programmeName: string;
  startsOn: IsoDate;
  /** The last day as computed when the notice was published (`publicNoticePeriod`); a printed notice never recounts it. */
  endsOn: IsoDate;
  /** The call's 公示 length (`publicNoticeWorkingDays`). */
  workingDays: number;
  contact: ObjectionContact;
  projects: readonly PublicNoticeProject[];
  issuedOn: IsoDate;
  issuer?: string;
  /** Overrides the title made by `publicNoticeTitle`. */
  title?: string | null;
  /** Overrides the standard body (`defaultPublicNoticeParagraphs`). */
  paragraphs?: readonly string[] | null;
}

export function buildPublicNoticeDocument(input: PublicNoticeInput): PublicNoticeDocument {
  const issuer = input.issuer ?? DEFAULT_PUBLICATION_ISSUER;
  return {
    kind: 'public_notice',
    call: { id: input.call.id, title: input.call.title, year: input.call.year },
    title: input.title?.trim() || publicNoticeTitle(input.call.year, input.programmeName),
    paragraphs: input.paragraphs ? [...input.paragraphs] : defaultPublicNoticeParagraphs({ year: input.call.year, programmeName: input.programmeName, projectCount: input.projects.length, issuer }),
    period: { startsOn: input.startsOn, endsOn: input.endsOn, workingDays: input.workingDays },
    contact: { ...input.contact },
    projects: input.projects.map((project) => ({ ...project })),
    issuer,
    issuedOn: input.issuedOn,
  };
}

export interface ApprovedListInput {
  call: PublicationCallFacts;
  programmeName: string;
  entries: readonly ApprovedListEntry[];
  issuedOn: IsoDate;
  issuer?: string;
  documentNumber?: string | null;
  title?: string | null;
}

export function buildApprovedListDocument(input: ApprovedListInput): ApprovedListDocument {
  return {
    kind: 'approved_list',
    call: { id: input.call.id, title: input.call.title, year: input.call.year },
    title: input.title?.trim() || approvedListTitle(input.call.year, input.programmeName),
    documentNumber: input.documentNumber?.trim() || null,
    entries: input.entries.map((entry) => ({ ...entry })),
    issuer: input.issuer ?? DEFAULT_PUBLICATION_ISSUER,
    issuedOn: input.issuedOn,
  };
}
