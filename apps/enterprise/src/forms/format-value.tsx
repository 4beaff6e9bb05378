import type { FieldMeta, LocalizedText } from '@shifan/domain';
import { Typography } from 'antd';
import { enumLabel } from './enum-options';
import type { FieldKind } from './field-kinds';
import { FORM_TEXTS } from './form-texts';

/** A field's value as read-only text in the page's language: 是/否, catalogue names, numbers with their units. */
export function formatFieldValue(name: string, kind: FieldKind, meta: FieldMeta | undefined, value: unknown, t: (text: LocalizedText) => string, itemLabels: Readonly<Record<string, FieldMeta>> = {}): string {
  if (value === undefined || value === null || value === '') return '';
  switch (kind.kind) {
    case 'boolean':
    case 'pledge':
      return value === true ? t(FORM_TEXTS.yes) : t(FORM_TEXTS.no);
    case 'enum':
      return t(enumLabel(name, String(value)));
    case 'number':
      return meta?.unit ? `${Number(value).toLocaleString('en-US', { maximumFractionDigits: 4 })} ${t(meta.unit)}` : String(value);
    case 'list':
      return Array.isArray(value)
        ? value
            .map((row: Record<string, unknown>) =>
              Object.entries(itemLabels)
                .map(([key, itemMeta]) => (row[key] === undefined ? '' : `${String(row[key])}${itemMeta.unit ? t(itemMeta.unit) : ''}`))
                .filter(Boolean)
                .join(' '),
            )
            .join(';')
        : '';
    case 'date':
    case 'text':
      return String(value);
  }
}

/** The formatted value, or a grey dash when the field is not filled in. */
export function FieldValue({ text }: { text: string }) {
  return text === '' ? <Typography.Text type="secondary">—</Typography.Text> : <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
}
