import { FILE_KIND_INFO, type FileKind } from '@shifan/domain';

/** The column is varchar(255): characters, not bytes, in MySQL's utf8mb4. */
export const MAX_FILE_NAME_LENGTH = 255;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional overrides and zero-width characters, which can disguise an extension (`report\u202Efdp.exe`). */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Reserved on Windows or in HTTP headers; `/` and `\` are path separators and are handled first. */
const RESERVED = /[<>:"|?*]/g;

/** Extensions a kind may already carry in the name (`.jpeg` and `.jpg` are both JPEG). */
const EXTENSIONS: Record<FileKind, string[]> = {
  pdf: ['pdf'],
  ofd: ['ofd'],
  jpeg: ['jpg', 'jpeg', 'jpe'],
  png: ['png'],
  docx: ['docx'],
  xlsx: ['xlsx'],
};

/**
 * Decodes the `X-File-Name` header (URI-encoded UTF-8, so that Chinese names survive HTTP's Latin-1 headers).
 * Returns null when the value is not valid percent-encoding.
 */
export function decodeFileNameHeader(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Makes a user-supplied name safe to store and to offer back in a download: the last path segment only, no control,
 * invisible or reserved characters, single spaces, no leading dots or trailing dots and spaces. Chinese and other
 * scripts are kept (NFC). May return '' when nothing usable is left.
 */
export function sanitizeFileName(raw: string): string {
  const lastSegment = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  return lastSegment
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
}

/**
 * The name stored for an upload: sanitised; given the extension of the kind its bytes showed when the name does not
 * already end with one (`plan.bin` of DOCX content becomes `plan.bin.docx`), so a download opens in the right
 * program; `fallback` when nothing is left; at most {@link MAX_FILE_NAME_LENGTH} characters, keeping the extension.
 */
export function storedFileName(raw: string, kind: FileKind, fallback: string): string {
  const extension = FILE_KIND_INFO[kind].extension;
  let name = sanitizeFileName(raw) || fallback;
  const dot = name.lastIndexOf('.');
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!EXTENSIONS[kind].includes(current)) name = `${name}.${extension}`;
  const characters = Array.from(name);
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const suffix = Array.from(name.slice(name.lastIndexOf('.')));
  return characters
    .slice(0, MAX_FILE_NAME_LENGTH - suffix.length)
    .join('')
    .replace(/[\s.]+$/, '')
    .concat(suffix.join(''));
}

/**
 * `Content-Disposition` for a download: an ASCII `filename` for old clients and the exact UTF-8 name as RFC 5987
 * `filename*` (RFC 6266), which every current browser prefers.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii || 'download'}"; filename*=UTF-8''${encoded}`;
}
