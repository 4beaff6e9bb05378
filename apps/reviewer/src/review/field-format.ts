import {
  APPLICATION_FORMS,
  type AttachmentSlot,
  FIELD_VALUE_LABELS,
  type FieldMeta,
  findManufacturingDivision,
  type FormSection,
  type Locale,
  type LocalizedText,
  pickText,
  SHAREHOLDER_LABELS,
} from '@shifan/domain';

const YES: LocalizedText = { zh: '是', en: 'Yes' };
const NO: LocalizedText = { zh: '否', en: 'No' };

/** Labels of the members of list fields (each shareholder's name and stake). */
const ITEM_LABELS: Readonly<Record<string, Readonly<Record<string, FieldMeta>>>> = {
  shareholders: SHAREHOLDER_LABELS,
};

/** The sections and field labels of a programme's application form; empty for a category the domain does not know. */
export function formLayout(category: string | null | undefined): { sections: readonly FormSection[]; fields: Readonly<Record<string, FieldMeta>> } {
  if (category && category in APPLICATION_FORMS) {
    const form = APPLICATION_FORMS[category as keyof typeof APPLICATION_FORMS];
    return { sections: form.sections, fields: form.fields as Readonly<Record<string, FieldMeta>> };
  }
  return { sections: [], fields: {} };
}

function formatNumber(value: number, unit: LocalizedText | undefined, locale: Locale): string {
  if (!unit) return String(value);
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  const suffix = pickText(unit, locale);
  return suffix === '%' ? `${text}%` : `${text} ${suffix}`;
}

function formatText(name: string, value: string, locale: Locale): string {
  const catalogue = FIELD_VALUE_LABELS[name];
  if (catalogue?.[value]) return pickText(catalogue[value], locale);
  if (name === 'industryDivisionCode') {
    const division = findManufacturingDivision(value);
    return division ? `${value} ${pickText(division.name, locale)}` : value;
  }
  return value;
}

function formatItem(name: string, item: unknown, locale: Locale): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return formatFieldValue(name, item, undefined, locale);
  const labels = ITEM_LABELS[name] ?? {};
  return Object.entries(item as Record<string, unknown>)
    .map(([key, member]) => {
      const meta = labels[key];
      const text = formatFieldValue(key, member, meta, locale);
      return meta ? `${pickText(meta.label, locale)}: ${text}` : text;
    })
    .join(locale === 'en' ? ', ' : '，');
}

/**
 * A form value as read-only text in the page's language: 是/否, catalogue codes by name, numbers with their unit,
 * list items one per line. Nothing given is ''.
 */
export function formatFieldValue(name: string, value: unknown, meta: FieldMeta | undefined, locale: Locale): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return '';
  if (typeof value === 'boolean') return pickText(value ? YES : NO, locale);
  if (typeof value === 'number') return formatNumber(value, meta?.unit, locale);
  if (typeof value === 'string') return formatText(name, value, locale);
  if (Array.isArray(value)) return value.map((item, index) => `${index + 1}. ${formatItem(name, item, locale)}`).join('\n');
  return JSON.stringify(value);
}

export interface FieldGroup {
  id: string;
  title: LocalizedText | null;
  fields: { name: string; label: LocalizedText; value: unknown; meta: FieldMeta | undefined }[];
}

/**
 * The form data grouped by the form's sections, in the form's order; keys the form does not describe go in a last
 * group (title null) under their own names. Sections without any field are left out.
 */
export function groupFormData(data: Readonly<Record<string, unknown>>, sections: readonly FormSection[], fields: Readonly<Record<string, FieldMeta>>): FieldGroup[] {
  const groups: FieldGroup[] = sections.map((section) => ({
    id: section.id,
    title: section.title,
    fields: Object.keys(fields)
      .filter((name) => fields[name].section === section.id)
      .map((name) => ({ name, label: fields[name].label, value: data[name], meta: fields[name] })),
  }));
  const placed = new Set(groups.flatMap((group) => group.fields.map((field) => field.name)));
  // A field of a section the form does not list, or a key of no field at all.
  const rest = Object.keys({ ...fields, ...data })
    .filter((name) => !placed.has(name) && (name in data || name in fields))
    .map((name) => ({ name, label: fields[name]?.label ?? { zh: name, en: name }, value: data[name], meta: fields[name] }));
  if (rest.length > 0) groups.push({ id: '__other', title: null, fields: rest });
  return groups.filter((group) => group.fields.length > 0);
}

/** What a changed path (`data.<field>`, `attachments.<slot>`) is about, by its label in the form or the call. */
export function changeLabel(path: string, fields: Readonly<Record<string, FieldMeta>>, slots: readonly AttachmentSlot[], attachmentPrefix: LocalizedText): LocalizedText {
  if (path.startsWith('data.')) {
    const name = path.slice('data.'.length);
    return fields[name]?.label ?? { zh: name, en: name };
  }
  if (path.startsWith('attachments.')) {
    const key = path.slice('attachments.'.length);
    const name = slots.find((slot) => slot.key === key)?.name ?? { zh: key, en: key };
    return { zh: `${attachmentPrefix.zh}${name.zh}`, en: `${attachmentPrefix.en}${name.en}` };
  }
  return { zh: path, en: path };
}

/**
 * One side of a change as the page shows it. The API prints form values as text (strings as they are, anything else
 * as JSON); a data field's value is read back and formatted like the form, other paths are shown as they come.
 */
export function formatChangeValue(path: string, text: string | null, fields: Readonly<Record<string, FieldMeta>>, locale: Locale): string {
  if (text === null) return '';
  if (!path.startsWith('data.')) return text;
  const name = path.slice('data.'.length);
  return formatFieldValue(name, readBack(text, fields[name]), fields[name], locale);
}

/** A printed value back as the form held it: JSON lists and objects, booleans, numbers of fields with a unit. */
function readBack(text: string, meta: FieldMeta | undefined): unknown {
  const trimmed = text.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (meta?.unit && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}
