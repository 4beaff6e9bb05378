import { VERIFICATION_POLICY } from '@shifan/domain';
import type { UploadInput } from '../attachments/attachments.service';
import { checkUploadBeforeBody, emptyFile, spoolRefusalError } from '../attachments/upload-intake';
import { SpoolRefusal, type SpooledFile, spoolUpload } from '../attachments/upload-spooler';
import { AppError } from '../common/errors/app-error';

const MIB = 1024 * 1024;

/**
 * Takes in one 营业执照 or 授权书 (企业认证 and USCC disputes alike), the way attachments are taken in: the envelope
 * and the declared length checked first, then the body spooled to DATA_DIR/uploads while hashed and counted, its type
 * judged by its magic bytes (PDF, JPEG, PNG, OFD), reading stopped as soon as the cap is passed. Nothing is left on
 * disk when it refuses; the caller removes the spool file once it is done with it.
 */
export async function receiveDocument(input: UploadInput, spoolDirectory: string): Promise<{ rawName: string; spooled: SpooledFile }> {
  const maxBytes = VERIFICATION_POLICY.maxDocumentMb * MIB;
  const rawName = checkUploadBeforeBody(input, maxBytes, { tooLarge, emptyFile });
  const spooled = await spoolUpload(input.body, { directory: spoolDirectory, maxBytes, accept: VERIFICATION_POLICY.accept }).catch((error: unknown) => {
    throw error instanceof SpoolRefusal ? refusalError(error) : error;
  });
  return { rawName, spooled };
}

function tooLarge(): AppError {
  const mb = VERIFICATION_POLICY.maxDocumentMb;
  return new AppError('FILE_TOO_LARGE', [{ path: 'file', code: 'MAX_SIZE_MB', message: String(mb) }], { zh: `文件超过允许的大小（最大 ${mb} MB）`, en: `The file is too large (at most ${mb} MB)` });
}

function refusalError(refusal: SpoolRefusal): AppError {
  return spoolRefusalError(refusal, {
    tooLarge,
    accept: VERIFICATION_POLICY.accept,
    typeRefused: (labels) => ({
      zh: `文件类型不符合要求（按文件内容识别），允许：${labels.join('、')}`,
      en: `This file type is not accepted (judged by its content); allowed: ${labels.join(', ')}`,
    }),
  });
}
