import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads the environment. Every variable is listed in `.env.example` with its default and in the
 * README's configuration table. A bad or missing variable stops the process with one line naming it.
 */
const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const booleanFlag = z.preprocess(
  emptyToUndefined,
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes'].includes(v))),
);

const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

const mysqlUrl = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'mysql:' || url.protocol === 'mariadb:') && url.hostname !== '' && url.pathname.length > 1;
      } catch {
        return false;
      }
    }, 'must be a URL of the form mysql://user:password@host:3306/database')
    .optional(),
);

const httpUrl = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .refine((value) => {
      try {
        return ['http:', 'https:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, 'must be an http:// or https:// URL')
    .optional(),
);

export const EnvSchema = z.object({
  NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000)),
  PUBLIC_URL: httpUrl,
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  DB_URL: mysqlUrl,
  DB_CONNECT_RETRIES: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100).default(5)),
  DB_CONNECT_RETRY_DELAY_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(60000).default(1000)),
  DB_MIGRATE_ON_START: booleanFlag.default(true),
  S3_ENDPOINT: httpUrl,
  S3_ACCESS_KEY: optionalString,
  S3_SECRET_KEY: optionalString,
  S3_BUCKET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name (3–63 lowercase letters, digits, dots, hyphens)')
      .default('shifan'),
  ),
  S3_REGION: z.preprocess(emptyToUndefined, z.string().default('us-east-1')),
  /** Default: false with NODE_ENV=production (where true is refused), true otherwise. */
  SEED_DEMO: booleanFlag,
  SERVE_WEB: booleanFlag.default(true),
  WEB_DIST_DIR: optionalString,
  CORS_ORIGINS: optionalString,
  BODY_LIMIT: z.preprocess(emptyToUndefined, z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 512kb or 1mb').default('1mb')),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['debug', 'info', 'warn', 'error']).default('info')),
  CLOCK_OFFSET_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(-3650).max(3650).default(0)),
  /** Whose X-Forwarded-For/-Proto/-Host are believed: `loopback`, `none`, or comma-separated addresses/CIDRs. */
  TRUST_PROXY: optionalString,
  DB_CONNECT_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(120000).default(3000)),
  DB_ACQUIRE_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(120000).default(8000)),
  DB_QUERY_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(3600000).default(8000)),
  RETRY_AFTER_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3600).default(5)),
  AUDIT_CHECKPOINT_KEY: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional()),
  AUDIT_CHECKPOINT_INTERVAL_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(86400).default(3600)),
  AUDIT_REFUSALS_PER_MINUTE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(10000).default(20)),
  /** MM-DD (Beijing date): from this day on, officers are warned while next year's working-day calendar is missing. */
  CALENDAR_WARN_FROM: z.preprocess(emptyToUndefined, z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day of the year as MM-DD, e.g. 11-01').default('11-01')),
  /** How long an instance keeps the working-day calendar in memory; a change on another instance shows after at most this. */
  CALENDAR_CACHE_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(86400).default(60)),
  JOBS_ENABLED: booleanFlag.default(true),
  JOBS_LEASE_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(5).max(86400).default(300)),
  DOCUMENT_OUTBOX_INTERVAL_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3600).default(15)),
  MAIL_OUTBOX_INTERVAL_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3600).default(15)),
  OUTBOX_RETRY_BASE_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(86400).default(30)),
  OUTBOX_RETRY_MAX_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(604800).default(3600)),
  MAIL_MAX_ATTEMPTS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1000).default(12)),
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
        } catch {
          return false;
        }
      }, 'must be a URL of the form smtp://user:password@host:587 or smtps://user:password@host:465')
      .optional(),
  ),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().min(3).max(200).default('示范 Shifan <no-reply@shifan.localhost>')),
  PURGE_INTERVAL_HOURS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(720).default(24)),
  SESSION_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(3650).default(7)),
  TOKEN_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(3650).default(30)),
  RATE_LIMIT_RETENTION_HOURS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(8760).default(24)),
  DEADLINE_REMINDER_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(60).default(3)),
  DEADLINE_REMINDER_INTERVAL_HOURS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(168).default(24)),
});

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type DatabaseConfig =
  | { kind: 'mysql'; url: string; host: string; port: number; database: string }
  | { kind: 'sqlite'; file: string };

export type StorageConfig =
  | { kind: 's3'; endpoint: string; accessKey: string; secretKey: string; bucket: string; region: string }
  | { kind: 'embedded'; directory: string; bucket: string; region: string };

/** MySQL/MariaDB only: how long a connection, a pooled connection and one query may take before the request gets a 503. */
export interface DatabaseTimeouts {
  connectMs: number;
  acquireMs: number;
  /** 0: no limit. */
  queryMs: number;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: {
    host: string;
    port: number;
    publicUrl: string | undefined;
    bodyLimit: string;
    corsOrigins: string[];
    /** Express `trust proxy` entries (`loopback`, addresses, CIDRs); empty: nothing trusted, the socket's address is the client. */
    trustProxy: string[];
    /** Session and CSRF cookies always `Secure` (production), not only on requests that came over TLS. */
    alwaysSecureCookies: boolean;
    /** The `Retry-After` of a 503 (database or storage not answering). */
    retryAfterSeconds: number;
  };
  dataDir: string;
  db: DatabaseConfig & { connectRetries: number; connectRetryDelayMs: number; migrateOnStart: boolean; timeouts: DatabaseTimeouts };
  storage: StorageConfig;
  seed: { demo: boolean };
  web: { serve: boolean; distDir: string };
  log: { level: LogLevel };
  /** Training and rehearsal only: the server's clock runs this many days ahead (or behind). Refused in production. */
  clockOffsetDays: number;
  /**
   * The audit trail's external anchor and refusal records: the HMAC key of the checkpoints written to S3 (undefined:
   * generated once and kept under DATA_DIR; refused in production), how often a checkpoint is written, and how many
   * refused requests per actor or address and minute are recorded one by one (the rest are counted).
   */
  audit: { checkpointKey: string | undefined; checkpointIntervalSeconds: number; refusalsPerMinute: number };
  /** The working-day calendar: from which day of the year (MM-DD) a missing next year is warned about, and the cache's life. */
  calendar: { warnFrom: string; cacheSeconds: number };
  /**
   * Scheduled jobs (apps/api/src/jobs): whether this process runs their timers (off: only `runNow`), and how long a
   * job's lease lasts before another process may take over a crashed holder's job.
   */
  jobs: {
    enabled: boolean;
    leaseMs: number;
    documentOutboxIntervalMs: number;
    mailOutboxIntervalMs: number;
    /** Back-off of a failed outbox row: base × 2^(attempts−1), at most max. */
    retryBaseMs: number;
    retryMaxMs: number;
  };
  /** Outgoing mail: SMTP_URL (undefined: each message is written as an .eml file under DATA_DIR/mail). */
  mail: { smtpUrl: string | undefined; from: string; maxAttempts: number; directory: string };
  /** How long expired sessions, used or expired one-time tokens and old rate-limit windows are kept, and how often they are purged. */
  retention: { purgeIntervalMs: number; sessionDays: number; tokenDays: number; rateLimitHours: number };
  /** Reminder mail to enterprises with an unsubmitted application this many days before a call's last day. */
  reminders: { deadlineDays: number; intervalMs: number };
}

/** Thrown for any invalid setting; its message is the single line printed before the process exits. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Configuration error: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

/** The repository root: the API runs from apps/api/dist or apps/api/src, two levels below it. */
export function repositoryRoot(): string {
  return path.resolve(__dirname, '..', '..', '..', '..');
}

export function loadConfig(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    const value = env[variable];
    const shown = value === undefined ? '' : ` (got "${value.length > 60 ? `${value.slice(0, 60)}…` : value}")`;
    throw new ConfigError(variable, `${issue.message}${shown}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(cwd, e.DATA_DIR);

  let db: DatabaseConfig;
  if (e.DB_URL) {
    const url = new URL(e.DB_URL);
    db = { kind: 'mysql', url: e.DB_URL, host: url.hostname, port: Number(url.port || 3306), database: url.pathname.slice(1) };
  } else {
    db = { kind: 'sqlite', file: path.join(dataDir, 'shifan.sqlite') };
  }

  let storage: StorageConfig;
  if (e.S3_ENDPOINT) {
    if (!e.S3_ACCESS_KEY) throw new ConfigError('S3_ACCESS_KEY', 'is required when S3_ENDPOINT is set');
    if (!e.S3_SECRET_KEY) throw new ConfigError('S3_SECRET_KEY', 'is required when S3_ENDPOINT is set');
    storage = { kind: 's3', endpoint: e.S3_ENDPOINT, accessKey: e.S3_ACCESS_KEY, secretKey: e.S3_SECRET_KEY, bucket: e.S3_BUCKET, region: e.S3_REGION };
  } else {
    storage = { kind: 'embedded', directory: path.join(dataDir, 'objects'), bucket: e.S3_BUCKET, region: e.S3_REGION };
  }

  if (e.CLOCK_OFFSET_DAYS !== 0 && e.NODE_ENV === 'production') {
    throw new ConfigError('CLOCK_OFFSET_DAYS', 'must be 0 when NODE_ENV=production (it is for training and rehearsals only)');
  }

  if (!e.AUDIT_CHECKPOINT_KEY && e.NODE_ENV === 'production') {
    throw new ConfigError('AUDIT_CHECKPOINT_KEY', 'is required when NODE_ENV=production (the HMAC key of the audit checkpoints; e.g. openssl rand -hex 32)');
  }

  const seedDemo = e.SEED_DEMO ?? e.NODE_ENV !== 'production';
  if (seedDemo && e.NODE_ENV === 'production') {
    throw new ConfigError('SEED_DEMO', 'must be false when NODE_ENV=production (the demo accounts have published passwords)');
  }
  const trustProxy = parseTrustProxy(e.TRUST_PROXY ?? (e.NODE_ENV === 'production' ? 'none' : 'loopback'));

  const corsOrigins = (e.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new ConfigError('CORS_ORIGINS', `has an invalid origin "${origin}" (expected e.g. https://portal.example.gov.cn)`);
  }

  return {
    env: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      publicUrl: e.PUBLIC_URL,
      bodyLimit: e.BODY_LIMIT,
      corsOrigins,
      trustProxy,
      alwaysSecureCookies: e.NODE_ENV === 'production',
      retryAfterSeconds: e.RETRY_AFTER_SECONDS,
    },
    dataDir,
    db: {
      ...db,
      connectRetries: e.DB_CONNECT_RETRIES,
      connectRetryDelayMs: e.DB_CONNECT_RETRY_DELAY_MS,
      migrateOnStart: e.DB_MIGRATE_ON_START,
      timeouts: { connectMs: e.DB_CONNECT_TIMEOUT_MS, acquireMs: e.DB_ACQUIRE_TIMEOUT_MS, queryMs: e.DB_QUERY_TIMEOUT_MS },
    },
    storage,
    seed: { demo: seedDemo },
    web: { serve: e.SERVE_WEB, distDir: e.WEB_DIST_DIR ? path.resolve(cwd, e.WEB_DIST_DIR) : path.join(repositoryRoot(), 'apps') },
    log: { level: e.LOG_LEVEL },
    clockOffsetDays: e.CLOCK_OFFSET_DAYS,
    audit: { checkpointKey: e.AUDIT_CHECKPOINT_KEY, checkpointIntervalSeconds: e.AUDIT_CHECKPOINT_INTERVAL_SECONDS, refusalsPerMinute: e.AUDIT_REFUSALS_PER_MINUTE },
    calendar: { warnFrom: e.CALENDAR_WARN_FROM, cacheSeconds: e.CALENDAR_CACHE_SECONDS },
    jobs: {
      enabled: e.JOBS_ENABLED,
      leaseMs: e.JOBS_LEASE_SECONDS * 1000,
      documentOutboxIntervalMs: e.DOCUMENT_OUTBOX_INTERVAL_SECONDS * 1000,
      mailOutboxIntervalMs: e.MAIL_OUTBOX_INTERVAL_SECONDS * 1000,
      retryBaseMs: e.OUTBOX_RETRY_BASE_SECONDS * 1000,
      retryMaxMs: Math.max(e.OUTBOX_RETRY_MAX_SECONDS, e.OUTBOX_RETRY_BASE_SECONDS) * 1000,
    },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, maxAttempts: e.MAIL_MAX_ATTEMPTS, directory: path.join(dataDir, 'mail') },
    retention: { purgeIntervalMs: e.PURGE_INTERVAL_HOURS * 3_600_000, sessionDays: e.SESSION_RETENTION_DAYS, tokenDays: e.TOKEN_RETENTION_DAYS, rateLimitHours: e.RATE_LIMIT_RETENTION_HOURS },
    reminders: { deadlineDays: e.DEADLINE_REMINDER_DAYS, intervalMs: e.DEADLINE_REMINDER_INTERVAL_HOURS * 3_600_000 },
  };
}

const TRUST_PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: `none` (nothing trusted), or comma-separated `loopback`/`linklocal`/`uniquelocal`, addresses and CIDRs
 * (e.g. `172.28.0.0/24`), the forms Express's `trust proxy` takes.
 */
function parseTrustProxy(value: string): string[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 1 && ['none', 'false'].includes(entries[0].toLowerCase())) return [];
  for (const entry of entries) {
    if (TRUST_PROXY_NAMES.has(entry)) continue;
    const [address, prefix, extra] = entry.split('/');
    const family = isIP(address);
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (!family || !prefixOk || extra !== undefined) {
      throw new ConfigError('TRUST_PROXY', `has an invalid entry "${entry}" (expected none, loopback, an address or a CIDR such as 172.28.0.0/24)`);
    }
  }
  return entries;
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
