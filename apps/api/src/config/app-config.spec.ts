import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs on embedded defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/shifan');
    expect(config.http).toMatchObject({ host: '127.0.0.1', port: 3000, bodyLimit: '1mb', corsOrigins: [] });
    expect(config.db).toMatchObject({ kind: 'sqlite', file: path.join('/srv/shifan/data', 'shifan.sqlite'), connectRetries: 5, migrateOnStart: true });
    expect(config.storage).toEqual({ kind: 'embedded', directory: path.join('/srv/shifan/data', 'objects'), bucket: 'shifan', region: 'us-east-1' });
    expect(config.seed.demo).toBe(true);
  });

  it('honours PORT and reads DB_URL into host, port and database', () => {
    const config = loadConfig({ PORT: '8081', DB_URL: 'mysql://root:@db.internal:3307/shifan_ci' });
    expect(config.http.port).toBe(8081);
    expect(config.db).toMatchObject({ kind: 'mysql', host: 'db.internal', port: 3307, database: 'shifan_ci' });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DB_URL: '', S3_ENDPOINT: ' ', PORT: '' }).db.kind).toBe('sqlite');
  });

  it.each([
    [{ DB_URL: 'not-a-url' }, 'DB_URL'],
    [{ DB_URL: 'postgres://u@h/db' }, 'DB_URL'],
    [{ DB_URL: 'mysql://root@localhost' }, 'DB_URL'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT'],
    [{ S3_ENDPOINT: 'http://minio:9000' }, 'S3_ACCESS_KEY'],
    [{ S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY: 'k' }, 'S3_SECRET_KEY'],
    [{ S3_BUCKET: 'Bad_Bucket' }, 'S3_BUCKET'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ CORS_ORIGINS: 'https://ok.example.cn, not an origin' }, 'CORS_ORIGINS'],
  ])('stops with one line naming the bad variable: %j', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect((error as ConfigError).variable).toBe(variable);
    expect(message).toMatch(new RegExp(`^Configuration error: ${variable} `));
    expect(message).not.toContain('\n');
  });

  it('takes a training clock offset, but never in production', () => {
    expect(loadConfig({}).clockOffsetDays).toBe(0);
    expect(loadConfig({ CLOCK_OFFSET_DAYS: '10' }).clockOffsetDays).toBe(10);
    expect(() => loadConfig({ CLOCK_OFFSET_DAYS: '10', NODE_ENV: 'production' })).toThrow(/CLOCK_OFFSET_DAYS/);
    expect(() => loadConfig({ CLOCK_OFFSET_DAYS: 'soon' })).toThrow(ConfigError);
  });

  it('requires the audit checkpoint key in production, and takes the checkpoint and refusal settings', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/^Configuration error: AUDIT_CHECKPOINT_KEY is required/);
    expect(() => loadConfig({ AUDIT_CHECKPOINT_KEY: 'short' })).toThrow(/AUDIT_CHECKPOINT_KEY must be at least 32/);
    const key = 'k'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', AUDIT_CHECKPOINT_KEY: key }).audit).toEqual({ checkpointKey: key, checkpointIntervalSeconds: 3600, refusalsPerMinute: 20 });
    expect(loadConfig({ AUDIT_CHECKPOINT_INTERVAL_SECONDS: '60', AUDIT_REFUSALS_PER_MINUTE: '5' }).audit).toEqual({ checkpointKey: undefined, checkpointIntervalSeconds: 60, refusalsPerMinute: 5 });
    expect(() => loadConfig({ AUDIT_CHECKPOINT_INTERVAL_SECONDS: '0' })).toThrow(/AUDIT_CHECKPOINT_INTERVAL_SECONDS/);
  });

  it('keeps the configured CORS origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.cn,http://localhost:4200' }).http.corsOrigins).toEqual(['https://a.example.cn', 'http://localhost:4200']);
  });
  it('takes the job, mail, retention and reminder settings, with their defaults', () => {
    const defaults = loadConfig({}, '/srv/shifan');
    expect(defaults.jobs).toEqual({ enabled: true, leaseMs: 300_000, documentOutboxIntervalMs: 15_000, mailOutboxIntervalMs: 15_000, retryBaseMs: 30_000, retryMaxMs: 3_600_000 });
    expect(defaults.mail).toMatchObject({ smtpUrl: undefined, maxAttempts: 12, directory: path.join('/srv/shifan/data', 'mail') });
    expect(defaults.retention).toEqual({ purgeIntervalMs: 24 * 3_600_000, sessionDays: 7, tokenDays: 30, rateLimitHours: 24 });
    expect(defaults.reminders).toEqual({ deadlineDays: 3, intervalMs: 24 * 3_600_000 });
    const set = loadConfig({ JOBS_ENABLED: 'false', SMTP_URL: 'smtps://portal:secret@smtp.example.gov.cn:465', MAIL_FROM: 'Portal <portal@example.gov.cn>', DEADLINE_REMINDER_DAYS: '5' });
    expect(set.jobs.enabled).toBe(false);
    expect(set.mail).toMatchObject({ smtpUrl: 'smtps://portal:secret@smtp.example.gov.cn:465', from: 'Portal <portal@example.gov.cn>' });
    expect(set.reminders.deadlineDays).toBe(5);
  });

  it.each([
    [{ SMTP_URL: 'mail.example.cn:25' }, 'SMTP_URL'],
    [{ SMTP_URL: 'http://mail.example.cn' }, 'SMTP_URL'],
    [{ JOBS_ENABLED: 'sometimes' }, 'JOBS_ENABLED'],
    [{ JOBS_LEASE_SECONDS: '1' }, 'JOBS_LEASE_SECONDS'],
    [{ TOKEN_RETENTION_DAYS: '-1' }, 'TOKEN_RETENTION_DAYS'],
    [{ DEADLINE_REMINDER_DAYS: '0' }, 'DEADLINE_REMINDER_DAYS'],
  ])('stops on a bad job or mail setting, naming it: %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Configuration error: ${variable} `));
  });
});
