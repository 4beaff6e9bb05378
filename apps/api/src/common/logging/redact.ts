/**
 * The log's redaction layer: no password, token (session, CSRF, password reset, invitation, upload), resident ID
 * number (公民身份号码), cookie or Authorization header may reach a log line. Two nets:
 *  - by key: a field whose name says it holds a secret is replaced whole, at any depth;
 *  - by value, as a backstop for secrets that travel inside other text (a link in a mail line, a database error
 *    quoting a row, a stack): token query parameters, session cookies, bearer credentials, random tokens and
 *    18-character resident ID numbers are cut out of every string, the message and stacks included.
 */
export const REDACTED = '[REDACTED]';

/** Key names, lower-cased without separators, that hold secrets wherever they appear. */
const SECRET_KEY_PARTS = ['password', 'passwd', 'secret', 'token', 'cookie', 'authorization', 'csrf', 'credential', 'apikey', 'privatekey'];
const SECRET_KEYS = new Set(['session', 'sessionid', 'identitynumber', 'idnumber', 'idcard', 'residentid', 'sfzh', 'xuploadtoken']);

export function isSecretKey(key: string): boolean {
  const normalised = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SECRET_KEYS.has(normalised) || SECRET_KEY_PARTS.some((part) => normalised.includes(part));
}

const VALUE_PATTERNS: [RegExp, string][] = [
  // Links carrying a one-time token (password reset, invitation) or a signature.
  [/([?&#;](?:token|code|key|secret|password|sig|signature|access_token|x-amz-signature|x-amz-credential)=)[^&#;\s"'<>]+/gi, `$1${REDACTED}`],
  // The portal's cookies, as a Cookie header or inside any text.
  [/\b(shifan_session|shifan_csrf)=[^;,\s"']+/g, `$1=${REDACTED}`],
  // Credentials of an Authorization header.
  [/\b(Bearer|Basic|Digest)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  // 公民身份号码 (GB 11643): 6-digit area, a birth date 18xx–20xx, 3-digit sequence, check character. Redacted
  // whether or not its check character is right: a mistyped number is still someone's identity.
  [/(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g, '[REDACTED-ID]'],
];

/**
 * Random tokens (session, CSRF, reset and invitation: 32 bytes; upload: 24 bytes; base64url, 32–86 characters): mixed
 * case with digits and no run of six lower-case letters, which tells them from identifiers (`CallsAndApplications…`),
 * hex digests (lower-case only), UUIDs and USCCs.
 */
const TOKEN_LIKE = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,86}(?![A-Za-z0-9_-])/g;

function looksRandom(candidate: string): boolean {
  return /[A-Z]/.test(candidate) && /[a-z]/.test(candidate) && /\d/.test(candidate) && !/[a-z]{6}/.test(candidate);
}

/** Cuts every secret-looking part out of one string. */
export function redactText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of VALUE_PATTERNS) result = result.replace(pattern, replacement);
  return result.replace(TOKEN_LIKE, (candidate) => (looksRandom(candidate) ? REDACTED : candidate));
}

const MAX_DEPTH = 8;

/** A copy of `value` with secret fields replaced and every string cleaned; errors become plain objects. */
export function redactValue(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Object]';
  seen.add(value);
  if (value instanceof Error) {
    const error = value as Error & { code?: unknown };
    return redactValue({ type: error.name, message: error.message, ...(error.code !== undefined ? { code: error.code } : {}), stack: error.stack }, depth + 1, seen);
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = isSecretKey(key) && item !== null && item !== undefined && item !== '' ? REDACTED : redactValue(item, depth + 1, seen);
  }
  return result;
}
