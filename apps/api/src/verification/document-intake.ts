import { FILE_KIND_INFO, localizedMessage, VERIFICATION_POLICY } from '@shifan/domain';
import type { UploadInput } from '../attachments/attachments.service';
import { decodeFileNameHeader } from '../attachments/file-name';
import { SpoolRefusal, type SpooledFile, spoolUpload } from '../attachments/upload-spooler';
import { AppError } from '../common/errors/app-error';

const MIB = 1024 * 1024;
/** Bodies the API's own parsers would consume, and envelopes that are not the file itself. */
const NOT_A_FILE = /^(application\/(json|x-www-form-urlencoded|[\w.+-]+\+json)|multipart\/[\w.+-]+)$/;

/**
 * Takes in one 营业执照 or 授权书 (企业认证 and USCC disputes alike), the way attachments are taken in: the envelope
 * and the declared length checked first, then the body spooled to DATA_DIR/uploads while hashed and counted, its type
 * judged by its magic bytes (PDF, JPEG, PNG, OFD), reading stopped as soon as the cap is passed. Nothing is left on
 * disk when it refuses; the caller removes the spool file once it is done with it.
 */
export async function receiveDocument(input: UploadInput, spoolDirectory: string): Promise<{ rawName: string; spooled: SpooledFile }> {
  checkEnvelope(input);
  if (input.fileName === undefined || input.fileName.trim() === '') {
    throw new AppError('VALIDATION_FAILED', [{ path: 'X-File-Name', code: 'REQUIRED', message: localizedMessage({ zh: '请在 X-File-Name 中提供文件名(URI 编码)', en: 'Send the file name, URI-encoded, in X-File-Name' }) }]);
  }
  const rawName = decodeFileNameHeader(input.fileName);
  if (rawName === null) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'X-File-Name', code: 'INVALID_ENCODING', message: localizedMessage({ zh: '文件名须为 URI 编码的 UTF-8', en: 'The file name must be URI-encoded UTF-8' }) }]);
  }
  const maxBytes = VERIFICATION_POLICY.maxDocumentMb * MIB;
  if (input.contentLength === null && !input.chunked) throw new AppError('LENGTH_REQUIRED');
  if (input.contentLength !== null && input.contentLength > maxBytes) throw tooLarge();
  if (input.contentLength === 0) throw emptyFile();
  const spooled = await spoolUpload(input.body, { directory: spoolDirectory, maxBytes, accept: VERIFICATION_POLICY.accept }).catch((error: unknown) => {
    throw error instanceof SpoolRefusal ? refusalError(error) : error;
  });
  return { rawName, spooled };
}

function checkEnvelope(input: UploadInput): void {
  const mediaType = (input.contentType ?? '').split(';')[0].trim().toLowerCase();
  if (NOT_A_FILE.test(mediaType)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', [{ path: 'Content-Type', code: 'NOT_A_FILE', message: mediaType }], {
      zh: '请直接以文件内容作为请求体上传(不要使用 JSON 或表单)',
      en: 'Send the file itself as the request body (not JSON or a form)',
    });
  }
  const encoding = (input.contentEncoding ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', [{ path: 'Content-Encoding', code: 'NOT_IDENTITY', message: encoding }], { zh: '上传的文件不能再压缩编码', en: 'Uploads must not use a Content-Encoding' });
  }
}

function tooLarge(): AppError {
  const mb = VERIFICATION_POLICY.maxDocumentMb;
  return new AppError('FILE_TOO_LARGE', [{ path: 'file', code: 'MAX_SIZE_MB', message: String(mb) }], { zh: `文件超过允许的大小(最大 ${mb} MB)`, en: `The file is too large (at most ${mb} MB)` });
}

function emptyFile(): AppError {
  return new AppError('VALIDATION_FAILED', [{ path: 'file', code: 'EMPTY', message: localizedMessage({ zh: '文件为空', en: 'The file is empty' }) }]);
}

function refusalError(refusal: SpoolRefusal): AppError {
  switch (refusal.reason) {
    case 'too-large':
      return tooLarge();
    case 'empty':
      return emptyFile();
    case 'aborted':
      return new AppError('BAD_REQUEST', [], { zh: '上传被中断', en: 'The upload was interrupted' });
    case 'type-not-allowed': {
      const labels = VERIFICATION_POLICY.accept.map((kind) => FILE_KIND_INFO[kind].label);
      return new AppError('FILE_TYPE_NOT_ALLOWED', [{ path: 'file', code: 'DETECTED_TYPE', message: refusal.detected ? FILE_KIND_INFO[refusal.detected].label : 'unknown' }], {
        zh: `文件类型不符合要求(按文件内容识别),允许:${labels.join('、')}`,
        en: `This file type is not accepted (judged by its content); allowed: ${labels.join(', ')}`,
      });
    }
  }
}
