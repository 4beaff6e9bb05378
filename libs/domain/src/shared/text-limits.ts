/**
 * Length limits of free texts, in characters, chosen to fit their database columns on MySQL/MariaDB (utf8mb4, strict
 * SQL mode) and SQLite alike: a VARCHAR(n) holds n characters; a TEXT column holds 65,535 bytes, i.e. 16,383
 * characters when every one takes four bytes (rare CJK ideographs outside the BMP, emoji). Texts inside JSON
 * documents (settings, forms, snapshots) are stored in JSON columns (LONGTEXT on MariaDB) and bounded by BODY_LIMIT.
 */
export const TEXT_LIMITS = {
  /** A call's notice (call.notice, TEXT): 16,000 four-byte characters are 64,000 bytes. */
  callNotice: 16_000,
  /** Keys of checklist items, slots and criteria. */
  key: 64,
  /** Short labels and names shown in lists (checklist items, rubric criteria). */
  label: 200,
  /** A rubric criterion's description. */
  description: 1_000,
} as const;
