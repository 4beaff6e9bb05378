import { CloudUploadOutlined, DeleteOutlined, FileTextOutlined } from '@ant-design/icons';
import { type LocalizedText, SLOT_TEMPLATE_KINDS, FILE_KIND_INFO, type SlotTemplateView, SlotTemplateViewSchema } from '@shifan/domain';
import { apiSend, formatBytes, toApiError, uploadFile, useLocale } from '@shifan/ui';
import { App, Button, Flex, Popconfirm, Progress, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';

export const SLOT_TEMPLATE_TEXTS = {
  column: { zh: '模板', en: 'Template' },
  columnHint: {
    zh: '企业在申报文件中下载的模板（如信用承诺书、授权书）：PDF、OFD、Word 或 Excel，每项材料一个，上传即替换',
    en: 'A template enterprises download from their documents area (e.g. 信用承诺书, 授权书): PDF, OFD, Word or Excel, one per slot; uploading replaces it',
  },
  upload: { zh: '上传模板', en: 'Upload' },
  replace: { zh: '替换', en: 'Replace' },
  remove: { zh: '删除模板', en: 'Remove' },
  removeConfirm: { zh: '删除该材料的模板？企业将无法再下载。', en: 'Remove this template? Enterprises can no longer download it.' },
  saveFirst: { zh: '保存批次后可上传', en: 'Save the call first' },
  uploaded: { zh: '模板已上传', en: 'Template uploaded' },
  removed: { zh: '模板已删除', en: 'Template removed' },
} as const satisfies Record<string, LocalizedText>;

export function slotTemplatesPath(callId: number): string {
  return `/api/calls/${callId}/slot-templates`;
}

function templatePath(callId: number, slotKey: string): string {
  return `/api/calls/${callId}/slots/${slotKey}/template`;
}

const ACCEPT = SLOT_TEMPLATE_KINDS.map((kind) => `.${FILE_KIND_INFO[kind].extension}`).join(',');

/**
 * The template of one saved slot of a call: its file (download), upload or replace with progress (streamed through
 * the API's upload intake), remove. `onChanged` reloads the call's templates.
 */
export function SlotTemplateCell({ callId, slotKey, template, readOnly, onChanged }: { callId: number | null; slotKey: string; template: SlotTemplateView | undefined; readOnly: boolean; onChanged: () => void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  if (callId === null) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(SLOT_TEMPLATE_TEXTS.saveFirst)}
      </Typography.Text>
    );
  }
  const send = async (file: File) => {
    setPercent(0);
    try {
      await uploadFile(templatePath(callId, slotKey), file, {
        method: 'POST',
        headers: { 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
        parser: SlotTemplateViewSchema,
        onProgress: (progress) => setPercent(progress.percent),
      });
      void message.success(t(SLOT_TEMPLATE_TEXTS.uploaded));
      onChanged();
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setPercent(null);
    }
  };
  const remove = async () => {
    try {
      await apiSend(templatePath(callId, slotKey), 'DELETE');
      void message.success(t(SLOT_TEMPLATE_TEXTS.removed));
      onChanged();
    } catch (error) {
      void message.error(toApiError(error).message);
    }
  };
  return (
    <Flex vertical gap={4} data-testid={`slot-template-${slotKey}`} data-has-template={template ? 'true' : 'false'}>
      {template && (
        <Tooltip title={`${template.fileName} · ${formatBytes(template.size)}`}>
          <a href={templatePath(callId, slotKey)} data-testid={`slot-template-download-${slotKey}`} style={{ maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'inline-block' }}>
            <FileTextOutlined /> {template.fileName}
          </a>
        </Tooltip>
      )}
      {!readOnly && (
        <Flex gap={4}>
          <input
            ref={input}
            type="file"
            hidden
            accept={ACCEPT}
            data-testid={`slot-template-input-${slotKey}`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void send(file);
            }}
          />
          <Button size="small" icon={<CloudUploadOutlined />} loading={percent !== null} onClick={() => input.current?.click()} data-testid={`slot-template-upload-${slotKey}`}>
            {t(template ? SLOT_TEMPLATE_TEXTS.replace : SLOT_TEMPLATE_TEXTS.upload)}
          </Button>
          {template && (
            <Popconfirm title={t(SLOT_TEMPLATE_TEXTS.removeConfirm)} onConfirm={() => void remove()} okButtonProps={{ danger: true }}>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t(SLOT_TEMPLATE_TEXTS.remove)} data-testid={`slot-template-remove-${slotKey}`} />
            </Popconfirm>
          )}
        </Flex>
      )}
      {percent !== null && <Progress percent={percent} size="small" status="active" />}
    </Flex>
  );
}
