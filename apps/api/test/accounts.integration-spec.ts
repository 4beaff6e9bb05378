import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { CapturingMailer, DEMO_PASSWORD, freshUscc, signIn } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const MINUTE = 60_000;

describe('accounts, sessions and the audit trail', () => {
  let server: RunningServer;
  const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));
  const mail = new CapturingMailer();
  const http = () => server.app.getHttpServer();
  let address = 0;
  /** Each registration comes from its own address, so the per-address limit is tested on purpose only. */
  const nextAddress = () => `10.1.${Math.floor(++address / 250)}.${address % 250}`;

  const registration = (overrides: Record<string, unknown> = {}) => ({
    uscc: freshUscc(),
    enterpriseName: '武汉光谷测试装备有限公司',
    contactName: '李测试',
    mobile: '13912345678',
    email: 'li@test.example.cn',
    password: 'Gugu#2026x',
    ...overrides,
  });

  const count = async (table: string) => Number((await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock, mail });
  });

  afterAll(() => server.close());

  describe('registration', () => {
    it('says why a USCC is invalid, field by field, and writes nothing', async () => {
      const before = await count('enterprise');
      const accountsBefore = await count('account');
      const response = await request(http())
        .post('/api/auth/register')
        .set('X-Forwarded-For', nextAddress())
        .send(registration({ uscc: '91420100MAEC200T13', mobile: '12345', password: 'short' }));
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      const byPath = Object.fromEntries(response.body.details.map((d: { path: string; message: string }) => [d.path, d.message]));
      expect(byPath.uscc).toMatch(/校验/);
      expect(byPath.mobile).toBe('请输入11位中国大陆手机号');
      expect(byPath.password).toBeDefined();
      expect(await count('enterprise')).toBe(before);
      expect(await count('account')).toBe(accountsBefore);
    });

    it('refuses a password containing the USCC, in English when asked', async () => {
      const uscc = freshUscc();
      const response = await request(http())
        .post('/api/auth/register')
        .set('Accept-Language', 'en')
        .set('X-Forwarded-For', nextAddress())
        .send(registration({ uscc, password: `Aa!${uscc.toLowerCase()}` }));
      expect(response.status).toBe(400);
      expect(response.body.details).toContainEqual({ path: 'password', code: 'custom', message: 'The password must not contain the user name or the USCC' });
    });

    it('registers an enterprise, signs its administrator in, and refuses a second registration of the same USCC', async () => {
      const body = registration();
      const agent = request.agent(http());
      const response = await agent.post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send(body);
      expect(response.status).toBe(201);
      expect(response.body.account).toMatchObject({ username: body.uscc, role: 'enterprise_admin', status: 'active' });
      expect(response.body.enterprise).toMatchObject({ uscc: body.uscc, name: body.enterpriseName });
      const cookies = String(response.headers['set-cookie']);
      expect(cookies).toMatch(/shifan_session=[^;]+;.*HttpOnly/i);
      expect(cookies).toMatch(/SameSite=Strict/i);
      expect((await agent.get('/api/auth/me')).body.account.username).toBe(body.uscc);

      const again = await request(http()).post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send({ ...body, enterpriseName: '另一家公司名称' });
      expect(again.status).toBe(409);
      expect(again.body.details).toEqual([expect.objectContaining({ path: 'uscc', code: 'USCC_TAKEN' })]);
    });

    it('limits registrations per address', async () => {
      const from = nextAddress();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        statuses.push((await request(http()).post('/api/auth/register').set('X-Forwarded-For', from).send({ uscc: 'x' })).status);
      }
      expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true);
      expect(statuses[10]).toBe(429);
    });
  });

  describe('sign-in, lockout and sessions', () => {
    it('signs an enterprise in by its USCC however it is typed, and staff by user name', async () => {
      await signIn(http(), ' 91420100maec200t12 ', DEMO_PASSWORD, nextAddress());
      await signIn(http(), 'City.Officer', DEMO_PASSWORD, nextAddress());
    });

    it('locks the account after 5 wrong passwords for 15 minutes and says so plainly', async () => {
      const from = nextAddress();
      const attempt = (password: string) => request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', from).send({ login: 'expert.demo', password });
      for (let i = 0; i < 4; i++) expect((await attempt('Wrong#pass1')).body.code).toBe('INVALID_CREDENTIALS');
      const fifth = await attempt('Wrong#pass1');
      expect(fifth.status).toBe(423);
      expect(fifth.body.code).toBe('ACCOUNT_LOCKED');
      expect(fifth.body.message).toContain('锁定15分钟');
      expect((await attempt(DEMO_PASSWORD)).status).toBe(423);
      clock.advance(15 * MINUTE + 1000);
      expect((await attempt(DEMO_PASSWORD)).status).toBe(200);
    });

    it('ends a session after 30 idle minutes, and after 12 hours however busy', async () => {
      const idle = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
      clock.advance(29 * MINUTE);
      expect((await idle.get('/api/auth/me')).status).toBe(200);
      clock.advance(31 * MINUTE);
      const expired = await idle.get('/api/auth/me');
      expect(expired.status).toBe(401);
      expect(expired.body.code).toBe('SESSION_EXPIRED');

      const busy = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
      for (let elapsed = 0; elapsed < 12 * 60; elapsed += 25) {
        clock.advance(25 * MINUTE);
        if ((await busy.get('/api/auth/me')).status !== 200) break;
      }
      expect((await busy.get('/api/auth/me')).body.code).toBe('SESSION_EXPIRED');
    });

    it('ends the session on the server at sign-out', async () => {
      const admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
      const cookie = String(admin.agent.jar.getCookie('shifan_session', { domain: '127.0.0.1', path: '/', secure: false, script: false })?.toValueString());
      expect((await admin.post('/api/auth/sign-out')).status).toBe(204);
      const replay = await request(http()).get('/api/auth/me').set('Cookie', cookie);
      expect(replay.status).toBe(401);
    });

    it('refuses state changes without the CSRF token or from another site', async () => {
      const admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
      const withoutToken = await admin.agent.post('/api/auth/sign-out').send({});
      expect(withoutToken.status).toBe(403);
      expect(withoutToken.body.code).toBe('CSRF_FAILED');
      const crossSite = await admin.agent.post('/api/auth/sign-out').set('X-CSRF-Token', admin.csrf).set('Origin', 'https://evil.example.com').send({});
      expect(crossSite.body.code).toBe('CSRF_FAILED');
      expect((await admin.get('/api/auth/me')).status).toBe(200);
    });

    it('ends the other sessions of an account when its password changes', async () => {
      const body = registration();
      await request(http()).post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send(body);
      const laptop = await signIn(http(), body.uscc, body.password, nextAddress());
      const phone = await signIn(http(), body.uscc, body.password, nextAddress());
      const wrong = await laptop.post('/api/auth/password', { currentPassword: 'Nope#2026x', newPassword: 'Better#2027y' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.details[0].path).toBe('currentPassword');
      const changed = await laptop.post('/api/auth/password', { currentPassword: body.password, newPassword: 'Better#2027y' });
      expect(changed.status).toBe(200);
      expect(changed.body.endedSessions).toBeGreaterThanOrEqual(1);
      expect((await phone.get('/api/auth/me')).status).toBe(401);
      expect((await laptop.get('/api/auth/me')).status).toBe(200);
      await signIn(http(), body.uscc, 'Better#2027y', nextAddress());
    });
  });

  describe('forgotten password', () => {
    it('sends a one-time link, sets the new password with it once, and ends every session', async () => {
      const body = registration();
      await request(http()).post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send(body);
      const open = await signIn(http(), body.uscc, body.password, nextAddress());
      const requested = await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: body.uscc });
      expect(requested.status).toBe(202);
      const token = mail.lastTokenFor(body.email);
      expect(mail.sent.at(-1)?.link).toMatch(/^http:\/\/localhost:\d+\/reset-password\?token=/);

      const weak = await request(http()).post('/api/auth/password-reset/confirm').send({ token, newPassword: 'weakweak' });
      expect(weak.status).toBe(400);
      expect((await request(http()).post('/api/auth/password-reset/confirm').send({ token, newPassword: 'Fresh#2028z' })).status).toBe(204);
      const reuse = await request(http()).post('/api/auth/password-reset/confirm').send({ token, newPassword: 'Other#2029w' });
      expect(reuse.status).toBe(400);
      expect(reuse.body.code).toBe('TOKEN_INVALID');
      expect((await open.get('/api/auth/me')).status).toBe(401);
      expect((await request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', nextAddress()).send({ login: body.uscc, password: body.password })).status).toBe(401);
      await signIn(http(), body.uscc, 'Fresh#2028z', nextAddress());
    });

    it('answers the same for an unknown login and sends nothing', async () => {
      const before = mail.sent.length;
      const response = await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: 'nobody.here' });
      expect(response.status).toBe(202);
      expect(mail.sent.length).toBe(before);
    });

    it('refuses an expired link', async () => {
      const body = registration();
      await request(http()).post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send(body);
      await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: body.uscc });
      const token = mail.lastTokenFor(body.email);
      clock.advance(31 * MINUTE);
      expect((await request(http()).post('/api/auth/password-reset/confirm').send({ token, newPassword: 'Fresh#2028z' })).body.code).toBe('TOKEN_INVALID');
    });
  });

  describe('colleagues', () => {
    it('lets an enterprise administrator invite a declarant, who sets a password and signs in; disabling ends their sessions', async () => {
      const admin = await signIn(http(), '91420100MAEC200T12', DEMO_PASSWORD, nextAddress());
      const invited = await admin.post('/api/enterprise/colleagues', { username: 'wang.declarant', displayName: '王申报', mobile: '13700001111', email: 'wang@shifan-demo.example.cn' });
      expect(invited.status).toBe(201);
      expect(invited.body).toMatchObject({ role: 'enterprise_user', status: 'invited' });
      const early = await request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', nextAddress()).send({ login: 'wang.declarant', password: 'Wang#2026ab' });
      expect(early.status).toBe(401);

      const token = mail.lastTokenFor('wang@shifan-demo.example.cn');
      expect((await request(http()).post('/api/auth/invitation/accept').send({ token, newPassword: 'Wang#2026ab' })).status).toBe(204);
      const wang = await signIn(http(), 'wang.declarant', 'Wang#2026ab', nextAddress());
      expect((await wang.get('/api/enterprise/colleagues')).body.map((a: { username: string }) => a.username)).toContain('91420100MAEC200T12');
      expect((await wang.post('/api/enterprise/colleagues', { username: 'x.y', displayName: '某某', mobile: '13700001112', email: 'x@y.cn' })).status).toBe(403);

      const disabled = await admin.post(`/api/enterprise/colleagues/${invited.body.id}/disable`);
      expect(disabled.status).toBe(200);
      expect(disabled.body.status).toBe('disabled');
      expect((await wang.get('/api/auth/me')).status).toBe(401);
      const blocked = await request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', nextAddress()).send({ login: 'wang.declarant', password: 'Wang#2026ab' });
      expect(blocked.body.code).toBe('ACCOUNT_DISABLED');
    });

    it('answers 404 when an administrator reaches for another enterprise’s account', async () => {
      const body = registration();
      const other = request.agent(http());
      const registered = await other.post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send(body);
      const declarant = (await server.dataSource.query("SELECT id FROM account WHERE username = 'declarant.demo'"))[0].id;
      const response = await other.post(`/api/enterprise/colleagues/${declarant}/disable`).set('X-CSRF-Token', registered.body.csrfToken).send({});
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
      const colleagues = await other.get('/api/enterprise/colleagues');
      expect(colleagues.body.map((a: { username: string }) => a.username)).toEqual([body.uscc]);
    });
  });

  describe('staff administration', () => {
    it('creates staff with the rules of their role, refuses stale edits, and records role changes', async () => {
      const admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
      const noDistrict = await admin.post('/api/admin/accounts', { username: 'district.jiangan', displayName: '江岸区初审', role: 'district_officer', password: 'Jiang#2026an' });
      expect(noDistrict.status).toBe(400);
      expect(noDistrict.body.details.map((d: { path: string }) => d.path)).toContain('districtCode');

      const created = await admin.post('/api/admin/accounts', { username: 'district.jiangan', displayName: '江岸区初审', role: 'district_officer', districtCode: '420102', password: 'Jiang#2026an' });
      expect(created.status).toBe(201);
      const promoted = await admin.patch(`/api/admin/accounts/${created.body.id}`, { version: created.body.version, role: 'city_officer' });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ role: 'city_officer', districtCode: null, version: created.body.version + 1 });
      const stale = await admin.patch(`/api/admin/accounts/${created.body.id}`, { version: created.body.version, displayName: '旧版本' });
      expect(stale.status).toBe(409);

      const page = await admin.get('/api/admin/accounts?role=city_officer&pageSize=1');
      expect(page.body).toMatchObject({ page: 1, pageSize: 1 });
      expect(page.body.total).toBeGreaterThanOrEqual(2);
      expect(page.body.items).toHaveLength(1);

      const audit = await admin.get('/api/admin/audit?action=account.role_changed');
      expect(audit.body.items[0]).toMatchObject({ action: 'account.role_changed', actorName: 'admin', targetId: String(created.body.id), detail: { from: 'district_officer', to: 'city_officer' } });
    });
  });

  describe('the audit trail', () => {
    it('records sign-ins, failures, lockouts and account changes with actor, address and request id', async () => {
      const admin = await signIn(http(), 'admin', DEMO_PASSWORD, '10.9.9.9');
      const actions = new Set<string>();
      for (let page = 1; page <= 20; page++) {
        const response = await admin.get(`/api/admin/audit?page=${page}&pageSize=200`);
        for (const entry of response.body.items) actions.add(entry.action);
        if (response.body.items.length < 200) break;
      }
      for (const action of ['account.registered', 'auth.signed_in', 'auth.sign_in_failed', 'auth.locked', 'auth.signed_out', 'account.password_changed', 'account.password_reset', 'account.invited', 'account.invitation_accepted', 'account.disabled', 'account.created', 'account.updated']) {
        expect(actions).toContain(action);
      }
      const latest = (await admin.get('/api/admin/audit?action=auth.signed_in&pageSize=1')).body.items[0];
      expect(latest).toMatchObject({ actorName: 'admin', address: '10.9.9.9', requestId: expect.any(String) });
    });

    it('exports the filtered trail as CSV for Excel, and audits the export', async () => {
      const admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
      const csv = await admin.get('/api/admin/audit/export?action=account.');
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text.startsWith('\uFEFF"序号 seq"')).toBe(true);
      expect(csv.text).toContain('"account.created"');
      expect(csv.text).not.toContain('"auth.signed_in"');
      expect((await admin.get('/api/admin/audit?action=audit.exported')).body.total).toBe(1);
    });

    it('verifies the whole chain, and names the first link broken by an edit made behind the application’s back', async () => {
      const admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
      const intact = await admin.get('/api/admin/audit/verify');
      expect(intact.body).toMatchObject({ ok: true, brokenAt: null });
      expect(intact.body.checked).toBeGreaterThan(20);

      await server.dataSource.query("UPDATE audit_log SET actor_name = 'someone-else' WHERE seq = 7");
      const broken = (await admin.get('/api/admin/audit/verify')).body;
      expect(broken).toMatchObject({ ok: false, brokenAt: 7, reason: 'content-hash', checked: 6 });
    });
  });
});
