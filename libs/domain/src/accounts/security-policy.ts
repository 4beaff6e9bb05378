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

/**
 * Sign-in throttling (issue #12). USCCs are public, so a lock on the ACCOUNT would let anyone lock any enterprise out.
 * Failures are counted per (login, client address) pair instead: after `pairFreeFailures` wrong passwords that pair
 * must wait `pairFirstDelaySeconds`, doubling with each further failure up to `pairMaxDelaySeconds`; attempts inside
 * the wait are refused before the password is even checked (a "retry after" answer, nobody sleeps). The owner at
 * another address is not affected. Across all addresses, once a login has `loginCeilingFailures` failures, every
 * address gets at most one password check per `loginSpacingSeconds` on it: that slows a distributed guesser to a
 * crawl but never locks the owner out for longer than the spacing. Unknown logins are counted and answered exactly
 * like known ones. A password reset (which the owner can always request) clears every counter of the login.
 */
export const SIGN_IN_THROTTLE_POLICY = {
  /** Wrong passwords from one address for one login that are answered at once. */
  pairFreeFailures: 5,
  /** The wait after the failure that reaches `pairFreeFailures`; it doubles with each further failure. */
  pairFirstDelaySeconds: 60,
  /** The longest wait of one pair. */
  pairMaxDelaySeconds: 3600,
  /** Failures of a pair or a login are forgotten this long after the last one. */
  failureMemoryHours: 24,
  /** Failures of one login, from all addresses together, from which on every password check is spaced. */
  loginCeilingFailures: 50,
  /** That spacing: at most one password check per this many seconds on the login, whoever asks. */
  loginSpacingSeconds: 30,
} as const;

/** How long a (login, address) pair waits after its n-th failure (0 while n is below the free failures). */
export function pairDelaySeconds(failures: number, policy: { pairFreeFailures: number; pairFirstDelaySeconds: number; pairMaxDelaySeconds: number } = SIGN_IN_THROTTLE_POLICY): number {
  if (failures < policy.pairFreeFailures) return 0;
  const doublings = Math.min(failures - policy.pairFreeFailures, 30);
  return Math.min(policy.pairFirstDelaySeconds * 2 ** doublings, policy.pairMaxDelaySeconds);
}

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
  registerPerAddress: { limit: 10, windowSeconds: 3600 },
  passwordResetPerAddress: { limit: 10, windowSeconds: 3600 },
  /** The public document verification (issue #6): generous for people, a brake on guessing codes. */
  verifyPerAddress: { limit: 120, windowSeconds: 300 },
  /** Objections to a 公示 and their sealed letters: 10 per address per hour (real people do not file more). */
  objectionPerAddress: { limit: 10, windowSeconds: 3600 },
  /** USCC disputes (issue #12): filing and its two uploads, 10 requests per address per hour. */
  disputePerAddress: { limit: 10, windowSeconds: 3600 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;
