import { CloudUploadOutlined, DeleteOutlined, DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { type ApplicationView, type AttachmentSlot, type AttachmentView, AttachmentViewSchema, FILE_KIND_INFO, isSignedSlot } from '@shifan/domain';
import { formatBytes, formatDateTime, toApiError, uploadFile, useLocale } from '@shifan/ui';
import { Alert, App, Button, Card, Flex, Popconfirm, Progress, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { applicationPath, attachmentPath, deleteAttachment } from '../applications-api';
import { ATTACHMENT_TEXTS, requiredProgressText, tooLargeText, wrongTypeText } from './attachments-texts';
import { PrintSigningCopyButton } from './documents-card';
import { DOCUMENTS_TEXTS } from './documents-texts';

const MIB = 1024 * 1024;

/** File name endings a slot accepts (`jpeg` also as `.jpeg`). */
function extensionsOf(slot: AttachmentSlot): string[] {
  return slot.accept.flatMap((kind) => (kind === 'jpeg' ? ['jpg', 'jpeg'] : [FILE_KIND_INFO[kind].extension]));
}

function acceptedLabel(slot: AttachmentSlot): string {
  return slot.accept.map((kind) => FILE_KIND_INFO[kind].label).join(' / ');
}

interface UploadState {
  fileName: string;
  percent: number;
  phase: 'sending' | 'checking' | 'done';
  abort: AbortController;
}

export interface AttachmentsStepProps {
  application: ApplicationView;
  slots: readonly AttachmentSlot[];
  editable: boolean;
  /** Changes the application's attachments after an upload or a delete (several uploads may finish at once). */
  onChange: (update: (attachments: AttachmentView[]) => AttachmentView[]) => void;
  /** After the 签字盖章用 copy was printed from a signed slot's row (refreshes the documents area). */
  onPrinted?: () => void;
}

function SlotRow({ application, slot, editable, onChange, onPrinted }: { application: ApplicationView; slot: AttachmentSlot; editable: boolean; onChange: AttachmentsStepProps['onChange']; onPrinted?: () => void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<UploadState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const files = application.attachments.filter((attachment) => attachment.slotKey === slot.key);
  const extensions = extensionsOf(slot);

  const send = async (file: File) => {
    setError(null);
    const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
    if (!extensions.includes(extension)) return setError(t(wrongTypeText(acceptedLabel(slot))));
    if (file.size > slot.maxSizeMb * MIB) return setError(t(tooLargeText(slot.maxSizeMb)));
    const abort = new AbortController();
    setUpload({ fileName: file.name, percent: 0, phase: 'sending', abort });
    try {
      const stored = await uploadFile(`${applicationPath(application.id)}/slots/${slot.key}/attachments`, file, {
        method: 'POST',
        headers: { 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
        parser: AttachmentViewSchema,
        signal: abort.signal,
        onProgress: ({ percent }) => setUpload((current) => (current ? { ...current, percent, phase: percent >= 100 ? 'checking' : 'sending' } : current)),
      });
      setUpload((current) => (current ? { ...current, percent: 100, phase: 'done' } : current));
      // A signed slot holds one scan: the new one replaces the old (the server removed it in the same transaction).
      onChange((current) => [...(isSignedSlot(slot) ? current.filter((candidate) => candidate.slotKey !== slot.key) : current), stored]);
    } catch (caught) {
      setUpload(null);
      if (caught instanceof DOMException && caught.name === 'AbortError') return;
      setError(toApiError(caught).message);
    }
  };

  const remove = async (attachment: AttachmentView) => {
    try {
      await deleteAttachment(application.id, attachment.id);
      onChange((current) => current.filter((candidate) => candidate.id !== attachment.id));
      void message.success(t(ATTACHMENT_TEXTS.deleted));
    } catch (caught) {
      setError(toApiError(caught).message);
    }
  };

  const busy = upload !== null && upload.phase !== 'done';

  return (
    <Card size="small" data-testid={`slot-${slot.key}`} data-files={files.length} data-required={slot.required ? 'true' : 'false'}>
      <Flex vertical gap={10}>
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{t(slot.name)}</Typography.Text>
              <Tag color={slot.required ? 'red' : 'default'} style={{ marginInlineEnd: 0 }}>
                {t(slot.required ? ATTACHMENT_TEXTS.required : ATTACHMENT_TEXTS.optional)}
              </Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t(ATTACHMENT_TEXTS.accepted)}: {acceptedLabel(slot)} · {t(ATTACHMENT_TEXTS.maxSize)} {slot.maxSizeMb} MB
            </Typography.Text>
            {isSignedSlot(slot) && editable && (
              <Flex vertical gap={6} data-testid={`signed-slot-hint-${slot.key}`}>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t(DOCUMENTS_TEXTS.signedSlotHint)}
                </Typography.Text>
                <div>
                  <PrintSigningCopyButton applicationId={application.id} onPrinted={() => onPrinted?.()} size="small" />
                </div>
              </Flex>
            )}
          </Flex>
          {editable && (
            <>
              <input
                ref={input}
                type="file"
                hidden
                accept={extensions.map((extension) => `.${extension}`).join(',')}
                data-testid={`slot-input-${slot.key}`}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) void send(file);
                }}
              />
              <Button icon={<CloudUploadOutlined />} onClick={() => input.current?.click()} loading={busy} data-testid={`slot-upload-${slot.key}`}>
                {t(files.length > 0 ? (isSignedSlot(slot) ? DOCUMENTS_TEXTS.uploadNewScan : ATTACHMENT_TEXTS.uploadAnother) : ATTACHMENT_TEXTS.upload)}
              </Button>
            </>
          )}
        </Flex>
        {upload && (
          <Flex vertical gap={2} data-testid={`upload-progress-${slot.key}`} data-percent={upload.percent} data-phase={upload.phase}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                {upload.phase === 'done' ? t(ATTACHMENT_TEXTS.uploaded) : upload.phase === 'checking' ? t(ATTACHMENT_TEXTS.checking) : t(ATTACHMENT_TEXTS.uploading)}: {upload.fileName}
              </Typography.Text>
              {busy && (
                <Button size="small" type="link" onClick={() => upload.abort.abort()} style={{ height: 'auto', padding: 0 }}>
                  {t(ATTACHMENT_TEXTS.cancel)}
                </Button>
              )}
            </Flex>
            <Progress percent={upload.percent} size="small" status={upload.phase === 'done' ? 'success' : 'active'} />
          </Flex>
        )}
        {error && <Alert type="error" showIcon title={error} closable={{ onClose: () => setError(null) }} data-testid={`slot-error-${slot.key}`} />}
        {files.length === 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t(ATTACHMENT_TEXTS.none)}
          </Typography.Text>
        ) : (
          <Flex vertical gap={6}>
            {files.map((file) => (
              <Flex key={file.id} justify="space-between" align="center" gap={12} wrap data-testid="attachment-file" style={{ background: '#fafafa', borderRadius: 6, padding: '6px 10px' }}>
                <Flex gap={8} align="center" style={{ minWidth: 0, flex: 1 }} wrap>
                  <PaperClipOutlined />
                  <a href={attachmentPath(application.id, file.id)} download={file.fileName} data-testid="attachment-download">
                    {file.fileName}
                  </a>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatBytes(file.size)} · {formatDateTime(file.createdAt)}
                  </Typography.Text>
                  <Tooltip title={`SHA-256 ${file.sha256}`}>
                    <Typography.Text code style={{ fontSize: 12 }} data-testid="attachment-sha">
                      {file.sha256.slice(0, 12)}
                    </Typography.Text>
                  </Tooltip>
                  {file.signingCode && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(DOCUMENTS_TEXTS.scanCode)}{' '}
                      <Typography.Text code data-testid="attachment-signing-code">
                        {file.signingCode}
                      </Typography.Text>
                    </Typography.Text>
                  )}
                </Flex>
                <Flex gap={4}>
                  <Tooltip title={t(ATTACHMENT_TEXTS.download)}>
                    <Button size="small" type="text" icon={<DownloadOutlined />} href={attachmentPath(application.id, file.id)} download={file.fileName} aria-label={t(ATTACHMENT_TEXTS.download)} />
                  </Tooltip>
                  {editable && (
                    <Popconfirm title={t(ATTACHMENT_TEXTS.deleteConfirm)} onConfirm={() => remove(file)} okButtonProps={{ danger: true }}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t(ATTACHMENT_TEXTS.delete)} data-testid="attachment-delete" />
                    </Popconfirm>
                  )}
                </Flex>
              </Flex>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

/** 附件材料: one row per slot of the call, with upload progress, the stored files (size, SHA-256) and deletion. */
export function AttachmentsStep({ application, slots, editable, onChange, onPrinted }: AttachmentsStepProps) {
  const { t } = useLocale();
  const required = slots.filter((slot) => slot.required);
  const done = required.filter((slot) => application.attachments.some((attachment) => attachment.slotKey === slot.key)).length;
  return (
    <Flex vertical gap={12} data-testid="attachments-step">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t(editable ? ATTACHMENT_TEXTS.intro : ATTACHMENT_TEXTS.readOnly)}
      </Typography.Paragraph>
      <Alert
        type={done === required.length ? 'success' : 'info'}
        showIcon
        title={done === required.length ? t(ATTACHMENT_TEXTS.allRequiredDone) : t(requiredProgressText(done, required.length))}
        data-testid="attachments-summary"
      />
      {slots.map((slot) => (
        <SlotRow key={slot.key} application={application} slot={slot} editable={editable} onChange={onChange} onPrinted={onPrinted} />
      ))}
    </Flex>
  );
}
