import { ApplicationDocumentsViewSchema, ErrorBodySchema } from '@shifan/domain';
import { ApiError, NETWORK_ERROR } from '@shifan/ui';
import { applicationPath } from '../applications-api';

export { ApplicationDocumentsViewSchema };

export function documentsPath(applicationId: number): string {
  return `${applicationPath(applicationId)}/documents`;
}

export function signingCopyPath(applicationId: number): string {
  return `${documentsPath(applicationId)}/signing-copy.pdf`;
}

export function templatePath(applicationId: number, slotKey: string): string {
  return `${applicationPath(applicationId)}/templates/${slotKey}`;
}

/** The UTF-8 name of `Content-Disposition: attachment; filename*=UTF-8''…`, or the fallback. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  return match ? decodeURIComponent(match[1]) : fallback;
}

/**
 * Fetches a generated file with progress (the PDF is rendered on request, which can take a moment), then saves it
 * under the server's file name. Resolves with the verification code the server sent, if any.
 */
export async function downloadWithProgress(path: string, fallbackName: string, onProgress: (percent: number | null) => void): Promise<string | null> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(await response.json().catch(() => null));
    throw new ApiError(parsed.success ? parsed.data : { code: NETWORK_ERROR, message: `HTTP ${response.status}` }, response.status);
  }
  const total = Number(response.headers.get('content-length') ?? 0);
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onProgress(total > 0 ? Math.min(100, Math.round((received / total) * 100)) : null);
    }
  }
  const blob = reader ? new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? 'application/pdf' }) : await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  onProgress(100);
  return response.headers.get('x-verification-code');
}
