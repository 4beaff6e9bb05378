import { residentIdCheckCharacter } from '@shifan/domain';
import request from 'supertest';
import { LogMailer, type MailMessage } from '../src/auth/mail.port';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { CapturingMailer, freshUscc, session } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const PERSON_ID = `42010619800101123${residentIdCheckCharacter('42010619800101123')}`;

/**
 * Real flows with the log at debug level: registration, sign-in, a password reset (its link written to the log by
 * the LogMailer), objections under a resident ID number and with an upload token, cookies and an Authorization
 * header on the requests. Not one of the secrets used may appear in any log line.
 */
describe('no secret reaches the log', () => {
  let server: RunningServer;
  const log = memoryLogger('debug');
  // Tuesday 2 July 2019, during the seeded 2019 公示 (from 1 July).
  const clock = new ManualClock(new Date('2019-07-02T02:00:00Z'));
  const secrets = new Set<string>();
  const http = () => server.app.getHttpServer();

  /** Catches the mail for the test and also writes it to the log, as the embedded default does. */
  class LoggingCapture extends CapturingMailer {
    private readonly logMailer = new LogMailer(log.logger);
    override async send(message: MailMessage): Promise<void> {
      await super.send(message);
      await this.logMailer.send(message);
    }
  }
  const mail = new LoggingCapture();

  const cookieValues = (response: request.Response) =>
    ((response.headers['set-cookie'] as unknown as string[] | undefined) ?? []).map((cookie) => cookie.split(';')[0].split('=')[1]).filter((value) => value && value.length > 8);

  beforeAll(async () => {
    const config = testConfig({ LOG_LEVEL: 'debug' });
    await resetDatabase(config);
    server = await startServer(config, { logger: log.logger, clock, mail });
  });

  afterAll(() => server?.close());

  it('registers, signs in, resets a password and files objections without logging a password, token, cookie or resident ID', async () => {
    const uscc = freshUscc();
    const firstPassword = 'Gugu#2026first';
    const secondPassword = 'Gugu#2026second';
    const wrongPassword = 'Wrong#2026guess';
    const bearer = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLW9mLXRlc3Q';
    for (const value of [firstPassword, secondPassword, wrongPassword, bearer, PERSON_ID]) secrets.add(value);

    const agent = request.agent(http());
    const registered = await agent
      .post('/api/auth/register')
      .set('X-Forwarded-For', '10.70.0.1')
      .send({ uscc, enterpriseName: '武汉日志测试装备有限公司', contactName: '李测试', mobile: '13912345678', email: 'log@test.example.cn', password: firstPassword });
    expect(registered.status).toBe(201);
    secrets.add(registered.body.csrfToken);
    for (const value of cookieValues(registered)) secrets.add(value);
    const user = session(registered.body.csrfToken, agent);
    expect((await user.get('/api/auth/me').set('Authorization', `Bearer ${bearer}`)).status).toBe(200);
    expect((await user.post('/api/auth/sign-out')).status).toBe(204);

    expect((await request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', '10.70.0.2').send({ login: uscc, password: wrongPassword })).status).toBe(401);
    const signedIn = await request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', '10.70.0.3').send({ login: uscc, password: firstPassword });
    expect(signedIn.status).toBe(200);
    secrets.add(signedIn.body.csrfToken);
    for (const value of cookieValues(signedIn)) secrets.add(value);

    expect((await request(http()).post('/api/auth/password-reset/request').set('X-Forwarded-For', '10.70.0.4').send({ login: uscc })).status).toBe(202);
    const resetToken = mail.lastTokenFor('log@test.example.cn');
    secrets.add(resetToken);
    expect((await request(http()).post('/api/auth/password-reset/confirm').send({ token: resetToken, newPassword: secondPassword })).status).toBe(204);
    const again = await request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', '10.70.0.5').send({ login: uscc, password: secondPassword });
    expect(again.status).toBe(200);
    for (const value of cookieValues(again)) secrets.add(value);
    // The session cookie and CSRF token travel back on a request, as a browser sends them.
    const cookieHeader = ((again.headers['set-cookie'] as unknown as string[]) ?? []).map((cookie) => cookie.split(';')[0]).join('; ');
    expect((await request(http()).get('/api/auth/me').set('Cookie', cookieHeader).set('X-CSRF-Token', again.body.csrfToken)).status).toBe(200);

    // Objections to the seeded 2019 公示: a person under a resident ID, an organisation with its upload token.
    const [notice] = (await server.dataSource.query("SELECT id, projects FROM public_notice WHERE starts_on = '2019-07-01' ORDER BY id LIMIT 1")) as { id: number; projects: unknown }[];
    // A JSON column: a string on SQLite, already parsed by the MySQL/MariaDB driver.
    const [project] = (typeof notice.projects === 'string' ? JSON.parse(notice.projects) : notice.projects) as { applicationId: number }[];
    const objection = {
      applicationId: project.applicationId,
      objectorKind: 'person',
      name: '李四',
      identityNumber: PERSON_ID,
      phone: '13912345678',
      email: null,
      address: null,
      statement: '该项目申报的设备投资额与实际采购合同不符，存在虚报情况，请核查。',
      evidence: '采购合同编号 HT-2019-001，可向供货方核实',
    };
    const filed = await request(http()).post(`/api/notices/${notice.id}/objections`).set('X-Forwarded-For', '10.70.0.6').send(objection);
    expect(filed.status).toBe(201);
    const organisation = await request(http())
      .post(`/api/notices/${notice.id}/objections`)
      .set('X-Forwarded-For', '10.70.0.7')
      .send({ ...objection, objectorKind: 'organisation', name: '武汉某某装备有限公司', identityNumber: '91420100MAEC200T12' });
    expect(organisation.status).toBe(201);
    secrets.add(organisation.body.uploadToken);
    const letter = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
    const uploaded = await request(http())
      .post(`/api/objections/${organisation.body.caseNo}/sealed-letter`)
      .set('X-Forwarded-For', '10.70.0.8')
      .set('X-Upload-Token', organisation.body.uploadToken)
      .set('X-File-Name', encodeURIComponent('盖章函.pdf'))
      .set('Content-Type', 'application/pdf')
      .send(letter);
    expect(uploaded.status).toBe(201);

    const lines = log.lines();
    const text = JSON.stringify(lines);
    expect(secrets.size).toBeGreaterThanOrEqual(12);
    for (const secret of secrets) expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });

    // The log still says what happened: the reset mail's line (its token cut out) and one line per request, each with its request id.
    const mailLine = lines.find((line) => line.context === 'mail');
    expect(mailLine).toBeDefined();
    expect(JSON.stringify(mailLine)).toContain('[REDACTED]');
    const requestLines = lines.filter((line) => line.context === 'http' && line.msg === 'request');
    expect(requestLines.length).toBeGreaterThanOrEqual(12);
    expect(requestLines.every((line) => typeof line.requestId === 'string' && (line.requestId as string).length >= 8)).toBe(true);
  });
});
