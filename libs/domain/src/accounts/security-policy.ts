/**
 * Security settings of sign-in and sessions, with their sources. 等保2.0 (GB/T 22239-2019) level 3 asks for
 * identification with complexity rules, a limit on failed attempts with lock-out, and session time-outs; the
 * numbers are the ones issue #4 sets, which match common practice for level-3 government systems.
 */
export const PASSWORD_POLICY = {
  /** Minimum length. */
  minLength: 8,
  /** Maximum length (a scrypt input bound, not a strength rule). */
  maxLength: 128,
  /** Of the four classes lower-case, upper-case, digits and symbols, how many must appear. */
  minClasses: 3,
} as const;

export const LOCKOUT_POLICY = {
  /** Consecutive failed sign-ins that lock the account. */
  maxFailures: 5,
  /** How long the lock lasts. */
  lockMinutes: 15,
} as const;

export const SESSION_POLICY = {
  /** A session not used for this long ends. */
  idleMinutes: 30,
  /** A session ends this long after sign-in, used or not. */
  absoluteHours: 12,
} as const;

export const TOKEN_POLICY = {
  /** A password-reset link works this long, once. */
  resetMinutes: 30,
  /** An invitation to join an enterprise works this long, once. */
  invitationHours: 72,
  /** An organisation uploads the sealed letter of its objection with the token of its filing, once, within this time. */
  sealedLetterUploadMinutes: 60,
} as const;

/** Fixed-window rate limits: at most `limit` attempts per `windowSeconds` per key. */
export const RATE_LIMITS = {
  signInPerAddress: { limit: 30, windowSeconds: 300 },
  signInPerAccount: { limit: 10, windowSeconds: 300 },
  registerPerAddress: { limit: 10, windowSeconds: 3600 },
  passwordResetPerAddress: { limit: 10, windowSeconds: 3600 },
  /** The public document verification (issue #6): generous for people, a brake on guessing codes. */
  verifyPerAddress: { limit: 120, windowSeconds: 300 },
  /** Objections to a 公示 and their sealed letters: 10 per address per hour (real people do not file more). */
  objectionPerAddress: { limit: 10, windowSeconds: 3600 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;
