import fs from 'node:fs';
import path from 'node:path';
import { buildSmartMfgApplication } from '@shifan/domain/testing';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { JobScheduler } from '../src/jobs/job-scheduler';
import { MAIL_OUTBOX_JOB } from '../src/mail/mail-outbox';
import { DEMO_PASSWORD, freshUscc, signIn, smartMfgCallBody } from './auth-helpers';
import { parseMail, SmtpCatcher } from './mail-tools';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const SECOND = 1000;
const DEMO_ENTERPRISE = '91420100MAEC200T12';

interface MailRow {
  recipient: string;
  kind: string;
  attempts: number;
  sentAt: string | Date | null;
  nextAttemptAt: string | Date | null;
  lastError: string | null;
}

/** Registers a fresh enterprise; answers its USCC and e-mail address. */
async function registerEnterprise(http: RunningServer['app'], address: string, name: string): Promise<{ uscc: string; email: string }> {
  const uscc = freshUscc();
  const email = `owner.${uscc.slice(-6).toLowerCase()}@mail-test.example.cn`;
  const registered = await request(http.getHttpServer())
    .post('/api/auth/register')
    .set('X-Forwarded-For', address)
    .send({ uscc, enterpriseName: name, contactName: '王测试', mobile: '13912345678', email, password: 'Start#2026ab' });
  expect(registered.status).toBe(201);
  return { uscc, email };
}

describe('mail over SMTP (SMTP_URL): password resets, and status changes through the mail outbox', () => {
  const smtp = new SmtpCatcher();
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const log = memoryLogger('warn');
  let server: RunningServer;
  let address = 0;
  const nextAddress = () => `10.81.${Math.floor(++address / 250)}.${address % 250}`;
  const outbox = async (): Promise<MailRow[]> =>
    server.dataSource.query('SELECT recipient, kind, attempts, sent_at AS sentAt, next_attempt_at AS nextAttemptAt, last_error AS lastError FROM mail_outbox ORDER BY id');

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    const config = testConfig({ SMTP_URL: smtpUrl, MAIL_FROM: '示范 Shifan <portal@shifan.example.cn>', PUBLIC_URL: 'https://portal.example.gov.cn' });
    await resetDatabase(config);
    server = await startServer(config, { logger: log.logger, clock });
  });

  afterAll(async () => {
    await server?.close();
    await smtp.stop();
  });

  it('sends the password-reset mail through the SMTP server, signed in with SMTP_URL’s user, and its link works', async () => {
    const http = server.app.getHttpServer();
    const { uscc, email } = await registerEnterprise(server.app, nextAddress(), '武汉邮件测试装备有限公司');
    const requested = await request(http).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: uscc });
    expect(requested.status).toBe(202);
    await smtp.waitFor(() => smtp.to(email).length === 1);
    const [mail] = smtp.to(email);
    expect(mail.user).toBe('shifan');
    expect(mail.from).toContain('portal@shifan.example.cn');
    expect(mail.subject).toBe('示范 · 重置密码 / Reset your password');
    const link = mail.text.match(/https:\/\/portal\.example\.gov\.cn\/reset-password\?token=([A-Za-z0-9_-]+)/);
    expect(link).not.toBeNull();
    expect((await request(http).post('/api/auth/password-reset/confirm').send({ token: link![1], newPassword: 'Mailed#2027x' })).status).toBe(204);
    await signIn(http, uscc, 'Mailed#2027x', nextAddress());
  });

  it('answers a reset request 202 even when the SMTP server refuses the mail, and logs the refusal without the link', async () => {
    const http = server.app.getHttpServer();
    const { uscc, email } = await registerEnterprise(server.app, nextAddress(), '武汉退信测试装备有限公司');
    smtp.refuse = new RegExp(`^${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    try {
      const requested = await request(http).post('/api/auth/password-reset/request').set('X-Forwarded-For', nextAddress()).send({ login: uscc });
      expect(requested.status).toBe(202);
    } finally {
      smtp.refuse = null;
    }
    expect(smtp.to(email)).toEqual([]);
    const refusal = log.lines().find((line) => line.context === 'mail' && line.kind === 'password-reset');
    expect(refusal).toMatchObject({ level: 'error', error: expect.stringMatching(/451|temporarily/) });
    expect(JSON.stringify(log.lines())).not.toContain('reset-password?token');
  });

  it('queues a status change’s mail in the move’s transaction and sends it, bilingual and naming the call, to the enterprise’s addresses', async () => {
    const http = server.app.getHttpServer();
    const district = await signIn(http, 'district.hongshan', DEMO_PASSWORD, nextAddress());
    const waiting = (await district.get('/api/review/district/applications')).body.items as { id: number; callTitle?: string }[];
    expect(waiting.length).toBeGreaterThan(0);
    const applicationId = waiting[0].id;
    const [facts] = await server.dataSource.query(
      'SELECT e.email AS email, e.name AS name, c.title AS callTitle, a.receipt_no AS receiptNo FROM application a JOIN enterprise e ON e.id = a.enterprise_id JOIN `call` c ON c.id = a.call_id WHERE a.id = ?',
      [applicationId],
    );
    const detail = (await district.get(`/api/review/applications/${applicationId}`)).body;
    const decided = await district.post(`/api/review/applications/${applicationId}/district-decision`, { decision: 'recommend', version: detail.version });
    expect(decided.status).toBe(200);

    // Committed with the move, not sent inside it: the row is there, the SMTP server has nothing yet.
    const queued = (await outbox()).filter((row) => row.kind === 'status-change');
    expect(queued.map((row) => row.recipient)).toContain(facts.email);
    expect(queued.every((row) => row.sentAt === null)).toBe(true);
    expect(smtp.to(facts.email)).toEqual([]);

    const run = await server.app.get(JobScheduler).runNow(MAIL_OUTBOX_JOB);
    expect(run).toMatchObject({ ran: true, outcome: 'succeeded', result: { sent: queued.length, failed: 0, gaveUp: 0 } });
    const [mail] = smtp.to(facts.email);
    expect(mail.subject).toContain(facts.callTitle);
    expect(mail.subject).toMatch(/^示范 · .+ \/ .+/);
    expect(mail.text.indexOf('申报批次')).toBeLessThan(mail.text.indexOf('Call:'));
    expect(mail.text).toContain(`申报单位：${facts.name}`);
    expect(mail.text).toContain(`受理编号：${facts.receiptNo}`);
    expect(mail.text).toContain(`https://portal.example.gov.cn/applications/${applicationId}`);
    expect((await outbox()).every((row) => row.sentAt !== null)).toBe(true);
    // A second run sends nothing again.
    expect((await server.app.get(JobScheduler).runNow(MAIL_OUTBOX_JOB)).result).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
  });

  it('mails the enterprise its submission, with the receipt number, and its withdrawal', async () => {
    const http = server.app.getHttpServer();
    const officer = await signIn(http, 'city.officer', DEMO_PASSWORD, nextAddress());
    const demo = await signIn(http, DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    const title = '2026年智能制造试点示范（邮件测试批次）';
    const created = await officer.post('/api/calls', smartMfgCallBody(title, { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' }));
    expect((await officer.post(`/api/calls/${created.body.id}/open`)).status).toBe(200);
    const started = await demo.post(`/api/calls/${created.body.id}/applications`);
    await demo.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' }) });
    const submitted = await demo.post(`/api/applications/${started.body.id}/submit`);
    expect(submitted.status).toBe(200);
    expect((await demo.post(`/api/applications/${started.body.id}/withdraw`)).status).toBe(200);
    const [{ email }] = await server.dataSource.query('SELECT email FROM enterprise WHERE uscc = ?', [DEMO_ENTERPRISE]);

    await server.app.get(JobScheduler).runNow(MAIL_OUTBOX_JOB);
    const mails = smtp.to(email).filter((mail) => mail.subject.includes(title));
    expect(mails.map((mail) => mail.subject)).toEqual([`示范 · 申报已提交：${title} / Application submitted`, `示范 · 申报已撤回：${title} / Application withdrawn`]);
    expect(mails[0].text).toContain(`受理编号：${submitted.body.receiptNo}`);
    expect(mails[0].text).toContain(`Receipt: ${submitted.body.receiptNo}`);
  });

  it('retries a mail the SMTP server refused, with back-off, without touching the change it reports', async () => {
    const http = server.app.getHttpServer();
    const district = await signIn(http, 'district.hongshan', DEMO_PASSWORD, nextAddress());
    const waiting = (await district.get('/api/review/district/applications')).body.items as { id: number; state: string }[];
    const next = waiting.find((item) => item.state === 'submitted');
    expect(next).toBeDefined();
    const [{ email }] = await server.dataSource.query('SELECT e.email AS email FROM application a JOIN enterprise e ON e.id = a.enterprise_id WHERE a.id = ?', [next!.id]);
    smtp.refuse = new RegExp(`^${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const detail = (await district.get(`/api/review/applications/${next!.id}`)).body;
    const returned = await district.post(`/api/review/applications/${next!.id}/district-decision`, { decision: 'return', version: detail.version, items: [{ key: 'data.summary', message: '请补充项目简介' }] });
    expect(returned.status).toBe(200);

    const scheduler = server.app.get(JobScheduler);
    expect((await scheduler.runNow(MAIL_OUTBOX_JOB)).result).toMatchObject({ sent: 0, failed: 1 });
    const [failed] = (await outbox()).filter((row) => row.recipient === email && row.sentAt === null);
    expect(failed).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/451|temporarily/) });
    expect(new Date(failed.nextAttemptAt!).getTime()).toBe(clock.now().getTime() + server.config.jobs.retryBaseMs);
    expect((await server.dataSource.query('SELECT state FROM application WHERE id = ?', [next!.id]))[0].state).toBe('returned_by_district');

    smtp.refuse = null;
    clock.advance(10 * SECOND);
    expect((await scheduler.runNow(MAIL_OUTBOX_JOB)).result).toMatchObject({ sent: 0, failed: 0 }); // not yet due
    clock.advance(25 * SECOND);
    expect((await scheduler.runNow(MAIL_OUTBOX_JOB)).result).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.to(email).at(-1)!.text).toContain('请补充项目简介');
  });
});

describe('mail without SMTP_URL: .eml files under DATA_DIR/mail, and no link in the log', () => {
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const log = memoryLogger('info');
  let server: RunningServer;

  beforeAll(async () => {
    const config = testConfig({ LOG_LEVEL: 'info' });
    await resetDatabase(config);
    server = await startServer(config, { logger: log.logger, clock });
  });

  afterAll(() => server?.close());

  it('writes the reset mail as an .eml file any mail client opens, and logs only the file’s name', async () => {
    const http = server.app.getHttpServer();
    const { uscc, email } = await registerEnterprise(server.app, '10.82.0.1', '武汉文件邮件测试有限公司');
    expect((await request(http).post('/api/auth/password-reset/request').set('X-Forwarded-For', '10.82.0.2').send({ login: uscc })).status).toBe(202);
    const directory = path.join(server.config.dataDir, 'mail');
    const files = fs.readdirSync(directory).filter((name) => name.endsWith('.eml'));
    expect(files).toHaveLength(1);
    const mail = parseMail(fs.readFileSync(path.join(directory, files[0]), 'utf8'));
    expect(mail.to).toBe(email);
    expect(mail.subject).toBe('示范 · 重置密码 / Reset your password');
    const token = mail.text.match(/reset-password\?token=([A-Za-z0-9_-]+)/)![1];

    const lines = log.lines();
    expect(lines.filter((line) => line.context === 'mail')).toEqual([expect.objectContaining({ file: path.join(directory, files[0]) })]);
    expect(JSON.stringify(lines)).not.toContain(token);
    expect(JSON.stringify(lines)).not.toContain('reset-password?token');

    expect((await request(http).post('/api/auth/password-reset/confirm').send({ token, newPassword: 'FromFile#2027' })).status).toBe(204);
  });
});
