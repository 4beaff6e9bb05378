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
  SEED_DEMO: booleanFlag.default(true),
  SERVE_WEB: booleanFlag.default(true),
  WEB_DIST_DIR: optionalString,
  CORS_ORIGINS: optionalString,
  BODY_LIMIT: z.preprocess(emptyToUndefined, z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 512kb or 1mb').default('1mb')),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['debug', 'info', 'warn', 'error']).default('info')),
  CLOCK_OFFSET_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(-3650).max(3650).default(0)),
});

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type DatabaseConfig =
  | { kind: 'mysql'; url: string; host: string; port: number; database: string }
  | { kind: 'sqlite'; file: string };

export type StorageConfig =
  | { kind: 's3'; endpoint: string; accessKey: string; secretKey: string; bucket: string; region: string }
  | { kind: 'embedded'; directory: string; bucket: string; region: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number; publicUrl: string | undefined; bodyLimit: string; corsOrigins: string[] };
  dataDir: string;
  db: DatabaseConfig & { connectRetries: number; connectRetryDelayMs: number; migrateOnStart: boolean };
  storage: StorageConfig;
  seed: { demo: boolean };
  web: { serve: boolean; distDir: string };
  log: { level: LogLevel };
  /** Training and rehearsal only: the server's clock runs this many days ahead (or behind). Refused in production. */
  clockOffsetDays: number;
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

  const corsOrigins = (e.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new ConfigError('CORS_ORIGINS', `has an invalid origin "${origin}" (expected e.g. https://portal.example.gov.cn)`);
  }

  return {
    env: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT, publicUrl: e.PUBLIC_URL, bodyLimit: e.BODY_LIMIT, corsOrigins },
    dataDir,
    db: { ...db, connectRetries: e.DB_CONNECT_RETRIES, connectRetryDelayMs: e.DB_CONNECT_RETRY_DELAY_MS, migrateOnStart: e.DB_MIGRATE_ON_START },
    storage,
    seed: { demo: e.SEED_DEMO },
    web: { serve: e.SERVE_WEB, distDir: e.WEB_DIST_DIR ? path.resolve(cwd, e.WEB_DIST_DIR) : path.join(repositoryRoot(), 'apps') },
    log: { level: e.LOG_LEVEL },
    clockOffsetDays: e.CLOCK_OFFSET_DAYS,
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
