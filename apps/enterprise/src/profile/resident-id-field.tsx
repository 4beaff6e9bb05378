import { EditOutlined } from '@ant-design/icons';
import { type FieldMeta, type LocalizedText, maskIdentityNumber } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Button, Flex, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { FieldKind } from '../forms/field-kinds';
import { MetaField, type MetaFieldProps } from '../forms/meta-field';

const TEXTS = {
  change: { zh: '修改', en: 'Change' },
  maskedHint: { zh: '已保存，页面上只显示首尾几位', en: 'Saved; shown masked on screen' },
} as const satisfies Record<string, LocalizedText>;

/**
 * 法定代表人身份证号 on the profile page: once saved it shows masked (first 3, last 2 characters); 修改 opens the input
 * again. The editing form is the only place that holds the whole number.
 */
export function ResidentIdField({ saved, ...props }: Omit<MetaFieldProps, 'kind'> & { kind: FieldKind; meta: FieldMeta; saved: unknown }) {
  const { t } = useLocale();
  const savedId = typeof saved === 'string' && saved !== '' ? saved : null;
  const [editing, setEditing] = useState(savedId === null);
  useEffect(() => setEditing(savedId === null), [savedId]);
  if (editing) return <MetaField {...props} />;
  return (
    <div id={`field-${props.name}`} data-testid={`field-${props.name}`} data-field={props.name} data-masked="true" className="meta-field">
      <Form.Item label={t(props.meta.label)} extra={t(TEXTS.maskedHint)}>
        <Flex gap={8} align="center">
          <Typography.Text code data-testid={`masked-${props.name}`}>
            {maskIdentityNumber(savedId!)}
          </Typography.Text>
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid={`change-${props.name}`}>
            {t(TEXTS.change)}
          </Button>
        </Flex>
      </Form.Item>
    </div>
  );
}
