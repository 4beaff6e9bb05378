import type { FieldMeta, FormSection, LocalizedText } from '@shifan/domain';
import type { ConflictRow } from '@shifan/ui';
import { createElement } from 'react';
import { type DraftData, differingFields } from './draft-values';
import type { FieldKind } from './field-kinds';
import { FieldValue, formatFieldValue } from './format-value';

export interface FormDescription {
  sections: readonly FormSection[];
  fields: Readonly<Record<string, FieldMeta>>;
  kinds: Readonly<Record<string, FieldKind>>;
  itemLabels?: Readonly<Record<string, FieldMeta>>;
}

/** The fields that differ between the user's draft and the server's, formatted side by side, in form order. */
export function conflictRows(form: FormDescription, mine: DraftData, theirs: DraftData, t: (text: LocalizedText) => string): ConflictRow[] {
  const differing = new Set(differingFields(mine, theirs));
  const order = Object.keys(form.fields);
  return [...differing]
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .map((name) => {
      const meta = form.fields[name];
      const kind = form.kinds[name] ?? { kind: 'text', multiline: false, maxLength: null };
      const format = (value: unknown) => createElement(FieldValue, { text: formatFieldValue(name, kind, meta, value, t, form.itemLabels) });
      const section = meta ? form.sections.find((candidate) => candidate.id === meta.section) : undefined;
      return { key: name, label: meta?.label ?? { zh: name, en: name }, group: section?.title, mine: format(mine[name]), theirs: format(theirs[name]) };
    });
}
