import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { CapturingMailer, DEMO_PASSWORD, freshUscc, SCAN_PDF, session, type Session, signIn } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

/** Issue #12: a USCC already registered can be disputed; an administrator upholds or dismisses the claim. */
describe('USCC disputes', () => {
  let server: RunningServer;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const mail = new CapturingMailer();
  const http = () => server.app.getHttpServer();
  let address = 0;
  const nextAddress = () => `10.50.${Math.floor(++address / 250)}.${address % 250}`;
  let admin: Session;

  const claim = (uscc: string, overrides: Record<string, unknown> = {}) => ({
    uscc,
    enterpriseName: '武汉真正所有人制造有限公司',
    contactName: '赵真主',
    mobile: '13912340000',
    email: `owner.${uscc}@claimant.example.cn`,
    statement: '本企业从未在该平台注册账户，现有账户系他人冒用本企业信用代码注册。',
    ...overrides,
  });
  const file = (body: object) => request(http()).post('/api/disputes').set('X-Forwarded-For', nextAddress()).send(body);
  const upload = (caseNo: string, kind: string, token: string | undefined) => {
    const test = request(http()).post(`/api/disputes/${caseNo}/documents/${kind}`).set('X-Forwarded-For', nextAddress()).set('Content-Type', 'application/pdf').set('X-File-Name', encodeURIComponent(`${kind}.pdf`));
    return (token ? test.set('X-Dispute-Token', token) : test).send(SCAN_PDF);
  };
  async function registered(): Promise<{ uscc: string; password: string; email: string; owner: Session }> {
    const uscc = freshUscc();
    const agent = request.agent(http());
    const body = { uscc, enterpriseName: '武汉冒名注册测试有限公司', contactName: '钱冒名', mobile: '13912345678', email: `squatter.${uscc}@test.example.cn`, password: 'Squat#2026x' };
    const response = await agent.post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send(body);
    expect(response.status).toBe(201);
    return { uscc, password: body.password, email: body.email, owner: session(response.body.csrfToken, agent) };
  }
  async function openDispute(uscc: string): Promise<{ caseNo: string; id: number }> {
    const filed = await file(claim(uscc));
    expect(filed.status).toBe(201);
    for (const kind of ['business_licence', 'authorisation_letter']) expect((await upload(filed.body.caseNo, kind, filed.body.uploadToken)).status).toBe(201);
    const listed = (await admin.get('/api/admin/disputes?status=open&pageSize=200')).body.items.find((item: { caseNo: string }) => item.caseNo === filed.body.caseNo);
    return { caseNo: filed.body.caseNo, id: listed.id };
  }

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock, mail });
  });

  // A fresh administrator session for each test (one of them moves the clock a day on).
  beforeEach(async () => {
    admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
  });

  afterAll(() => server.close());

  it('files a dispute against a registered USCC and takes its two documents only with the filing’s token', async () => {
    const { uscc } = await registered();
    const invalid = await file(claim(uscc, { mobile: '123', statement: '短' }));
    expect(invalid.status).toBe(400);
    expect(invalid.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['mobile', 'statement']);
    const unregistered = await file(claim(freshUscc()));
    expect([unregistered.status, unregistered.body.details?.[0]?.code]).toEqual([404, 'USCC_NOT_REGISTERED']);

    const filed = await file(claim(uscc));
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ caseNo: expect.stringMatching(/^ZY2026-\d{4}$/), status: 'awaiting_documents', uploadToken: expect.any(String) });
    expect((await upload(filed.body.caseNo, 'business_licence', undefined)).body.code).toBe('TOKEN_INVALID');
    expect((await upload(filed.body.caseNo, 'business_licence', 'not-the-token')).body.code).toBe('TOKEN_INVALID');
    const first = await upload(filed.body.caseNo, 'business_licence', filed.body.uploadToken);
    expect(first.body).toMatchObject({ status: 'awaiting_documents', documents: ['business_licence'] });
    // Not before both documents are there does it reach the administrators.
    expect((await admin.get('/api/admin/disputes?status=open')).body.items.map((item: { caseNo: string }) => item.caseNo)).not.toContain(filed.body.caseNo);
    const second = await upload(filed.body.caseNo, 'authorisation_letter', filed.body.uploadToken);
    expect(second.body).toMatchObject({ status: 'open', documents: ['authorisation_letter', 'business_licence'] });

    const listed = (await admin.get('/api/admin/disputes?status=open')).body.items.find((item: { caseNo: string }) => item.caseNo === filed.body.caseNo);
    expect(listed).toMatchObject({ uscc, registeredName: '武汉冒名注册测试有限公司', claimedName: '武汉真正所有人制造有限公司', contactName: '赵真主' });
    const scan = await admin.get(`/api/admin/disputes/${listed.id}/documents/business_licence`).buffer(true);
    expect(Buffer.from(scan.body).equals(SCAN_PDF)).toBe(true);

    // The token expires with the upload window.
    clock.advance(25 * 3_600_000);
    expect((await upload(filed.body.caseNo, 'business_licence', filed.body.uploadToken)).body.code).toBe('TOKEN_INVALID');
  });

  it('upheld: every account of the enterprise is disabled with its sessions and links, and the claimant is invited as its administrator', async () => {
    const squatter = await registered();
    await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: squatter.uscc });
    const resetToken = mail.lastTokenFor(squatter.email);
    const { id, caseNo } = await openDispute(squatter.uscc);

    const noReason = await admin.post(`/api/admin/disputes/${id}/decision`, { decision: 'uphold' });
    expect([noReason.status, noReason.body.details?.[0]?.path]).toEqual([400, 'reason']);
    const upheld = await admin.post(`/api/admin/disputes/${id}/decision`, { decision: 'uphold', reason: '营业执照与授权书核实无误，原账户系冒名注册' });
    expect(upheld.status).toBe(200);
    expect(upheld.body).toMatchObject({ status: 'upheld', reason: '营业执照与授权书核实无误，原账户系冒名注册' });

    expect((await squatter.owner.get('/api/auth/me')).status).toBe(401);
    expect((await request(http()).post('/api/auth/password-reset/confirm').send({ token: resetToken, newPassword: 'Again#2027x' })).body.code).toBe('TOKEN_INVALID');
    const oldSignIn = await request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', nextAddress()).send({ login: squatter.uscc, password: squatter.password });
    expect(oldSignIn.status).toBe(401);

    const invitation = mail.lastTokenFor(`owner.${squatter.uscc}@claimant.example.cn`);
    expect((await request(http()).post('/api/auth/invitation/accept').send({ token: invitation, newPassword: 'Owner#2026ok' })).status).toBe(204);
    const owner = await signIn(http(), squatter.uscc, 'Owner#2026ok', nextAddress());
    const me = (await owner.get('/api/auth/me')).body;
    expect(me.account).toMatchObject({ username: squatter.uscc, role: 'enterprise_admin', displayName: '赵真主' });
    expect(me.enterprise).toMatchObject({ uscc: squatter.uscc, contactName: '赵真主', email: `owner.${squatter.uscc}@claimant.example.cn` });
    expect((await owner.get('/api/enterprise/verification')).body.status).toBe('verified');
    expect((await owner.get('/api/enterprise/colleagues')).body.map((a: { status: string }) => a.status).sort()).toEqual(['active', 'disabled']);

    const again = await admin.post(`/api/admin/disputes/${id}/decision`, { decision: 'dismiss', reason: '重复处理' });
    expect([again.status, again.body.details?.[0]?.code]).toEqual([409, 'NOT_OPEN']);
    const audit = (await admin.get('/api/admin/audit?action=uscc_dispute.upheld&pageSize=1')).body.items[0];
    expect(audit.detail).toMatchObject({ caseNo, endedSessions: 1, revokedTokens: 1 });
  });

  it('dismissed with a reason: the enterprise keeps its accounts, and the claimant is told why', async () => {
    const holder = await registered();
    const { id } = await openDispute(holder.uscc);
    const dismissed = await admin.post(`/api/admin/disputes/${id}/decision`, { decision: 'dismiss', reason: '授权书未加盖公章，无法核实' });
    expect(dismissed.body.status).toBe('dismissed');
    expect((await holder.owner.get('/api/auth/me')).status).toBe(200);
    expect(mail.sent.at(-1)).toMatchObject({ kind: 'dispute-dismissed', to: `owner.${holder.uscc}@claimant.example.cn` });
    expect(mail.sent.at(-1)?.text).toContain('授权书未加盖公章');
    expect((await admin.get('/api/admin/disputes?status=dismissed')).body.items.map((item: { id: number }) => item.id)).toContain(id);
  });

  it('limits disputes per address', async () => {
    const from = '10.59.0.1';
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await request(http()).post('/api/disputes').set('X-Forwarded-For', from).send({})).status);
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
