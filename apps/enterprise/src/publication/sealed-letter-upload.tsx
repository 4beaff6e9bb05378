import { CloudUploadOutlined } from '@ant-design/icons';
import { formatBytes, toApiError, uploadFile, useLocale } from '@shifan/ui';
import { Alert, Button, Descriptions, Flex, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { sealedLetterPath, type StoredFile, StoredFileSchema } from './publication-api';
import { PUBLICATION_TEXTS as T } from './publication-texts';

const MAX_BYTES = 20 * 1024 * 1024;
const EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'];

interface UploadState {
  fileName: string;
  percent: number;
  phase: 'sending' | 'checking';
}

export interface SealedLetterUploadProps {
  caseNo: string;
  /** From the filing answer: valid for one hour, once. */
  uploadToken: string;
}

/** An organisation's sealed letter (盖章函) for its objection: the raw file with the upload token, with progress. */
export function SealedLetterUpload({ caseNo, uploadToken }: SealedLetterUploadProps) {
  const { t } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<UploadState | null>(null);
  const [stored, setStored] = useState<StoredFile | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (file: File) => {
    setError(null);
    const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
    if (!EXTENSIONS.includes(extension)) return setError(t(T.wrongType));
    if (file.size > MAX_BYTES) return setError(t(T.tooLarge));
    setUpload({ fileName: file.name, percent: 0, phase: 'sending' });
    try {
      const answer = await uploadFile(sealedLetterPath(caseNo), file, {
        method: 'POST',
        headers: { 'X-Upload-Token': uploadToken, 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
        parser: StoredFileSchema,
        onProgress: ({ percent }) => setUpload((current) => (current ? { ...current, percent, phase: percent >= 100 ? 'checking' : 'sending' } : current)),
      });
      setStored(answer);
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setUpload(null);
    }
  };

  return (
    <Flex vertical gap={12} data-testid="sealed-letter" data-uploaded={stored ? 'true' : 'false'}>
      <Typography.Title level={3} style={{ fontSize: 17, margin: 0 }}>
        {t(T.sealedLetterTitle)}
      </Typography.Title>
      {stored ? (
        <>
          <Flex vertical gap={2} data-testid="sealed-letter-progress" data-percent={100} data-phase="done">
            <Progress percent={100} size="small" status="success" />
          </Flex>
          <Alert type="success" showIcon title={t(T.uploaded)} data-testid="sealed-letter-done" />
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'name', label: t(T.fileName), children: stored.fileName },
              { key: 'size', label: t(T.fileSize), children: formatBytes(stored.size) },
              {
                key: 'sha',
                label: t(T.sha256),
                children: (
                  <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="sealed-letter-sha256">
                    {stored.sha256}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t(T.sealedLetterIntro)}
          </Typography.Paragraph>
          <input
            ref={input}
            type="file"
            hidden
            accept={EXTENSIONS.map((extension) => `.${extension}`).join(',')}
            data-testid="sealed-letter-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void send(file);
            }}
          />
          <div>
            <Button type="primary" icon={<CloudUploadOutlined />} loading={upload !== null} onClick={() => input.current?.click()} data-testid="sealed-letter-upload">
              {t(T.chooseFile)}
            </Button>
          </div>
          {upload && (
            <Flex vertical gap={2} data-testid="sealed-letter-progress" data-percent={upload.percent} data-phase={upload.phase}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                {t(upload.phase === 'checking' ? T.checking : T.uploading)}: {upload.fileName}
              </Typography.Text>
              <Progress percent={upload.percent} size="small" status="active" />
            </Flex>
          )}
        </>
      )}
      {error && <Alert type="error" showIcon title={error} closable={{ onClose: () => setError(null) }} data-testid="sealed-letter-error" />}
    </Flex>
  );
}
