import {
  CENTRE_LEVELS,
  DEV_ZONES,
  DISTRICTS,
  IT_INTEGRATION_APPLICATION_TYPES,
  KEY_FIELDS,
  LEGAL_FORMS,
  type LocalizedText,
  MANUFACTURING_DIVISIONS,
  PILOT_TIER_LABELS,
  RECOMMENDING_UNITS,
  recommendingUnitOptionLabel,
  toRecommendingUnitView,
} from '@shifan/domain';

export interface EnumOption {
  value: string;
  label: LocalizedText;
  /** The group the option is listed under (the key field of a sub-field). */
  group?: LocalizedText;
}

const LEVEL_LABELS: Readonly<Record<(typeof CENTRE_LEVELS)[number], LocalizedText>> = {
  municipal: { zh: '市级', en: 'Municipal' },
  provincial: { zh: '省级', en: 'Provincial' },
  national: { zh: '国家级', en: 'National' },
};

const IT_TYPE_LABELS: Readonly<Record<(typeof IT_INTEGRATION_APPLICATION_TYPES)[number], LocalizedText>> = {
  self_assessment: { zh: '自评估、自诊断、自对标', en: 'Self-assessment' },
  national_pilot: { zh: '申报国家贯标试点', en: 'National pilot' },
};

const SUB_FIELDS: readonly EnumOption[] = KEY_FIELDS.flatMap((field) => field.subFields.map((sub) => ({ value: sub.code, label: sub.name, group: field.name })));

/** The catalogue behind each enumerated field of the profile and the application forms, by field name. */
const CATALOGUES: Readonly<Record<string, readonly EnumOption[]>> = {
  legalForm: LEGAL_FORMS.map((form) => ({ value: form.code, label: form.name })),
  registeredDistrictCode: DISTRICTS.map((district) => ({ value: district.code, label: district.name })),
  projectDistrictCode: DISTRICTS.map((district) => ({ value: district.code, label: district.name })),
  devZone: DEV_ZONES.map((zone) => ({ value: zone.code, label: zone.name })),
  projectDevZone: DEV_ZONES.map((zone) => ({ value: zone.code, label: zone.name })),
  // 推荐单位: short name with the official name (东湖高新区（武汉东湖新技术开发区管理委员会）), searchable by either.
  recommendingUnitCode: RECOMMENDING_UNITS.map(toRecommendingUnitView).map((unit) => ({
    value: unit.code,
    label: { zh: recommendingUnitOptionLabel(unit, 'zh-CN'), en: recommendingUnitOptionLabel(unit, 'en') },
  })),
  subFieldCode: SUB_FIELDS,
  pilotTier: Object.entries(PILOT_TIER_LABELS).map(([value, label]) => ({ value, label })),
  targetLevel: CENTRE_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] })),
  applicationType: IT_INTEGRATION_APPLICATION_TYPES.map((type) => ({ value: type, label: IT_TYPE_LABELS[type] })),
};

/** The options of an enumerated field, labelled from the domain's catalogues (the code itself when none is known). */
export function enumOptions(name: string, values: readonly string[]): EnumOption[] {
  const catalogue = CATALOGUES[name] ?? [];
  return values.map((value) => catalogue.find((option) => option.value === value) ?? { value, label: { zh: value, en: value } });
}

/** GB/T 4754 manufacturing divisions as suggestions for the two-digit industry code. */
export const INDUSTRY_SUGGESTIONS: readonly EnumOption[] = MANUFACTURING_DIVISIONS.map((division) => ({ value: division.code, label: division.name }));

/** The label of one enumerated value, for read-only views. */
export function enumLabel(name: string, value: string): LocalizedText {
  return (CATALOGUES[name] ?? []).find((option) => option.value === value)?.label ?? { zh: value, en: value };
}
