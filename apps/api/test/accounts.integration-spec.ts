import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { SIGN_IN_THROTTLE_POLICY } from '@shifan/domain';
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

  const attemptFromAnywhere = (login: string, password: string) => request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', nextAddress()).send({ login, password });
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

    const attemptFrom = (from: string, login: string, password: string) => request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', from).send({ login, password });
    const retryAt = (response: request.Response) => response.body.details?.find((d: { code: string }) => d.code === 'RETRY_AT')?.message;
    const registered = async () => {
      const body = registration();
      expect((await request(http()).post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send(body)).status).toBe(201);
      return body;
    };

    it('throttles wrong passwords per login and address with growing waits, and never locks the owner out at another address', async () => {
      const owner = await registered();
      const attacker = nextAddress();
      for (let i = 0; i < SIGN_IN_THROTTLE_POLICY.pairFreeFailures - 1; i++) {
        const wrong = await attemptFrom(attacker, owner.uscc, 'Wrong#pass1');
        expect([wrong.status, wrong.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
      }
      const last = await attemptFrom(attacker, owner.uscc, 'Wrong#pass1');
      expect([last.status, last.body.code]).toEqual([429, 'SIGN_IN_THROTTLED']);
      expect(last.body.message).toMatch(/请于北京时间 \d{2}:\d{2}:\d{2} 后再试/);
      expect(last.body.message).toContain('其他网络地址不受影响');
      expect(retryAt(last)).toBe(new Date(clock.now().getTime() + SIGN_IN_THROTTLE_POLICY.pairFirstDelaySeconds * 1000).toISOString());

      // Even the right password is not checked from that address while it waits: nothing to learn there.
      expect((await attemptFrom(attacker, owner.uscc, owner.password)).body.code).toBe('SIGN_IN_THROTTLED');
      // The owner, anywhere else, signs in as usual.
      expect((await attemptFrom(nextAddress(), owner.uscc, owner.password)).status).toBe(200);

      // After the wait one more guess is checked, and the next wait is twice as long.
      clock.advance(SIGN_IN_THROTTLE_POLICY.pairFirstDelaySeconds * 1000 + 1000);
      const again = await attemptFrom(attacker, owner.uscc, 'Wrong#pass2');
      expect(again.body.code).toBe('SIGN_IN_THROTTLED');
      expect(retryAt(again)).toBe(new Date(clock.now().getTime() + 2 * SIGN_IN_THROTTLE_POLICY.pairFirstDelaySeconds * 1000).toISOString());
      clock.advance(2 * SIGN_IN_THROTTLE_POLICY.pairFirstDelaySeconds * 1000 + 1000);
      // The right password from that address after the wait signs in and forgets the pair's failures.
      expect((await attemptFrom(attacker, owner.uscc, owner.password)).status).toBe(200);
      expect((await attemptFrom(attacker, owner.uscc, 'Wrong#pass3')).body.code).toBe('INVALID_CREDENTIALS');

      // Nothing about the account itself changed: it is active, and its view says nothing of a lock.
      const account = (await server.dataSource.query('SELECT status FROM account WHERE username = ?', [owner.uscc]))[0];
      expect(account.status).toBe('active');
      const admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
      const listed = (await admin.get(`/api/admin/accounts?q=${owner.uscc}`)).body.items[0];
      expect(listed).toMatchObject({ username: owner.uscc, status: 'active' });
      expect(listed).not.toHaveProperty('lockedUntil');
    });

    it('answers a throttled unknown login exactly like a throttled known one', async () => {
      const known = await registered();
      const from = nextAddress();
      const unknown = `${known.uscc.slice(0, 17)}${known.uscc[17] === '0' ? '1' : '0'}`.toLowerCase(); // another login, never registered
      const strip = (response: request.Response) => ({ status: response.status, headers: response.headers['content-type'], body: { ...response.body, requestId: undefined } });
      for (let i = 0; i < SIGN_IN_THROTTLE_POLICY.pairFreeFailures + 2; i++) {
        const a = strip(await attemptFrom(from, known.uscc, `Wrong#pass${i}`));
        const b = strip(await attemptFrom(from, unknown, `Wrong#pass${i}`));
        expect(b).toEqual(a);
      }
      const refusedKnown = strip(await attemptFrom(from, known.uscc, known.password));
      const refusedUnknown = strip(await attemptFrom(from, unknown, known.password));
      expect(refusedKnown).toEqual(refusedUnknown);
      expect(refusedKnown).toMatchObject({ status: 429, body: { code: 'SIGN_IN_THROTTLED' } });
    });

    it('spaces the attempts on a login guessed from many addresses, which slows the guesser but not the owner for long; a reset link clears everything', async () => {
      const owner = await registered();
      const spacing = SIGN_IN_THROTTLE_POLICY.loginSpacingSeconds * 1000;
      const addresses = Array.from({ length: SIGN_IN_THROTTLE_POLICY.loginCeilingFailures }, () => nextAddress());
      const answers: string[] = [];
      for (const from of addresses) answers.push((await attemptFrom(from, owner.uscc, 'Wrong#guess1')).body.code);
      expect(answers.slice(0, -1).every((code) => code === 'INVALID_CREDENTIALS')).toBe(true);
      expect(answers.at(-1)).toBe('SIGN_IN_THROTTLED');

      // Right after a guess nobody is checked, wherever they are (the message says why, not whether the login exists).
      const ownerAddress = nextAddress();
      const spaced = await attemptFrom(ownerAddress, owner.uscc, owner.password);
      expect(spaced.body.code).toBe('SIGN_IN_THROTTLED');
      expect(spaced.body.message).toContain(`${SIGN_IN_THROTTLE_POLICY.loginSpacingSeconds}秒`);
      // The spacing later, the owner is in.
      clock.advance(spacing + 1000);
      expect((await attemptFrom(ownerAddress, owner.uscc, owner.password)).status).toBe(200);

      // The guesser keeps going, and is throttled on every guess; the owner takes the way out: a reset link.
      expect((await attemptFrom(addresses[0], owner.uscc, 'Wrong#guess2')).body.code).toBe('SIGN_IN_THROTTLED');
      await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', ownerAddress).send({ login: owner.uscc });
      const token = mail.lastTokenFor(owner.email);
      expect((await request(http()).post('/api/auth/password-reset/confirm').send({ token, newPassword: 'Reset#2030q' })).status).toBe(204);
      expect(Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM sign_in_failure WHERE login = ?', [owner.uscc]))[0].n)).toBe(0);
      // At once, even from an address that was throttled a moment ago.
      expect((await attemptFrom(addresses[0], owner.uscc, 'Reset#2030q')).status).toBe(200);
      const audit = await server.dataSource.query("SELECT detail FROM audit_log WHERE action = 'account.password_reset' ORDER BY seq DESC LIMIT 1");
      expect(JSON.parse(audit[0].detail)).toMatchObject({ clearedThrottles: SIGN_IN_THROTTLE_POLICY.loginCeilingFailures + 1 });
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

    it('makes every older reset link useless once a newer one is sent', async () => {
      const body = registration();
      await request(http()).post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send(body);
      await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: body.uscc });
      const older = mail.lastTokenFor(body.email);
      await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: body.uscc });
      const newer = mail.lastTokenFor(body.email);
      expect(newer).not.toBe(older);
      const stale = await request(http()).post('/api/auth/password-reset/confirm').send({ token: older, newPassword: 'Older#2028z' });
      expect([stale.status, stale.body.code]).toEqual([400, 'TOKEN_INVALID']);
      expect((await request(http()).post('/api/auth/password-reset/confirm').send({ token: newer, newPassword: 'Newer#2028z' })).status).toBe(204);
      await signIn(http(), body.uscc, 'Newer#2028z', nextAddress());
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

    it('keeps a disabled colleague disabled: the links they hold die with their sessions, a reset never re-activates, and a new reset sends nothing', async () => {
      const body = registration();
      const registeredAdmin = request.agent(http());
      const answer = await registeredAdmin.post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send(body);
      const admin = { post: (path: string) => registeredAdmin.post(path).set('X-CSRF-Token', answer.body.csrfToken).send({}) };
      const invite = (username: string, email: string) =>
        registeredAdmin.post('/api/enterprise/colleagues').set('X-CSRF-Token', answer.body.csrfToken).send({ username, displayName: '赵申报', mobile: '13700002222', email });

      // An active colleague who asked for a reset link, and an invited one who has not used the invitation yet.
      const active = await invite(`zhao.${body.uscc.slice(-6).toLowerCase()}`, `zhao.${body.uscc}@test.example.cn`);
      await request(http()).post('/api/auth/invitation/accept').send({ token: mail.lastTokenFor(`zhao.${body.uscc}@test.example.cn`), newPassword: 'Zhao#2026ab' });
      const zhao = await signIn(http(), active.body.username, 'Zhao#2026ab', nextAddress());
      await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: active.body.username });
      const resetToken = mail.lastTokenFor(`zhao.${body.uscc}@test.example.cn`);
      const invited = await invite(`qian.${body.uscc.slice(-6).toLowerCase()}`, `qian.${body.uscc}@test.example.cn`);
      const invitationToken = mail.lastTokenFor(`qian.${body.uscc}@test.example.cn`);

      const disabled = await admin.post(`/api/enterprise/colleagues/${active.body.id}/disable`);
      expect(disabled.body.status).toBe('disabled');
      expect((await admin.post(`/api/enterprise/colleagues/${invited.body.id}/disable`)).body.status).toBe('disabled');
      expect((await zhao.get('/api/auth/me')).status).toBe(401);

      const reset = await request(http()).post('/api/auth/password-reset/confirm').send({ token: resetToken, newPassword: 'Back#2027cd' });
      expect([reset.status, reset.body.code]).toEqual([400, 'TOKEN_INVALID']);
      const accepted = await request(http()).post('/api/auth/invitation/accept').send({ token: invitationToken, newPassword: 'Qian#2027cd' });
      expect([accepted.status, accepted.body.code]).toEqual([400, 'TOKEN_INVALID']);
      const statuses = await server.dataSource.query('SELECT username, status FROM account WHERE id IN (?, ?) ORDER BY id', [active.body.id, invited.body.id]);
      expect(statuses.map((row: { status: string }) => row.status)).toEqual(['disabled', 'disabled']);
      expect((await attemptFromAnywhere(active.body.username, 'Zhao#2026ab')).body.code).toBe('ACCOUNT_DISABLED');
      expect((await attemptFromAnywhere(active.body.username, 'Back#2027cd')).body.code).toBe('INVALID_CREDENTIALS');

      // Asking for a new link is answered like an unknown login, and nothing is sent.
      const sentBefore = mail.sent.length;
      const again = await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: active.body.username });
      const unknown = await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: 'nobody.at.all' });
      expect([again.status, { ...again.body, requestId: undefined }]).toEqual([unknown.status, { ...unknown.body, requestId: undefined }]);
      expect(mail.sent.length).toBe(sentBefore);

      const audit = await server.dataSource.query("SELECT detail FROM audit_log WHERE action = 'account.disabled' AND target_id = ?", [String(active.body.id)]);
      expect(JSON.parse(audit[0].detail)).toMatchObject({ from: 'active', to: 'disabled', endedSessions: 1, revokedTokens: 1 });

      // Only the administrator brings them back. The invited colleague, enabled again, gets a fresh invitation (the
      // old link stays dead) and becomes active only by using it.
      const enabled = await admin.post(`/api/enterprise/colleagues/${invited.body.id}/enable`);
      expect(enabled.body.status).toBe('invited');
      const fresh = mail.lastTokenFor(`qian.${body.uscc}@test.example.cn`);
      expect(fresh).not.toBe(invitationToken);
      expect((await request(http()).post('/api/auth/invitation/accept').send({ token: invitationToken, newPassword: 'Qian#2027cd' })).body.code).toBe('TOKEN_INVALID');
      expect((await request(http()).post('/api/auth/invitation/accept').send({ token: fresh, newPassword: 'Qian#2027cd' })).status).toBe(204);
      await signIn(http(), invited.body.username, 'Qian#2027cd', nextAddress());
    });

    it('revokes the links of an account the administrator disables, and only an administrator enables it again', async () => {
      const admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
      const created = await admin.post('/api/admin/accounts', { username: 'district.hanyang', displayName: '汉阳区初审', role: 'district_officer', recommendingUnitCode: '420105', password: 'Hany#2026an', email: 'hanyang@test.example.cn' });
      expect(created.status).toBe(201);
      await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: 'district.hanyang' });
      const token = mail.lastTokenFor('hanyang@test.example.cn');
      const disabled = await admin.patch(`/api/admin/accounts/${created.body.id}`, { version: created.body.version, disabled: true });
      expect(disabled.body.status).toBe('disabled');
      expect((await request(http()).post('/api/auth/password-reset/confirm').send({ token, newPassword: 'Back#2027hy' })).body.code).toBe('TOKEN_INVALID');
      expect((await server.dataSource.query('SELECT status FROM account WHERE id = ?', [created.body.id]))[0].status).toBe('disabled');
      const audit = (await admin.get(`/api/admin/audit?action=account.updated&pageSize=1`)).body.items[0];
      expect(audit.detail).toMatchObject({ revokedTokens: 1 });

      const enabled = await admin.patch(`/api/admin/accounts/${created.body.id}`, { version: disabled.body.version, disabled: false });
      expect(enabled.body.status).toBe('active');
      await signIn(http(), 'district.hanyang', 'Hany#2026an', nextAddress());
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
      expect(noDistrict.body.details.map((d: { path: string }) => d.path)).toContain('recommendingUnitCode');

      const created = await admin.post('/api/admin/accounts', { username: 'district.jiangan', displayName: '江岸区初审', role: 'district_officer', recommendingUnitCode: '420102', password: 'Jiang#2026an' });
      expect(created.status).toBe(201);
      const promoted = await admin.patch(`/api/admin/accounts/${created.body.id}`, { version: created.body.version, role: 'city_officer' });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ role: 'city_officer', recommendingUnitCode: null, version: created.body.version + 1 });
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
      for (const action of ['account.registered', 'auth.signed_in', 'auth.sign_in_failed', 'auth.throttled', 'auth.signed_out', 'account.password_changed', 'account.password_reset', 'account.invited', 'account.invitation_accepted', 'account.disabled', 'account.created', 'account.updated']) {
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
