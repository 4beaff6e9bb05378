import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { DEMO_PASSWORD } from './auth-helpers';
import { type ReverseProxy, requestFrom, startReverseProxy } from './reverse-proxy';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

/**
 * The API behind a real reverse proxy on loopback. Only the proxy (127.0.0.1) is trusted (TRUST_PROXY); clients
 * connect from other loopback addresses (127.0.0.2, …), so what the proxy appends and what a client forges differ.
 */
describe('behind a reverse proxy (TRUST_PROXY)', () => {
  let server: RunningServer;
  let tlsEdge: ReverseProxy;
  let plainEdge: ReverseProxy;
  const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));

  const lastAudit = async (action: string) =>
    (await server.dataSource.query('SELECT address FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1', [action]))[0] as { address: string | null } | undefined;
  const cookiesOf = (headers: Record<string, unknown>) => (headers['set-cookie'] as string[] | undefined) ?? [];

  beforeAll(async () => {
    const config = testConfig({ TRUST_PROXY: '127.0.0.1' });
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    tlsEdge = await startReverseProxy(server.url, { proto: 'https' });
    plainEdge = await startReverseProxy(server.url, { proto: 'http' });
  });

  afterAll(async () => {
    await tlsEdge?.close();
    await plainEdge?.close();
    await server?.close();
  });

  it('records the address the proxy appended, not the X-Forwarded-For the client wrote, and sets Secure cookies over https', async () => {
    const response = await requestFrom('127.0.0.2', `${tlsEdge.url}/api/auth/sign-in`, {
      headers: { 'X-Forwarded-For': '203.0.113.7' },
      body: { login: 'admin', password: DEMO_PASSWORD },
    });
    expect(response.status).toBe(200);
    expect(await lastAudit('auth.signed_in')).toEqual({ address: '127.0.0.2' });
    const cookies = cookiesOf(response.headers);
    expect(cookies.find((c) => c.startsWith('shifan_session='))).toMatch(/;\s*Secure/i);
    expect(cookies.find((c) => c.startsWith('shifan_csrf='))).toMatch(/;\s*Secure/i);
  });

  it('ignores X-Forwarded-For and X-Forwarded-Proto sent by a client that is not the proxy', async () => {
    const response = await requestFrom('127.0.0.2', `${server.url}/api/auth/sign-in`, {
      headers: { 'X-Forwarded-For': '203.0.113.8', 'X-Forwarded-Proto': 'https' },
      body: { login: 'admin', password: DEMO_PASSWORD },
    });
    expect(response.status).toBe(200);
    expect(await lastAudit('auth.signed_in')).toEqual({ address: '127.0.0.2' });
    const session = cookiesOf(response.headers).find((c) => c.startsWith('shifan_session='));
    expect(session).toBeDefined();
    expect(session).not.toMatch(/;\s*Secure/i);
  });

  it('keeps cookies without Secure when the proxy says the request came over plain http (outside production)', async () => {
    const response = await requestFrom('127.0.0.2', `${plainEdge.url}/api/auth/sign-in`, { body: { login: 'admin', password: DEMO_PASSWORD } });
    expect(response.status).toBe(200);
    expect(cookiesOf(response.headers).find((c) => c.startsWith('shifan_session='))).not.toMatch(/;\s*Secure/i);
  });

  it('counts rate limits by the client address the proxy saw, whatever X-Forwarded-For the client invents', async () => {
    // Sign-in: 30 attempts per address in 5 minutes (RATE_LIMITS.signInPerAddress); each attempt forges a new address.
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const response = await requestFrom('127.0.0.3', `${tlsEdge.url}/api/auth/sign-in`, {
        headers: { 'X-Forwarded-For': `198.51.100.${i + 1}` },
        body: { login: `nobody-${i}`, password: 'Wrong#2026x' },
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect(await lastAudit('auth.sign_in_failed')).toEqual({ address: '127.0.0.3' });
    // Another client behind the same proxy is not affected.
    const other = await requestFrom('127.0.0.4', `${tlsEdge.url}/api/auth/sign-in`, { body: { login: 'nobody-else', password: 'Wrong#2026x' } });
    expect(other.status).toBe(401);
  });

  it('believes X-Forwarded-Host for the same-origin check only from the proxy', async () => {
    const forged = await requestFrom('127.0.0.5', `${server.url}/api/auth/sign-in`, {
      headers: { Origin: 'http://portal.example.gov.cn', 'X-Forwarded-Host': 'portal.example.gov.cn' },
      body: { login: 'admin', password: DEMO_PASSWORD },
    });
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ code: 'CSRF_FAILED' });

    const proxied = await requestFrom('127.0.0.5', `${tlsEdge.url}/api/auth/sign-in`, {
      headers: { Host: 'portal.example.gov.cn', Origin: 'http://portal.example.gov.cn' },
      body: { login: 'admin', password: DEMO_PASSWORD },
    });
    expect(proxied.status).toBe(200);
  });
});
