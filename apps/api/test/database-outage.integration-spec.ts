import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { DEMO_PASSWORD } from './auth-helpers';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

/**
 * MySQL/MariaDB only (DB_URL): the API reaches the database through a TCP proxy that can stop answering, refuse, and
 * come back. Requests end within 10 s with 503 SERVICE_UNAVAILABLE and Retry-After (the default timeouts), and the
 * API serves again once the database is back, without a restart. On SQLite, `unavailable.spec.ts` covers the mapping.
 */
const withMysql = process.env.DB_URL ? describe : describe.skip;

withMysql('when the database stops answering, refuses, and comes back', () => {
  let server: RunningServer;
  let proxy: TcpProxy;
  const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));
  const http = () => server.app.getHttpServer();
  let address = 0;
  const signIn = () => request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', `10.90.0.${++address}`).send({ login: 'admin', password: DEMO_PASSWORD });
  const timed = async (send: () => request.Test) => {
    const started = Date.now();
    const response = await send();
    return { response, ms: Date.now() - started };
  };

  beforeAll(async () => {
    const target = new URL(process.env.DB_URL as string);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 3306));
    const viaProxy = new URL(target.toString());
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    // The documented default timeouts (DB_CONNECT_TIMEOUT_MS, DB_ACQUIRE_TIMEOUT_MS, DB_QUERY_TIMEOUT_MS).
    const config = testConfig({ DB_URL: viaProxy.toString(), RETRY_AFTER_SECONDS: '7' });
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('error').logger, clock });
  });

  afterAll(async () => {
    await server?.close();
    await proxy?.stop();
  });

  it('serves while the database answers', async () => {
    expect((await request(http()).get('/api/notices')).status).toBe(200);
    expect((await signIn()).status).toBe(200);
  });

  it('ends requests within 10 s with 503 and Retry-After while the database does not answer', async () => {
    proxy.pause();
    const [read, write] = await Promise.all([timed(() => request(http()).get('/api/notices')), timed(() => signIn())]);
    for (const { response, ms } of [read, write]) {
      expect(response.status).toBe(503);
      expect(response.body.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.headers['retry-after']).toBe('7');
      expect(ms).toBeLessThan(10_000);
    }
    // A later request, on connections that had to be opened anew while the database is still silent: the same.
    const again = await timed(() => request(http()).get('/api/notices').set('Accept-Language', 'en'));
    expect(again.response.status).toBe(503);
    expect(again.response.body.message).toBe('The service cannot reach its database or file storage right now; please try again shortly');
    expect(again.ms).toBeLessThan(10_000);
  });

  it('answers 503, not 500, when the database refuses connections', async () => {
    await proxy.close();
    const { response, ms } = await timed(() => request(http()).get('/api/notices'));
    expect(response.status).toBe(503);
    expect(response.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.headers['retry-after']).toBe('7');
    expect(ms).toBeLessThan(10_000);
    expect((await signIn()).status).toBe(503);
  });

  it('serves again by itself once the database is back', async () => {
    await proxy.resume();
    let status = 0;
    for (let attempt = 0; attempt < 10 && status !== 200; attempt++) {
      status = (await request(http()).get('/api/notices')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status).toBe(200);
    expect((await signIn()).status).toBe(200);
    expect((await request(http()).get('/api/health')).status).toBe(200);
  });
});
