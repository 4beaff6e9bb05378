import { findKeyField, findSubField, KEY_FIELDS, type Locale, type LocalizedText, pickText } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Flex, Tag, Typography } from 'antd';

export interface FieldOptionGroup {
  label: string;
  title: string;
  options: { value: string; label: string }[];
}

/** The plan's 14 sub-fields (细分领域) grouped under their key field (重点领域), for a Select. */
export function subFieldOptions(locale: Locale): FieldOptionGroup[] {
  return KEY_FIELDS.map((field) => ({
    label: pickText(field.name, locale),
    title: pickText(field.name, locale),
    options: field.subFields.map((sub) => ({ value: sub.code, label: pickText(sub.name, locale) })),
  }));
}

/** A sub-field's (or key field's) name; an unknown code stands for itself. */
export function fieldName(code: string): LocalizedText {
  const sub = findSubField(code);
  if (sub) return sub.name;
  const key = findKeyField(code);
  if (key) return key.name;
  return { zh: code, en: code };
}

/** `高端装备 / 智能装备`: a sub-field with its key field, for places without room for grouping. */
export function fullFieldName(code: string): LocalizedText {
  const sub = findSubField(code);
  if (!sub) return fieldName(code);
  const key = findKeyField(sub.keyFieldCode);
  return key ? { zh: `${key.name.zh} / ${sub.name.zh}`, en: `${key.name.en} / ${sub.name.en}` } : sub.name;
}

/** Fields of expertise as small tags, each with its key field in the tooltip. */
export function FieldTags({ codes, testId }: { codes: readonly string[]; testId?: string }) {
  const { t } = useLocale();
  if (codes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={4} wrap data-testid={testId} style={{ maxWidth: 360 }}>
      {codes.map((code) => (
        <Tag key={code} title={t(fullFieldName(code))} style={{ marginInlineEnd: 0 }}>
          {t(fieldName(code))}
        </Tag>
      ))}
    </Flex>
  );
}
