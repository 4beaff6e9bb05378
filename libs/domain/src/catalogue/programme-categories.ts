import type { LocalizedText } from '../i18n/localized-text';
import { planSource } from './plan-source';

/**
 * The four demonstration programmes of the plan (武政〔2017〕26号, section 三、实施路径) with the plan's targets.
 * Source: ../shared/seed/wuhan-mc2025-plan-2017-26.txt; ../shared/reference/domain-rules.md.
 */
export type ProgrammeCategoryCode = 'SMART_MFG_PILOT' | 'TECH_TRANSFORMATION' | 'INNOVATION_CENTRE' | 'IT_INTEGRATION';

export const PROGRAMME_CATEGORY_CODES: readonly ProgrammeCategoryCode[] = [
  'SMART_MFG_PILOT',
  'TECH_TRANSFORMATION',
  'INNOVATION_CENTRE',
  'IT_INTEGRATION',
];

export type ProgrammeLevel = 'municipal' | 'provincial' | 'national';

/**
 * What a target counts, as the plan means it:
 * - `municipal_approvals`: the city's own 认定 (projects on the published approved lists of municipal calls);
 * - `recommendations`: the city's 推荐 to the province or the ministry (the approved lists of provincial and national
 *   calls: the city does not award these itself, it recommends);
 * - `recognitions`: 认定 by the province or the ministry, recorded by a city officer against a recommended project
 *   (`upward_outcome`, with the issuing body, 文号 and date; counted in the year of that date);
 * - `recorded`: a number the portal cannot count (events held, …), recorded per year by a city officer as the value
 *   of the plan-target indicator `indicatorCode`.
 */
export type TargetCounting = 'municipal_approvals' | 'recommendations' | 'recognitions' | 'recorded';

export interface ProgrammeTarget {
  /** What is counted, e.g. municipal pilots approved. */
  label: LocalizedText;
  /** Lower bound of the target (equal to `max` for a single number). */
  min: number;
  max: number;
  /** The period the target covers: the plan's three years (2017–2019) or each year. */
  period: 'three_years' | 'per_year';
  level?: ProgrammeLevel;
  counts: TargetCounting;
  /** For `recorded` targets: the plan-target indicator whose yearly values are counted. */
  indicatorCode?: string;
  /** The plan's own words for this target, quoted. */
  wording: string;
}

export interface ProgrammeCategory {
  code: ProgrammeCategoryCode;
  name: LocalizedText;
  /** Levels an application of this category can be filed at or recommended on to. */
  levels: readonly ProgrammeLevel[];
  targets: readonly ProgrammeTarget[];
  /** What the plan says beside the numbers, quoted. */
  remarks: readonly LocalizedText[];
  source: string;
}

export const PROGRAMME_CATEGORIES: readonly ProgrammeCategory[] = [
  {
    code: 'SMART_MFG_PILOT',
    name: { zh: '智能制造试点示范项目', en: 'Smart manufacturing pilot demonstration' },
    levels: ['municipal', 'provincial', 'national'],
    targets: [
      { label: { zh: '市级智能制造试点示范项目', en: 'Municipal pilots' }, min: 80, max: 80, period: 'three_years', level: 'municipal', counts: 'municipal_approvals', wording: '3年内组织实施市级智能制造试点示范项目80项' },
      { label: { zh: '达到省级智能制造试点示范水平', en: 'Pilots reaching provincial level' }, min: 30, max: 30, period: 'three_years', level: 'provincial', counts: 'recognitions', wording: '力争30项达到省级智能制造试点示范水平' },
      { label: { zh: '达到国家级智能制造试点示范水平', en: 'Pilots reaching national level' }, min: 5, max: 8, period: 'three_years', level: 'national', counts: 'recognitions', wording: '5—8项达到国家级智能制造试点示范水平' },
    ],
    remarks: [
      {
        zh: '3年内组织实施市级智能制造试点示范项目80项，力争30项达到省级智能制造试点示范水平，5—8项达到国家级智能制造试点示范水平',
        en: 'Within 3 years, 80 municipal smart-manufacturing pilots; strive for 30 to reach provincial and 5–8 national level',
      },
    ],
    source: planSource('三、实施路径（三）互联网与制造业深度融合计划 2.大规模推动企业智能化升级'),
  },
  {
    code: 'TECH_TRANSFORMATION',
    name: { zh: '重大技术改造示范项目', en: 'Major technical transformation demonstration' },
    levels: ['municipal'],
    targets: [
      { label: { zh: '重大技术改造示范项目', en: 'Technical transformation demonstrations' }, min: 50, max: 50, period: 'per_year', level: 'municipal', counts: 'municipal_approvals', wording: '每年滚动推进50个重大技术改造示范项目' },
    ],
    remarks: [
      {
        zh: '制定发布企业技术改造指导目录，每年滚动推进50个重大技术改造示范项目，3年实现技术改造全覆盖',
        en: 'Publish a technical-transformation guidance catalogue; 50 major demonstration projects a year on a rolling basis; full coverage in 3 years',
      },
    ],
    source: planSource('三、实施路径（二）产业转型升级计划 1.推进企业技术改造'),
  },
  {
    code: 'INNOVATION_CENTRE',
    name: { zh: '制造业创新中心', en: 'Manufacturing innovation centre' },
    levels: ['municipal', 'provincial', 'national'],
    targets: [
      { label: { zh: '市级制造业创新中心', en: 'Municipal centres' }, min: 5, max: 10, period: 'three_years', level: 'municipal', counts: 'municipal_approvals', wording: '5—10个市级制造业创新中心' },
      { label: { zh: '省级制造业创新中心', en: 'Provincial centres' }, min: 3, max: 5, period: 'three_years', level: 'provincial', counts: 'recognitions', wording: '建设3—5个省级制造业创新中心' },
      { label: { zh: '国家级制造业创新中心', en: 'National centres' }, min: 1, max: 2, period: 'three_years', level: 'national', counts: 'recognitions', wording: '力争创建1—2个国家级制造业创新中心' },
    ],
    remarks: [
      {
        zh: '继续发展信息光电子、高端数控、海洋工程装备等3个省级制造业创新中心',
        en: 'Keep developing the 3 existing provincial centres: information optoelectronics, high-end CNC, offshore engineering equipment',
      },
    ],
    source: planSource('三、实施路径（一）制造业创新能力提升计划 1.发展新型技术创新机构'),
  },
  {
    code: 'IT_INTEGRATION',
    name: { zh: '两化融合管理体系贯标', en: 'IT–industrialisation integration management system (两化融合贯标)' },
    levels: ['municipal', 'national'],
    targets: [
      { label: { zh: '开展两化融合"自评估、自诊断、自对标"企业', en: 'Self-assessments (自评估、自诊断、自对标)' }, min: 100, max: 100, period: 'per_year', level: 'municipal', counts: 'municipal_approvals', wording: '组织100家企业开展两化融合“自评估、自诊断、自对标”工作' },
      { label: { zh: '申报国家两化融合贯标试点企业', en: 'National pilot applications' }, min: 20, max: 20, period: 'per_year', level: 'national', counts: 'recommendations', wording: '组织20家企业申报国家两化融合贯标试点' },
      { label: { zh: '通过国家评定的已试点企业', en: 'Pilot enterprises passing the national assessment' }, min: 5, max: 5, period: 'per_year', level: 'national', counts: 'recognitions', wording: '推动5家已试点企业通过国家评定' },
      { label: { zh: '两化融合管理体系贯标"区域行"活动（场）', en: 'Regional 贯标 promotion events' }, min: 10, max: 10, period: 'per_year', counts: 'recorded', indicatorCode: 'IT_REGIONAL_EVENTS', wording: '每年组织10场两化融合管理体系贯标“区域行”活动' },
    ],
    remarks: [
      {
        zh: '每年组织10场两化融合管理体系贯标"区域行"活动、组织100家企业开展两化融合"自评估、自诊断、自对标"工作、组织20家企业申报国家两化融合贯标试点、推动5家已试点企业通过国家评定',
        en: 'Each year: 10 regional events, 100 enterprise self-assessments, 20 national pilot applications, 5 pilot enterprises passing the national assessment',
      },
    ],
    source: planSource('三、实施路径（三）互联网与制造业深度融合计划 2.大规模推动企业智能化升级'),
  },
];

export function findProgrammeCategory(code: string): ProgrammeCategory | undefined {
  return PROGRAMME_CATEGORIES.find((category) => category.code === code);
}

export function isProgrammeCategoryCode(code: string): code is ProgrammeCategoryCode {
  return (PROGRAMME_CATEGORY_CODES as readonly string[]).includes(code);
}
