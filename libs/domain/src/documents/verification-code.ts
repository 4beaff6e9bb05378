import { sha256Hex } from '../expert-draw/sha256';
import { canonicalJson } from './canonical-json';

/**
 * Every printed document carries a short verification code: the first 12 hex digits (48 bits) of the SHA-256 of its
 * canonical content (`canonicalJson` of its view model, which holds nothing that depends on when or where it was
 * rendered). The public verification page looks the code up among the archived documents.
 */
export const VERIFICATION_CODE_LENGTH = 12;

export interface DocumentSeal {
  /** Hex SHA-256 of the canonical content. */
  contentSha256: string;
  /** The first 12 hex digits of it, lower case, as stored. */
  code: string;
}

export function sealDocument(content: unknown): DocumentSeal {
  const contentSha256 = sha256Hex(canonicalJson(content));
  return { contentSha256, code: contentSha256.slice(0, VERIFICATION_CODE_LENGTH) };
}

/** `3f9a1c2b7d4e` → `3F9A-1C2B-7D4E`, as printed and typed. */
export function formatVerificationCode(code: string): string {
  return (code.toUpperCase().match(/.{1,4}/g) ?? []).join('-');
}

/**
 * What a person typed or a QR code carried (any case, with or without hyphens or spaces) → the stored form, or null
 * when it cannot be a code.
 */
export function parseVerificationCode(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toLowerCase();
  return new RegExp(`^[0-9a-f]{${VERIFICATION_CODE_LENGTH}}$`).test(compact) ? compact : null;
}
