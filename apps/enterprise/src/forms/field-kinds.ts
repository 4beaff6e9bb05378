import type { z } from 'zod';

/** How a form field is entered, read from its zod schema in @shifan/domain (so the form follows the schema). */
export type FieldKind =
  | { kind: 'text'; multiline: boolean; maxLength: number | null }
  | { kind: 'number'; integer: boolean; min: number | null; max: number | null }
  | { kind: 'date' }
  | { kind: 'boolean' }
  /** Must be ticked (`z.literal(true)`): pledges. */
  | { kind: 'pledge' }
  | { kind: 'enum'; values: readonly string[] }
  /** A list of objects (the innovation centre's shareholders). */
  | { kind: 'list'; item: z.ZodObject };

interface Introspectable {
  def: { type: string; innerType?: z.ZodType };
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as unknown as Introspectable;
  while (current.def.type === 'optional' || current.def.type === 'nullable' || current.def.type === 'default') {
    current = current.def.innerType as unknown as Introspectable;
  }
  return current as unknown as z.ZodType;
}

/** Whether the field may be left out (`.optional()`), i.e. is not required for submission. */
export function isOptionalField(schema: z.ZodType | undefined): boolean {
  return schema === undefined || (schema as unknown as Introspectable).def.type === 'optional';
}

export function describeField(schema: z.ZodType): FieldKind {
  const inner = unwrap(schema);
  const type = (inner as unknown as Introspectable).def.type;
  switch (type) {
    case 'string': {
      const text = inner as z.ZodString;
      if (text.format === 'date') return { kind: 'date' };
      const maxLength = text.maxLength ?? null;
      return { kind: 'text', multiline: maxLength !== null && maxLength >= 500, maxLength };
    }
    case 'number': {
      const number = inner as z.ZodNumber;
      return { kind: 'number', integer: number.isInt, min: Number.isFinite(number.minValue) ? number.minValue : null, max: Number.isFinite(number.maxValue) ? number.maxValue : null };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'literal':
      return { kind: 'pledge' };
    case 'enum':
      return { kind: 'enum', values: (inner as z.ZodEnum).options as readonly string[] };
    case 'array':
      return { kind: 'list', item: (inner as z.ZodArray<z.ZodObject>).element };
    default:
      return { kind: 'text', multiline: false, maxLength: null };
  }
}

/** The fields of an object schema with their kinds, in the schema's order. */
export function describeFields(schema: z.ZodObject): Record<string, FieldKind> {
  return Object.fromEntries(Object.entries(schema.shape).map(([name, field]) => [name, describeField(field as z.ZodType)]));
}

/** Grid columns of a field: short inputs (numbers, dates, yes/no, choices) two to a row on wide screens. */
export function fieldSpan(kind: FieldKind, fullWidth = false): { xs: number; md: number } {
  const short = !fullWidth && (kind.kind === 'number' || kind.kind === 'date' || kind.kind === 'boolean' || kind.kind === 'enum');
  return { xs: 24, md: short ? 12 : 24 };
}
