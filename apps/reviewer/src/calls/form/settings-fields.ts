import {
  InnovationCentreCallSettingsSchema,
  ItIntegrationCallSettingsSchema,
  type ProgrammeCategoryCode,
  SmartMfgCallSettingsSchema,
  TechTransformationCallSettingsSchema,
} from '@shifan/domain';
import type { z } from 'zod';

/**
 * The inputs of a call's settings, read from @shifan/domain's zod schemas rather than written out again: a number
 * (with the schema's bounds), a switch, a choice or a date, each with the `.describe()` text that documents the
 * threshold and its source. A nested object (e.g. the smart-manufacturing investment floors per tier) is a group.
 */
export type SettingControl =
  | { kind: 'number'; min?: number; max?: number; integer: boolean }
  | { kind: 'switch' }
  | { kind: 'select'; options: readonly string[] }
  | { kind: 'date'; nullable: boolean }
  | { kind: 'group'; fields: readonly SettingField[] };

export interface SettingField {
  /** The property name, e.g. `minEquipmentInvestmentWanYuan`. */
  key: string;
  /** The form path, e.g. `settings.eligibility.minEquipmentInvestmentWanYuan`. */
  path: string;
  /** The schema's `.describe()` text (English, with its source). */
  description?: string;
  control: SettingControl;
}

/** The per-category settings schemas, by category. */
export const SETTINGS_SCHEMAS: Readonly<Record<ProgrammeCategoryCode, z.ZodObject>> = {
  SMART_MFG_PILOT: SmartMfgCallSettingsSchema,
  TECH_TRANSFORMATION: TechTransformationCallSettingsSchema,
  INNOVATION_CENTRE: InnovationCentreCallSettingsSchema,
  IT_INTEGRATION: ItIntegrationCallSettingsSchema,
};

/** Bounds beyond this are zod's "safe integer" limits, not the schema's own. */
const NO_BOUND = 1e12;

function bound(value: number | null | undefined): number | undefined {
  return value === null || value === undefined || Math.abs(value) >= NO_BOUND ? undefined : value;
}

function controlOf(schema: z.ZodType): SettingControl | undefined {
  const type = schema.def.type;
  if (type === 'number') {
    const number = schema as z.ZodNumber;
    return { kind: 'number', min: bound(number.minValue), max: bound(number.maxValue), integer: number.isInt };
  }
  if (type === 'boolean') return { kind: 'switch' };
  if (type === 'enum') return { kind: 'select', options: (schema as z.ZodEnum).options.map(String) };
  if (type === 'string' && (schema as z.ZodString).format === 'date') return { kind: 'date', nullable: false };
  if (type === 'nullable') {
    const inner = controlOf((schema as z.ZodNullable<z.ZodType>).unwrap());
    return inner?.kind === 'date' ? { kind: 'date', nullable: true } : inner;
  }
  if (type === 'object') return { kind: 'group', fields: fieldsOf(schema as z.ZodObject, '') };
  // A setting added after calls were stored has a default (e.g. blind review); the form shows its inner control.
  if (type === 'default') return controlOf((schema as z.ZodDefault<z.ZodType>).def.innerType as z.ZodType);
  return undefined;
}

/** The inputs of an object schema's properties, in the schema's order; `prefix` is the object's form path. */
export function fieldsOf(schema: z.ZodObject, prefix: string): SettingField[] {
  const fields: SettingField[] = [];
  for (const [key, child] of Object.entries(schema.shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const control = controlOf(child as z.ZodType);
    if (!control) continue;
    fields.push({ key, path, description: (child as z.ZodType).description, control: control.kind === 'group' ? { kind: 'group', fields: fieldsOf(child as z.ZodObject, path) } : control });
  }
  return fields;
}

/** A section of the settings part of the call form. */
export interface SettingSection {
  id: 'gate' | 'completion' | 'programme' | 'review' | 'workflow';
  fields: readonly SettingField[];
}

function child(schema: z.ZodObject, key: string): z.ZodObject {
  return schema.shape[key] as z.ZodObject;
}

/**
 * A category's settings as form sections: the common entity gate, the completion rules (where the category has them),
 * the category's own thresholds, then the review and workflow settings. The schedule, year and quota sit with the
 * call's basics.
 */
export function settingSections(category: ProgrammeCategoryCode): SettingSection[] {
  const settings = SETTINGS_SCHEMAS[category];
  const eligibility = child(settings, 'eligibility');
  const sections: SettingSection[] = [];
  const own: SettingField[] = [];
  for (const field of fieldsOf(eligibility, 'settings.eligibility')) {
    if (field.key === 'gate' && field.control.kind === 'group') sections.push({ id: 'gate', fields: field.control.fields });
    else if (field.key === 'completion' && field.control.kind === 'group') sections.push({ id: 'completion', fields: field.control.fields });
    else own.push(field);
  }
  sections.push({ id: 'programme', fields: own });
  sections.push({ id: 'review', fields: fieldsOf(child(settings, 'review'), 'settings.review') });
  sections.push({ id: 'workflow', fields: fieldsOf(child(settings, 'workflow'), 'settings.workflow') });
  return sections;
}

/** A schema field's `.describe()` text by form path (`settings.quota`, `settings.schedule.opensOn`). */
export function describedAt(category: ProgrammeCategoryCode, path: string): string | undefined {
  let schema: z.ZodType | undefined = SETTINGS_SCHEMAS[category];
  for (const key of path.replace(/^settings\./, '').split('.')) {
    if (!schema) return undefined;
    const inner: z.ZodType = schema.def.type === 'pipe' ? ((schema as z.ZodPipe).in as z.ZodType) : schema;
    schema = inner.def.type === 'object' ? ((inner as z.ZodObject).shape[key] as z.ZodType | undefined) : undefined;
  }
  return schema?.description;
}
