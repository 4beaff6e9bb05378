import type { LocalizedText, ProgrammeLevel } from '@shifan/domain';

export const HOME_TEXTS = {
  title: { zh: '企业申报', en: 'Enterprise applications' },
  intro: {
    zh: '武汉市是“中国制造2025”试点示范城市。本市工业企业通过本平台申报各类试点示范项目：了解下列示范项目类别与重点领域，在线填报申请、上传材料，并跟踪推荐单位初审、市级审查与专家评审的进度。',
    en: 'Wuhan is a Made in China 2025 pilot city. Industrial enterprises in Wuhan apply for its demonstration programmes here: read about the programme categories and key fields below, file an application online with its documents, and follow it through the district check, the city review and the expert panel.',
  },
  categoriesHeading: { zh: '示范项目类别', en: 'Programme categories' },
  categoriesNote: {
    zh: '目标数为《武汉市建设“中国制造2025”试点示范城市实施方案》（武政〔2017〕26号）确定的计划数。',
    en: 'Targets are those set by the plan for building Wuhan into a Made in China 2025 pilot city (Wuhan Government Document [2017] No. 26).',
  },
  levelsLabel: { zh: '申报级别', en: 'Levels' },
  keyFieldsHeading: { zh: '重点领域', en: 'Key fields' },
  keyFieldsNote: {
    zh: '申报项目按《实施方案》确定的重点领域及细分领域归类。',
    en: "Applications are classified by the plan's key fields and their sub-fields.",
  },
} as const satisfies Record<string, LocalizedText>;

export const LEVEL_NAMES = {
  municipal: { zh: '市级', en: 'Municipal' },
  provincial: { zh: '省级', en: 'Provincial' },
  national: { zh: '国家级', en: 'National' },
} as const satisfies Record<ProgrammeLevel, LocalizedText>;
