import type { FileKind } from './attachment-slots';

/**
 * Decides a file's kind from its first bytes (its "magic"), never from its name: the API checks every upload with
 * this, and the enterprise app can run the same check on a picked file before sending it.
 *
 * - PDF: `%PDF-` at offset 0.
 * - JPEG: FF D8 FF.  PNG: 89 50 4E 47 0D 0A 1A 0A.
 * - ZIP containers (PK 03 04) by the entry names found in the first {@link SNIFF_WINDOW_BYTES}: an entry under
 *   `word/` is DOCX, under `xl/` is XLSX, and a root `OFD.xml` is OFD (GB/T 33190). Names are read from the local
 *   file headers and, for small files, from the central directory.
 */
export const SNIFF_WINDOW_BYTES = 64 * 1024;

/** Bytes after which a non-ZIP file is decided (the longest fixed signature, PNG's). */
export const SNIFF_SIGNATURE_BYTES = 8;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_CENTRAL = [0x50, 0x4b, 0x01, 0x02];

/** The longest entry name read; OOXML and OFD names are short. */
const MAX_NAME_BYTES = 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function uint16(bytes: Uint8Array, offset: number): number {
  return bytes[offset] | (bytes[offset + 1] << 8);
}

/** True when the bytes open a ZIP container, whose kind needs the entry names (up to the sniff window). */
export function isZipContainer(head: Uint8Array): boolean {
  return startsWith(head, ZIP_LOCAL);
}

/**
 * The entry names a ZIP's first bytes reveal: each local file header (`PK 03 04`, name length at +26, name at +30)
 * and each central directory header (`PK 01 02`, name length at +28, name at +46) wholly inside the window.
 */
export function zipEntryNames(head: Uint8Array): string[] {
  const names: string[] = [];
  const read = (start: number, length: number) => {
    if (length === 0 || length > MAX_NAME_BYTES || start + length > head.length) return;
    names.push(String.fromCharCode(...head.subarray(start, start + length)));
  };
  for (let offset = 0; offset + 4 <= head.length; offset++) {
    if (head[offset] !== 0x50 || head[offset + 1] !== 0x4b) continue;
    if (startsWith(head, ZIP_LOCAL, offset) && offset + 30 <= head.length) read(offset + 30, uint16(head, offset + 26));
    else if (startsWith(head, ZIP_CENTRAL, offset) && offset + 46 <= head.length) read(offset + 46, uint16(head, offset + 28));
  }
  return names;
}

function zipKind(head: Uint8Array): FileKind | null {
  const names = zipEntryNames(head);
  if (names.some((name) => name.startsWith('word/'))) return 'docx';
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  if (names.some((name) => name === 'OFD.xml' || name === '/OFD.xml')) return 'ofd';
  return null;
}

/**
 * The kind of file the first bytes show, or null when they match none of FILE_KINDS. Give it the first
 * {@link SNIFF_WINDOW_BYTES} (or the whole file when shorter): fewer bytes can leave a ZIP undecided.
 */
export function sniffFileKind(head: Uint8Array): FileKind | null {
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, JPEG)) return 'jpeg';
  if (isZipContainer(head)) return zipKind(head);
  return null;
}

/**
 * Whether `head` is enough to decide: a ZIP needs the full window (or the end of the file), anything else only
 * its first {@link SNIFF_SIGNATURE_BYTES} bytes.
 */
export function canSniff(head: Uint8Array, complete: boolean): boolean {
  if (complete || head.length >= SNIFF_WINDOW_BYTES) return true;
  if (head.length < SNIFF_SIGNATURE_BYTES) return false;
  return !isZipContainer(head);
}
