import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { JobScheduler } from '../src/jobs/job-scheduler';
import { PURGE_JOB, type PurgeReport } from '../src/maintenance/purge.job';
import { CapturingMailer, DEMO_PASSWORD, freshUscc, signIn } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DEMO_ENTERPRISE = '91420100MAEC200T12';

describe('purge of expired sign-in records, by the retention settings (ManualClock)', () => {
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const mail = new CapturingMailer();
  let server: RunningServer;
  let address = 0;
  const nextAddress = () => `10.91.${Math.floor(++address / 250)}.${address % 250}`;
  const count = async (table: string) => Number((await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const purge = async (): Promise<PurgeReport> => {
    const run = await server.app.get(JobScheduler).runNow(PURGE_JOB);
    expect(run).toMatchObject({ ran: true, outcome: 'succeeded' });
    return run.result as PurgeReport;
  };

  beforeAll(async () => {
    const config = testConfig({ SESSION_RETENTION_DAYS: '7', TOKEN_RETENTION_DAYS: '30', RATE_LIMIT_RETENTION_HOURS: '24' });
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock, mail });
  });

  afterAll(() => server?.close());

  it('keeps sessions, tokens and rate-limit windows for their retention, then deletes them; live ones stay', async () => {
    const http = server.app.getHttpServer();
    // A session that is signed out, one that simply expires, a reset link that is used and one that is not.
    const signedOut = await signIn(http, DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    expect((await signedOut.post('/api/auth/sign-out')).status).toBeLessThan(300);
    await signIn(http, DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    const uscc = freshUscc();
    const email = `purge.${uscc.slice(-6).toLowerCase()}@test.example.cn`;
    expect(
      (
        await request(http)
          .post('/api/auth/register')
          .set('X-Forwarded-For', nextAddress())
          .send({ uscc, enterpriseName: '武汉清理测试有限公司', contactName: '赵测试', mobile: '13912345678', email, password: 'Start#2026ab' })
      ).status,
    ).toBe(201);
    await request(http).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: uscc });
    expect((await request(http).post('/api/auth/password-reset/confirm').send({ token: mail.lastTokenFor(email), newPassword: 'Purged#2026x' })).status).toBe(204);
    await request(http).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: uscc });
    const sessions = await count('session');
    const tokens = await count('one_time_token');
    const windows = await count('rate_limit');
    expect(sessions).toBeGreaterThanOrEqual(3);
    expect(tokens).toBeGreaterThanOrEqual(2);
    expect(windows).toBeGreaterThan(0);

    expect(await purge()).toEqual({ sessions: 0, tokens: 0, rateLimits: 0, signInFailures: 0 });

    clock.advance(13 * HOUR); // every session has passed its absolute end; within the retention
    expect(await purge()).toMatchObject({ sessions: 0, tokens: 0, rateLimits: 0 });

    clock.advance(12 * HOUR); // the rate-limit windows are older than RATE_LIMIT_RETENTION_HOURS
    expect(await purge()).toMatchObject({ sessions: 0, tokens: 0, rateLimits: windows });
    expect(await count('rate_limit')).toBe(0);

    clock.advance(7 * DAY); // sessions ended or expired more than SESSION_RETENTION_DAYS ago
    const live = await signIn(http, DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    expect(await purge()).toMatchObject({ sessions, tokens: 0 });
    expect(await count('session')).toBe(1);
    expect((await live.get('/api/auth/me')).status).toBe(200);

    clock.advance(23 * DAY); // the reset links: used or expired 30 days ago
    expect(await count('one_time_token')).toBe(tokens);
    expect((await purge()).tokens).toBe(tokens);
    expect(await count('one_time_token')).toBe(0);

    const audited = await server.dataSource.query("SELECT detail FROM audit_log WHERE action = 'maintenance.purged' ORDER BY seq");
    expect(audited.map((row: { detail: string }) => JSON.parse(row.detail))).toEqual([
      expect.objectContaining({ rateLimits: windows }),
      expect.objectContaining({ sessions }),
      expect.objectContaining({ tokens, retention: { sessionDays: 7, tokenDays: 30, rateLimitHours: 24 } }),
    ]);
  });
});
