import express from 'express';
import request from 'supertest';
import { clearSessionCookies, SECURE_COOKIES_SETTING, setSessionCookies } from './cookies';

describe('session cookies', () => {
  const appWith = (alwaysSecure: boolean, trustProxy: string | false) => {
    const app = express();
    app.set('trust proxy', trustProxy);
    app.set(SECURE_COOKIES_SETTING, alwaysSecure);
    app.post('/in', (req, res) => {
      setSessionCookies(req, res, { token: 'session-token', csrfToken: 'csrf-token' });
      res.end();
    });
    app.post('/out', (req, res) => {
      clearSessionCookies(req, res);
      res.end();
    });
    return app;
  };
  const cookies = (response: request.Response) => (response.headers['set-cookie'] as unknown as string[]) ?? [];

  it('are Secure on every response in production, even over plain http', async () => {
    const app = appWith(true, false);
    for (const path of ['/in', '/out']) {
      const set = cookies(await request(app).post(path));
      expect(set).toHaveLength(2);
      for (const cookie of set) expect(cookie).toMatch(/;\s*Secure/i);
    }
  });

  it('are Secure outside production only when a trusted proxy says https', async () => {
    expect(cookies(await request(appWith(false, false)).post('/in')).some((c) => /Secure/i.test(c))).toBe(false);
    expect(cookies(await request(appWith(false, false)).post('/in').set('X-Forwarded-Proto', 'https')).some((c) => /Secure/i.test(c))).toBe(false);
    expect(cookies(await request(appWith(false, 'loopback')).post('/in').set('X-Forwarded-Proto', 'https')).every((c) => /;\s*Secure/i.test(c))).toBe(true);
  });
});
