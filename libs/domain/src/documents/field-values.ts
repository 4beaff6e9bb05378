import { DEV_ZONES, DISTRICTS } from '../catalogue/districts';
import { findManufacturingDivision } from '../catalogue/industry-classification';
import { KEY_FIELDS } from '../catalogue/key-fields';
import { LEGAL_FORMS } from '../catalogue/legal-forms';
import type { ProgrammeLevel } from '../catalogue/programme-categories';
import type { FieldMeta } from '../forms/form-meta';
import { SHAREHOLDER_LABELS } from '../forms/innovation-centre-application.schema';
import { IT_INTEGRATION_APPLICATION_TYPES } from '../forms/it-integration-application.schema';
import { PILOT_TIER_LABELS } from '../forms/smart-mfg-application.schema';
import type { LocalizedText } from '../i18n/localized-text';
import { canonicalJson } from './canonical-json';
import { EMPTY_VALUE, formatChineseDate, formatDocumentNumber } from './document-format';

/** Levels of a programme (and of the level an innovation centre applies for). */
export const PROGRAMME_LEVEL_LABELS: Readonly<Record<ProgrammeLevel, LocalizedText>> = {
  municipal: { zh: '市级', en: 'Municipal' },
  provincial: { zh: '省级', en: 'Provincial' },
  national: { zh: '国家级', en: 'National' },
};

export const IT_INTEGRATION_TYPE_LABELS: Readonly<Record<(typeof IT_INTEGRATION_APPLICATION_TYPES)[number], LocalizedText>> = {
  self_assessment: { zh: '自评估、自诊断、自对标', en: 'Self-assessment' },
  national_pilot: { zh: '申报国家贯标试点', en: 'National pilot' },
};

const byCode = <T extends { code: string; name: LocalizedText }>(items: readonly T[]): Readonly<Record<string, LocalizedText>> =>
  Object.fromEntries(items.map((item) => [item.code, item.name]));

const DISTRICT_NAMES = byCode(DISTRICTS);
const DEV_ZONE_NAMES = byCode(DEV_ZONES);
/** Sub-fields under their key field: `高端装备 / 智能装备`. */
const SUB_FIELD_NAMES: Readonly<Record<string, LocalizedText>> = Object.fromEntries(
  KEY_FIELDS.flatMap((field) => field.subFields.map((sub) => [sub.code, { zh: `${field.name.zh} / ${sub.name.zh}`, en: `${field.name.en} / ${sub.name.en}` }])),
);

/** The catalogue behind each enumerated field of the profile and the application forms, by field name. */
export const FIELD_VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>> = {
  legalForm: byCode(LEGAL_FORMS),
  registeredDistrictCode: DISTRICT_NAMES,
  projectDistrictCode: DISTRICT_NAMES,
  devZone: DEV_ZONE_NAMES,
  projectDevZone: DEV_ZONE_NAMES,
  subFieldCode: SUB_FIELD_NAMES,
  pilotTier: PILOT_TIER_LABELS,
  targetLevel: PROGRAMME_LEVEL_LABELS,
  applicationType: IT_INTEGRATION_TYPE_LABELS,
};

/** Labels of the members of list fields (e.g. each shareholder's name and stake). */
const ITEM_LABELS: Readonly<Record<string, Readonly<Record<string, FieldMeta>>>> = {
  shareholders: SHAREHOLDER_LABELS,
};

/**
 * A field's value as a printed form shows it, in Chinese: codes by their catalogue names, booleans 是/否, numbers
 * with thousands separators and the field's unit, ISO dates as 年月日, list items one per line. Nothing given
 * prints as `—`; a code no catalogue knows prints as itself.
 */
export function formatFieldValue(name: string, value: unknown, meta?: FieldMeta): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return EMPTY_VALUE;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return withUnit(value, meta?.unit?.zh);
  if (typeof value === 'string') return formatText(name, value);
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_VALUE;
    return value.map((item, index) => `${index + 1}. ${formatItem(name, item)}`).join('\n');
  }
  return canonicalJson(value);
}

function withUnit(value: number, unit: string | undefined): string {
  if (unit === '年') return `${value}年`;
  if (unit === '%') return `${formatDocumentNumber(value)}%`;
  return unit ? `${formatDocumentNumber(value)} ${unit}` : formatDocumentNumber(value);
}

function formatText(name: string, value: string): string {
  const catalogue = FIELD_VALUE_LABELS[name];
  if (catalogue) {
    return catalogue[value]?.zh ?? value;
  }
  if (name === 'industryDivisionCode') {
    const division = findManufacturingDivision(value);
    return division ? `${value} ${division.name.zh}` : value;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatChineseDate(value) : value;
}

function formatItem(name: string, item: unknown): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return formatFieldValue(name, item);
  const labels = ITEM_LABELS[name] ?? {};
  return Object.entries(item as Record<string, unknown>)
    .map(([key, member]) => {
      const meta = labels[key];
      const text = formatFieldValue(key, member, meta);
      return meta ? `${meta.label.zh} ${text}` : text;
    })
    .join('，');
}
