import fs from 'node:fs';
import { FILE_KIND_INFO, type FileKind, type LocalizedText, localizedMessage } from '@shifan/domain';
import { AppError } from '../common/errors/app-error';
import type { JsonLogger } from '../common/logging/json-logger';
import type { ObjectStorage } from '../storage/object-storage';
import type { UploadInput } from './attachments.service';
import { decodeFileNameHeader } from './file-name';
import type { SpoolRefusal } from './upload-spooler';

/** Bodies the API's own parsers would consume, and envelopes that are not the file itself. */
const NOT_A_FILE = /^(application\/(json|x-www-form-urlencoded|[\w.+-]+\+json)|multipart\/[\w.+-]+)$/;

/**
 * The checks of a raw-body upload made before any of its body is read (attachments, 企业认证 and dispute documents
 * alike): the envelope (a file, not JSON or a form; no Content-Encoding), the file name (sent, URI-encoded UTF-8),
 * then the declared length (sent or chunked, within `maxBytes`, not zero). Returns the decoded file name.
 */
export function checkUploadBeforeBody(input: UploadInput, maxBytes: number, errors: { tooLarge: () => AppError; emptyFile: () => AppError }): string {
  checkEnvelope(input);
  if (input.fileName === undefined || input.fileName.trim() === '') {
    throw new AppError('VALIDATION_FAILED', [{ path: 'X-File-Name', code: 'REQUIRED', message: localizedMessage({ zh: '请在 X-File-Name 中提供文件名（URI 编码）', en: 'Send the file name, URI-encoded, in X-File-Name' }) }]);
  }
  const rawName = decodeFileNameHeader(input.fileName);
  if (rawName === null) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'X-File-Name', code: 'INVALID_ENCODING', message: localizedMessage({ zh: '文件名须为 URI 编码的 UTF-8', en: 'The file name must be URI-encoded UTF-8' }) }]);
  }
  if (input.contentLength === null && !input.chunked) throw new AppError('LENGTH_REQUIRED');
  if (input.contentLength !== null && input.contentLength > maxBytes) throw errors.tooLarge();
  if (input.contentLength === 0) throw errors.emptyFile();
  return rawName;
}

/** An empty file, refused by its declared length or found empty when read. */
export function emptyFile(): AppError {
  return new AppError('VALIDATION_FAILED', [{ path: 'file', code: 'EMPTY', message: localizedMessage({ zh: '文件为空', en: 'The file is empty' }) }]);
}

/**
 * The answer to a body the spooler refused: too large (the caller's cap), empty, cut off, or of a type `accept` does not
 * allow — judged by content; `typeRefused` words that last message for the upload at hand (a slot, a template …).
 */
export function spoolRefusalError(
  refusal: SpoolRefusal,
  options: { tooLarge: () => AppError; accept: readonly FileKind[]; typeRefused: (labels: string[]) => LocalizedText },
): AppError {
  switch (refusal.reason) {
    case 'too-large':
      return options.tooLarge();
    case 'empty':
      return emptyFile();
    case 'aborted':
      return new AppError('BAD_REQUEST', [], { zh: '上传被中断', en: 'The upload was interrupted' });
    case 'type-not-allowed': {
      const labels = options.accept.map((kind) => FILE_KIND_INFO[kind].label);
      const detected = refusal.detected ? FILE_KIND_INFO[refusal.detected].label : 'unknown';
      return new AppError('FILE_TYPE_NOT_ALLOWED', [{ path: 'file', code: 'DETECTED_TYPE', message: detected }], options.typeRefused(labels));
    }
  }
}

function checkEnvelope(input: UploadInput): void {
  const mediaType = (input.contentType ?? '').split(';')[0].trim().toLowerCase();
  if (NOT_A_FILE.test(mediaType)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', [{ path: 'Content-Type', code: 'NOT_A_FILE', message: mediaType }], {
      zh: '请直接以文件内容作为请求体上传（不要使用 JSON 或表单）',
      en: 'Send the file itself as the request body (not JSON or a form)',
    });
  }
  const encoding = (input.contentEncoding ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', [{ path: 'Content-Encoding', code: 'NOT_IDENTITY', message: encoding }], { zh: '上传的文件不能再压缩编码', en: 'Uploads must not use a Content-Encoding' });
  }
}

/** Best effort: an object that cannot be removed now is removed by its cleanup job (objects no row names, after an hour). */
export async function removeObjectQuietly(storage: ObjectStorage, logger: JsonLogger, area: string, key: string, why: string): Promise<void> {
  try {
    await storage.remove(key);
  } catch (error) {
    logger.event('warn', area, 'could not remove an object; the cleanup job will', { key, why, error: (error as Error).message });
  }
}

/** After a raw-body upload, whatever its outcome: its temporary object and its spool file go. */
export async function discardUploadLeftovers(storage: ObjectStorage, logger: JsonLogger, area: string, tmpKey: string, spoolPath: string): Promise<void> {
  await removeObjectQuietly(storage, logger, area, tmpKey, 'temporary upload object');
  await fs.promises.rm(spoolPath, { force: true }).catch((error: unknown) => {
    logger.event('warn', area, 'could not remove a spool file', { path: spoolPath, error: (error as Error).message });
  });
}
