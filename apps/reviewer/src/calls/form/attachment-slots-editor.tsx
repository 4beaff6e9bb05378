import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type AttachmentSlot, DEFAULT_ATTACHMENT_MAX_MB, decodeLocalizedMessage, FILE_KIND_INFO, FILE_KINDS, type FileKind, type LocalizedText, SlotTemplateViewSchema } from '@shifan/domain';
import { useLocale, useOptionalQuery, VisuallyHidden } from '@shifan/ui';
import { Alert, Button, Card, Checkbox, Input, InputNumber, Select, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { type Control, useFieldArray, useFormState, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { CellField } from './cell-field';
import { SLOT_TEMPLATE_TEXTS, SlotTemplateCell, slotTemplatesPath } from './slot-template-cell';
import type { CallFormValues } from './call-form-values';

const TEXTS = {
  title: { zh: '申报材料', en: 'Attachment slots' },
  intro: {
    zh: '企业须上传的附件。文件类型以文件内容（而非扩展名）判定；大小上限按每个文件计。',
    en: 'The documents applicants upload. A file’s type is decided by its content, not its name; the size cap is per file.',
  },
  key: { zh: '材料编号', en: 'Key' },
  keyHint: { zh: '小写字母、数字、下划线；开放后不能修改', en: 'Lower-case letters, digits, underscores; fixed once open' },
  nameZh: { zh: '中文名称', en: 'Chinese name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  required: { zh: '必交', en: 'Required' },
  accept: { zh: '允许的文件类型', en: 'Accepted types' },
  maxSizeMb: { zh: '大小上限（MB）', en: 'Max size (MB)' },
  add: { zh: '添加材料', en: 'Add a slot' },
  remove: { zh: '删除', en: 'Remove' },
  signed: { zh: '签字盖章件', en: 'Signed scan' },
  signedHint: {
    zh: '该材料是签字盖章用申报书的扫描件：企业须先打印签字盖章用申报书，扫描件与打印时的核验码绑定，内容修改后须重新签字盖章',
    en: 'The slot holds the scan of the application form printed for signature and seal: tied to the printed verification code, signed again after any change',
  },
} as const satisfies Record<string, LocalizedText>;

function rowLabel(label: LocalizedText, index: number): LocalizedText {
  return { zh: `${label.zh}（第 ${index + 1} 项）`, en: `${label.en} (slot ${index + 1})` };
}

function nextKey(slots: readonly AttachmentSlot[]): string {
  const keys = new Set(slots.map((slot) => slot.key));
  let n = 1;
  while (keys.has(`extra_${n}`)) n += 1;
  return `extra_${n}`;
}

export interface AttachmentSlotsEditorProps {
  control: Control<CallFormValues, unknown, CallFormValues>;
  /** Keys published with the call: applicants may have uploaded against them, so they stay as they are. */
  lockedKeys: ReadonlySet<string>;
  readOnly: boolean;
  /** The saved call (templates are uploaded to its saved slots), or null for a new one. */
  callId?: number | null;
  /** Slot keys saved with the call: a template goes with a slot the server knows. */
  savedKeys?: ReadonlySet<string>;
}

const TemplateListSchema = z.array(SlotTemplateViewSchema);

type Row = AttachmentSlot & { rowKey: string };

/** The call's attachment slots as an editable table: key, names, required, accepted types, size cap. */
const NO_KEYS: ReadonlySet<string> = new Set();

export function AttachmentSlotsEditor({ control, lockedKeys, readOnly, callId = null, savedKeys = NO_KEYS }: AttachmentSlotsEditorProps) {
  const { locale, t } = useLocale();
  const templates = useOptionalQuery(callId === null ? null : slotTemplatesPath(callId), TemplateListSchema);
  const templateOf = useMemo(() => new Map((templates.data ?? []).map((template) => [template.slotKey, template])), [templates.data]);
  const reloadTemplates = templates.reload;
  const { fields, append, remove } = useFieldArray({ control, name: 'attachmentSlots', keyName: 'rowKey' });
  const { errors } = useFormState({ control, name: 'attachmentSlots' });
  const slots = useWatch({ control, name: 'attachmentSlots' });
  const listError = errors.attachmentSlots?.message ?? errors.attachmentSlots?.root?.message;

  const columns = useMemo<TableColumnsType<Row>>(
    () => [
      {
        key: 'key',
        title: <Tooltip title={t(TEXTS.keyHint)}>{t(TEXTS.key)}</Tooltip>,
        width: 170,
        render: (_, row, index) => (
          <CellField control={control} name={`attachmentSlots.${index}.key`}>
            {(field) => <Input {...field} value={String(field.value ?? '')} disabled={lockedKeys.has(row.key) ? true : field.disabled} aria-label={t(rowLabel(TEXTS.key, index))} />}
          </CellField>
        ),
      },
      {
        key: 'nameZh',
        title: t(TEXTS.nameZh),
        width: 200,
        render: (_, _row, index) => (
          <CellField control={control} name={`attachmentSlots.${index}.name.zh`}>
            {(field) => <Input.TextArea {...field} value={String(field.value ?? '')} autoSize={{ minRows: 1, maxRows: 3 }} aria-label={t(rowLabel(TEXTS.nameZh, index))} />}
          </CellField>
        ),
      },
      {
        key: 'nameEn',
        title: t(TEXTS.nameEn),
        width: 220,
        render: (_, _row, index) => (
          <CellField control={control} name={`attachmentSlots.${index}.name.en`}>
            {(field) => <Input.TextArea {...field} value={String(field.value ?? '')} autoSize={{ minRows: 1, maxRows: 3 }} aria-label={t(rowLabel(TEXTS.nameEn, index))} />}
          </CellField>
        ),
      },
      {
        key: 'required',
        title: t(TEXTS.required),
        width: 64,
        align: 'center',
        render: (_, _row, index) => (
          <CellField control={control} name={`attachmentSlots.${index}.required`}>
            {(field) => (
              <Checkbox id={field.id} ref={field.ref} checked={field.value === true} onChange={(event) => field.onChange(event.target.checked)} disabled={field.disabled} aria-label={t(rowLabel(TEXTS.required, index))} />
            )}
          </CellField>
        ),
      },
      {
        key: 'accept',
        title: t(TEXTS.accept),
        width: 240,
        render: (_, _row, index) => (
          <CellField control={control} name={`attachmentSlots.${index}.accept`}>
            {(field) => (
              <Select<FileKind[]>
                id={field.id}
                ref={field.ref}
                mode="multiple"
                value={Array.isArray(field.value) ? (field.value as FileKind[]) : []}
                onChange={(kinds) => field.onChange(kinds)}
                onBlur={field.onBlur}
                disabled={field.disabled}
                options={FILE_KINDS.map((kind) => ({ value: kind, label: kind.toUpperCase(), title: FILE_KIND_INFO[kind].label }))}
                optionRender={(option) => FILE_KIND_INFO[option.value as FileKind].label}
                aria-label={t(rowLabel(TEXTS.accept, index))}
                style={{ width: '100%' }}
              />
            )}
          </CellField>
        ),
      },
      {
        key: 'maxSizeMb',
        title: t(TEXTS.maxSizeMb),
        width: 110,
        render: (_, _row, index) => (
          <CellField control={control} name={`attachmentSlots.${index}.maxSizeMb`}>
            {(field) => (
              <InputNumber<number>
                id={field.id}
                ref={field.ref}
                value={typeof field.value === 'number' ? field.value : null}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                disabled={field.disabled}
                min={1}
                max={1024}
                precision={0}
                aria-label={t(rowLabel(TEXTS.maxSizeMb, index))}
                style={{ width: '100%' }}
              />
            )}
          </CellField>
        ),
      },
      {
        key: 'signed',
        title: <Tooltip title={t(TEXTS.signedHint)}>{t(TEXTS.signed)}</Tooltip>,
        width: 80,
        align: 'center',
        render: (_, _row, index) => (
          <CellField control={control} name={`attachmentSlots.${index}.signed`}>
            {(field) => (
              <Checkbox id={field.id} ref={field.ref} checked={field.value === true} onChange={(event) => field.onChange(event.target.checked || undefined)} disabled={field.disabled} aria-label={t(rowLabel(TEXTS.signed, index))} />
            )}
          </CellField>
        ),
      },
      {
        key: 'template',
        title: <Tooltip title={t(SLOT_TEMPLATE_TEXTS.columnHint)}>{t(SLOT_TEMPLATE_TEXTS.column)}</Tooltip>,
        width: 180,
        render: (_, row) => (
          <SlotTemplateCell callId={savedKeys.has(row.key) ? callId : null} slotKey={row.key} template={templateOf.get(row.key)} readOnly={readOnly} onChanged={reloadTemplates} />
        ),
      },
      {
        key: 'remove',
        title: <VisuallyHidden>{t(TEXTS.remove)}</VisuallyHidden>,
        width: 48,
        render: (_, _row, index) => (
          <Tooltip title={t(TEXTS.remove)}>
            <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(index)} disabled={readOnly} aria-label={t(rowLabel(TEXTS.remove, index))} />
          </Tooltip>
        ),
      },
    ],
    [control, lockedKeys, readOnly, remove, t, callId, savedKeys, templateOf, reloadTemplates],
  );

  return (
    <Card title={t(TEXTS.title)} size="small" id="attachment-slots" data-testid="attachment-slots">
      <Typography.Paragraph type="secondary">{t(TEXTS.intro)}</Typography.Paragraph>
      {listError && <Alert type="error" showIcon title={decodeLocalizedMessage(listError, locale)} style={{ marginBottom: 12 }} />}
      <Table<Row> rowKey="rowKey" size="small" columns={columns} dataSource={fields} pagination={false} scroll={{ x: 'max-content' }} />
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        disabled={readOnly}
        style={{ marginTop: 12 }}
        onClick={() =>
          append({ key: nextKey(slots ?? []), name: { zh: '', en: '' }, required: false, accept: ['pdf'], maxSizeMb: DEFAULT_ATTACHMENT_MAX_MB }, { shouldFocus: false })
        }
        data-testid="slot-add"
      >
        {t(TEXTS.add)}
      </Button>
    </Card>
  );
}
