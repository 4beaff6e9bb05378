import type { ProgrammeCategoryCode, ProgrammeLevel } from '../catalogue/programme-categories';
import { RECOMMENDING_UNITS, type RecommendingUnitKind } from '../catalogue/recommending-units';
import type { LocalizedText } from '../i18n/localized-text';

/**
 * The words the bureau prints on a 公示 and a 名单, per programme and per level — the one place the API's renderers,
 * the public pages and both apps take them from.
 *
 * - What one line of the list is (the object noun): 项目 for 智能制造 and 技改, 创新中心 for innovation centres (never
 *   项目), 企业 for 两化融合 — whose list names 贯标试点企业.
 * - The verb: the city decides municipal calls (拟认定 in the 公示, 认定 in the list); for a provincial or national call
 *   the city only recommends upward (拟推荐, 推荐) and the province or the ministry decides.
 * - Titles: 关于{year}年{scope}{designation}拟认定名单的公示, {year}年{scope}{designation}认定名单, and the 通知 that
 *   publishes the list: 关于公布{list title}的通知.
 */
export type PublicationLevel = ProgrammeLevel;

export interface PublicationWording {
  category: ProgrammeCategoryCode;
  level: PublicationLevel;
  /** Whose list it is: 武汉市 for municipal calls, 湖北省 / 国家 for the calls the city recommends to. */
  scope: LocalizedText;
  /** What the list confers, e.g. 智能制造试点示范项目, 制造业创新中心, 两化融合管理体系贯标试点企业. */
  designation: LocalizedText;
  /** What one line of the list is: 项目, 创新中心 or 企业. */
  objectNoun: LocalizedText;
  /** The measure word before the noun: 个项目, 家创新中心, 家企业. */
  measureWord: string;
  /** The unit a list counts in (共12项, 共3家). */
  countWord: string;
  /** The header of the name column of the lists: 项目名称, or 创新中心名称. */
  entryNameHeader: LocalizedText;
  /** The 公示's verb: 拟认定 (municipal) or 拟推荐 (provincial, national). */
  proposedVerb: LocalizedText;
  /** The list's verb: 认定 or 推荐. */
  finalVerb: LocalizedText;
  /** 拟认定名单 / 拟推荐名单. */
  proposedListName: LocalizedText;
  /** 认定名单 / 推荐名单. */
  finalListName: LocalizedText;
}

interface ProgrammeWords {
  designation: LocalizedText;
  objectNoun: LocalizedText;
  measureWord: string;
  countWord: string;
  entryNameHeader: LocalizedText;
}

const PROGRAMME_WORDS: Readonly<Record<ProgrammeCategoryCode, ProgrammeWords>> = {
  SMART_MFG_PILOT: {
    designation: { zh: '智能制造试点示范项目', en: 'smart manufacturing pilot demonstration projects' },
    objectNoun: { zh: '项目', en: 'projects' },
    measureWord: '个',
    countWord: '项',
    entryNameHeader: { zh: '项目名称', en: 'Project' },
  },
  TECH_TRANSFORMATION: {
    designation: { zh: '重大技术改造示范项目', en: 'major technical transformation demonstration projects' },
    objectNoun: { zh: '项目', en: 'projects' },
    measureWord: '个',
    countWord: '项',
    entryNameHeader: { zh: '项目名称', en: 'Project' },
  },
  INNOVATION_CENTRE: {
    designation: { zh: '制造业创新中心', en: 'manufacturing innovation centres' },
    objectNoun: { zh: '创新中心', en: 'innovation centres' },
    measureWord: '家',
    countWord: '家',
    entryNameHeader: { zh: '创新中心名称', en: 'Innovation centre' },
  },
  IT_INTEGRATION: {
    designation: { zh: '两化融合管理体系贯标试点企业', en: 'IT–industrialisation integration management system pilot enterprises' },
    objectNoun: { zh: '企业', en: 'enterprises' },
    measureWord: '家',
    countWord: '家',
    entryNameHeader: { zh: '贯标项目名称', en: 'Project' },
  },
};

const SCOPES: Readonly<Record<PublicationLevel, LocalizedText>> = {
  municipal: { zh: '武汉市', en: 'Wuhan' },
  provincial: { zh: '湖北省', en: 'Hubei provincial' },
  national: { zh: '国家', en: 'national' },
};

/** The city decides municipal calls; for provincial and national calls it recommends upward. */
export function isRecommendationLevel(level: PublicationLevel): boolean {
  return level !== 'municipal';
}

function isLevel(level: string): level is PublicationLevel {
  return level === 'municipal' || level === 'provincial' || level === 'national';
}

/** The wording of a call's publications; an unknown level reads as municipal (the city's own decision). */
export function publicationWording(category: ProgrammeCategoryCode, level: PublicationLevel | string): PublicationWording {
  const lv: PublicationLevel = isLevel(level) ? level : 'municipal';
  const words = PROGRAMME_WORDS[category];
  const recommends = isRecommendationLevel(lv);
  const proposedVerb: LocalizedText = recommends ? { zh: '拟推荐', en: 'proposed for recommendation' } : { zh: '拟认定', en: 'proposed for approval' };
  const finalVerb: LocalizedText = recommends ? { zh: '推荐', en: 'recommended' } : { zh: '认定', en: 'approved' };
  return {
    category,
    level: lv,
    scope: SCOPES[lv],
    designation: words.designation,
    objectNoun: words.objectNoun,
    measureWord: words.measureWord,
    countWord: words.countWord,
    entryNameHeader: words.entryNameHeader,
    proposedVerb,
    finalVerb,
    proposedListName: recommends ? { zh: '拟推荐名单', en: 'list proposed for recommendation' } : { zh: '拟认定名单', en: 'list proposed for approval' },
    finalListName: recommends ? { zh: '推荐名单', en: 'recommendation list' } : { zh: '认定名单', en: 'approved list' },
  };
}

/** `12个项目`, `3家创新中心`, `20家企业`. */
export function countedObjects(wording: PublicationWording, count: number): string {
  return `${count}${wording.measureWord}${wording.objectNoun.zh}`;
}

/** `2026年武汉市智能制造试点示范项目` / `2026年湖北省制造业创新中心`. */
export function designationOfYear(wording: PublicationWording, year: number): LocalizedText {
  return { zh: `${year}年${wording.scope.zh}${wording.designation.zh}`, en: `${year} ${wording.scope.en} ${wording.designation.en}` };
}

/** `关于2026年武汉市智能制造试点示范项目拟认定名单的公示` (拟推荐名单 for provincial and national calls). */
export function publicNoticeTitleOf(wording: PublicationWording, year: number): LocalizedText {
  const designation = designationOfYear(wording, year);
  return {
    zh: `关于${designation.zh}${wording.proposedListName.zh}的公示`,
    en: `Public notice: ${designation.en}, ${wording.proposedListName.en}`,
  };
}

/** `2026年武汉市智能制造试点示范项目认定名单` (推荐名单 for provincial and national calls). */
export function approvedListTitleOf(wording: PublicationWording, year: number): LocalizedText {
  const designation = designationOfYear(wording, year);
  return { zh: `${designation.zh}${wording.finalListName.zh}`, en: `${designation.en}: ${wording.finalListName.en}` };
}

/** The 通知 that publishes the list: `关于公布2026年武汉市智能制造试点示范项目认定名单的通知`. */
export function approvedListNoticeTitleOf(wording: PublicationWording, year: number): LocalizedText {
  const list = approvedListTitleOf(wording, year);
  return { zh: `关于公布${list.zh}的通知`, en: `Notice publishing the ${list.en}` };
}

/**
 * What the enterprise is told (in the app and by mail) when the list is published or an objection against it is
 * upheld, in the words of the level: 已正式认定 for a municipal call, 已列入推荐名单 when the city recommends upward.
 */
export function publicationOutcomeTexts(wording: PublicationWording): { approved: LocalizedText; removedAfterObjection: LocalizedText; returnedAfterObjection: LocalizedText } {
  const noun = wording.objectNoun;
  return {
    approved: wording.level === 'municipal' ? { zh: '已正式认定', en: 'Approved' } : { zh: `已列入${wording.finalListName.zh}`, en: `On the ${wording.finalListName.en}` },
    removedAfterObjection: {
      zh: `公示期间异议经核查成立，该${noun.zh}不予${wording.finalVerb.zh}`,
      en: `An objection during the notice was upheld; it is not ${wording.finalVerb.en}`,
    },
    returnedAfterObjection: { zh: `公示期间异议经核查成立，该${noun.zh}退回重新评审`, en: 'An objection during the notice was upheld; it goes back to review' },
  };
}

/**
 * The issuer of the city's publications in a year. The 2019 institutional reform of Wuhan's municipal government
 * (《武汉市机构改革方案》, approved by the CPC Central Committee and the State Council, carried out from January 2019)
 * formed 武汉市经济和信息化局 and abolished 武汉市经济和信息化委员会; what was issued in 2017–2018 was issued by the
 * 委员会. The year is the year the document is dated (a list of a 2018 call published in 2019 is the 局's).
 * Source: the plan 武政〔2017〕26号 (../shared/seed/wuhan-mc2025-plan-2017-26.txt) names 市经济和信息化委 as the
 * responsible unit throughout; Wuhan's 2019 reform (《武汉市机构改革方案》, 2019) renamed it 市经济和信息化局.
 */
export const ISSUER_REFORM_YEAR = 2019;

export const PUBLICATION_ISSUERS = {
  commission: { zh: '武汉市经济和信息化委员会', en: 'Wuhan Municipal Commission of Economy and Information Technology' },
  bureau: { zh: '武汉市经济和信息化局', en: 'Wuhan Municipal Bureau of Economy and Information Technology' },
} as const satisfies Record<string, LocalizedText>;

export function publicationIssuerOf(year: number): LocalizedText {
  return year < ISSUER_REFORM_YEAR ? PUBLICATION_ISSUERS.commission : PUBLICATION_ISSUERS.bureau;
}

/** The issuer's Chinese name in the year a document is dated. */
export function publicationIssuer(year: number): string {
  return publicationIssuerOf(year).zh;
}

/**
 * 主送 of the 通知 publishing a list, from the kinds of recommending units in the catalogue: the districts' people's
 * governments, the functional zones' 管委会 included with them, then 有关单位 (the enterprises and other bodies).
 */
export function publicationRecipients(units: readonly { kind: RecommendingUnitKind }[] = RECOMMENDING_UNITS): string[] {
  const kinds = new Set(units.map((unit) => unit.kind));
  const recipients: string[] = [];
  if (kinds.has('district')) recipients.push(kinds.has('zone') ? '各区人民政府（含功能区管委会）' : '各区人民政府');
  else if (kinds.has('zone')) recipients.push('各功能区管委会');
  recipients.push('有关单位');
  return recipients;
}

/** `各区人民政府(含功能区管委会),有关单位:` as the 主送 line prints. */
export function recipientsLine(recipients: readonly string[]): string {
  return `${recipients.join('，')}：`;
}

/**
 * 文号 (document number) of an official document: the issuer's abbreviation, the year in 〔〕 (U+3014/U+3015) and the
 * serial number, e.g. `武经信〔2026〕12号`. Officers often type [2026], (2026), (2026) or 【2026】: those brackets
 * are read as 〔〕.
 */
export const DOCUMENT_NUMBER_PATTERN = /^([\u4e00-\u9fff]{1,12})〔(\d{4})〕(\d{1,5})号$/u;

export interface DocumentNumberParts {
  prefix: string;
  year: number;
  serial: number;
}

export function normaliseDocumentNumber(value: string): string {
  return value
    .trim()
    .replace(/\s+/g, '')
    .replace(/[[【(（［〔](\d{4})[\]】)）］〕]/u, '〔$1〕');
}

export function parseDocumentNumber(value: string): DocumentNumberParts | null {
  const match = DOCUMENT_NUMBER_PATTERN.exec(normaliseDocumentNumber(value));
  if (!match) return null;
  const serial = Number(match[3]);
  if (serial < 1) return null;
  return { prefix: match[1], year: Number(match[2]), serial };
}
