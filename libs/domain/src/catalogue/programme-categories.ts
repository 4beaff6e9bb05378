import type { LocalizedText } from '../i18n/localized-text';

/**
 * The four demonstration programmes of the plan (武政〔2017〕26号, section 三) with the plan's targets.
 * Source: ../shared/seed/wuhan-mc2025-plan-2017-26.txt; ../shared/reference/domain-rules.md.
 */
export type ProgrammeCategoryCode = 'SMART_MFG_PILOT' | 'TECH_TRANSFORMATION' | 'INNOVATION_CENTRE' | 'IT_INTEGRATION';

export type ProgrammeLevel = 'municipal' | 'provincial' | 'national';

export interface ProgrammeTarget {
  /** What is counted, e.g. municipal pilots approved. */
  label: LocalizedText;
  /** Lower bound of the target (equal to `max` for a single number). */
  min: number;
  max: number;
  /** The period the target covers. */
  period: 'three_years' | 'per_year';
  level?: ProgrammeLevel;
}

export interface ProgrammeCategory {
  code: ProgrammeCategoryCode;
  name: LocalizedText;
  /** Levels an application of this category can be filed at. */
  levels: readonly ProgrammeLevel[];
  targets: readonly ProgrammeTarget[];
  source: string;
}

const PLAN = '武政〔2017〕26号 三、实施路径';

export const PROGRAMME_CATEGORIES: readonly ProgrammeCategory[] = [
  {
    code: 'SMART_MFG_PILOT',
    name: { zh: '智能制造试点示范项目', en: 'Smart manufacturing pilot demonstration' },
    levels: ['municipal', 'provincial', 'national'],
    targets: [
      { label: { zh: '市级试点示范', en: 'Municipal pilots' }, min: 80, max: 80, period: 'three_years', level: 'municipal' },
      { label: { zh: '推荐至省级', en: 'Reaching provincial level' }, min: 30, max: 30, period: 'three_years', level: 'provincial' },
      { label: { zh: '推荐至国家级', en: 'Reaching national level' }, min: 5, max: 8, period: 'three_years', level: 'national' },
    ],
    source: `${PLAN}(三)先进制造业与互联网深度融合计划`,
  },
  {
    code: 'TECH_TRANSFORMATION',
    name: { zh: '重大技术改造示范项目', en: 'Major technical transformation demonstration' },
    levels: ['municipal'],
    targets: [{ label: { zh: '重大技术改造示范项目', en: 'Technical transformation demonstrations' }, min: 50, max: 50, period: 'per_year' }],
    source: `${PLAN}(二)产业转型升级计划 1`,
  },
  {
    code: 'INNOVATION_CENTRE',
    name: { zh: '制造业创新中心', en: 'Manufacturing innovation centre' },
    levels: ['municipal', 'provincial', 'national'],
    targets: [
      { label: { zh: '市级制造业创新中心', en: 'Municipal centres' }, min: 5, max: 10, period: 'three_years', level: 'municipal' },
      { label: { zh: '省级制造业创新中心', en: 'Provincial centres' }, min: 3, max: 5, period: 'three_years', level: 'provincial' },
      { label: { zh: '国家级制造业创新中心', en: 'National centres' }, min: 1, max: 2, period: 'three_years', level: 'national' },
    ],
    source: `${PLAN}(一)制造业创新能力提升计划 1`,
  },
  {
    code: 'IT_INTEGRATION',
    name: { zh: '两化融合管理体系贯标', en: 'IT–industrialisation integration management system (两化融合贯标)' },
    levels: ['municipal', 'national'],
    targets: [
      { label: { zh: '贯标自评估企业', en: 'Self-assessments' }, min: 100, max: 100, period: 'per_year', level: 'municipal' },
      { label: { zh: '申报国家级贯标试点', en: 'National pilot applications' }, min: 20, max: 20, period: 'per_year', level: 'national' },
    ],
    source: `${PLAN}(三)先进制造业与互联网深度融合计划`,
  },
];

export function findProgrammeCategory(code: string): ProgrammeCategory | undefined {
  return PROGRAMME_CATEGORIES.find((category) => category.code === code);
}
