import { DEFAULT_RUBRIC, defaultAttachmentSlots, defaultCallSettings } from '@shifan/domain';
import { buildSmartMfgApplication } from '@shifan/domain/testing';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { JobScheduler } from '../src/jobs/job-scheduler';
import { MAIL_OUTBOX_JOB } from '../src/mail/mail-outbox';
import { DEADLINE_REMINDER_JOB, DeadlineReminderJob, type ReminderReport } from '../src/reminders/deadline-reminder.job';
import { CapturingMailer, DEMO_PASSWORD, freshUscc, type Session, signIn } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const DEMO_ENTERPRISE = '91420100MAEC200T12';
const completeApplication = buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' });

describe('deadline reminders: mail and notification to enterprises with an unsubmitted application, N days before the last day, once', () => {
  // 10:00 in Beijing on 1 June 2026.
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const mail = new CapturingMailer();
  const config = testConfig({ DEADLINE_REMINDER_DAYS: '3', PUBLIC_URL: 'https://portal.example.gov.cn' });
  let server: RunningServer;
  let officer: Session;
  let demo: Session;
  let address = 0;
  const nextAddress = () => `10.93.${Math.floor(++address / 250)}.${address % 250}`;
  let demoAddresses: string[];
  const draftIn: Record<string, { callId: number; applicationId: number }> = {};

  const remind = async (): Promise<ReminderReport['reminded']> => {
    const run = await server.app.get(JobScheduler).runNow(DEADLINE_REMINDER_JOB);
    expect(run).toMatchObject({ ran: true, outcome: 'succeeded' });
    return (run.result as ReminderReport).reminded;
  };

  async function callClosingOn(title: string, lastDay: string): Promise<number> {
    const created = await officer.post('/api/calls', {
      category: 'SMART_MFG_PILOT',
      level: 'municipal',
      title,
      notice: '测试',
      settings: defaultCallSettings('SMART_MFG_PILOT', { opensOn: '2026-05-20', applicationDeadline: lastDay }),
      attachmentSlots: defaultAttachmentSlots('SMART_MFG_PILOT').map((slot) => ({ ...slot, required: false })),
      rubric: DEFAULT_RUBRIC,
    });
    expect(created.status).toBe(201);
    expect((await officer.post(`/api/calls/${created.body.id}/open`)).status).toBe(200);
    return created.body.id;
  }

  async function startApplication(callId: number, submit: boolean): Promise<number> {
    const started = await demo.post(`/api/calls/${callId}/applications`);
    expect(started.status).toBe(201);
    if (submit) {
      expect((await demo.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: completeApplication })).status).toBe(200);
      expect((await demo.post(`/api/applications/${started.body.id}/submit`)).status).toBe(200);
    }
    return started.body.id;
  }

  beforeAll(async () => {
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock, mail });
    officer = await signIn(server.app.getHttpServer(), 'city.officer', DEMO_PASSWORD, nextAddress());
    demo = await signIn(server.app.getHttpServer(), DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    const soon = await callClosingOn('2026年智能制造试点示范（提醒测试·六月十日截止）', '2026-06-10');
    draftIn.soon = { callId: soon, applicationId: await startApplication(soon, false) };
    const submitted = await callClosingOn('2026年智能制造试点示范（提醒测试·已提交）', '2026-06-10');
    draftIn.submitted = { callId: submitted, applicationId: await startApplication(submitted, true) };
    const later = await callClosingOn('2026年智能制造试点示范（提醒测试·六月二十日截止）', '2026-06-20');
    draftIn.later = { callId: later, applicationId: await startApplication(later, false) };
    const [enterprise] = await server.dataSource.query('SELECT id, email FROM enterprise WHERE uscc = ?', [DEMO_ENTERPRISE]);
    const accounts = await server.dataSource.query("SELECT email FROM account WHERE enterprise_id = ? AND status = 'active' AND email IS NOT NULL", [enterprise.id]);
    demoAddresses = [...new Set([enterprise.email, ...accounts.map((row: { email: string }) => row.email)].map((value: string) => value.toLowerCase()))];
  });

  afterAll(() => server?.close());

  it('reminds nobody while the last day is more than three days ahead (Beijing date)', async () => {
    expect(await remind()).toEqual([]);
    clock.advance(5 * 86_400_000 + 13 * 3_600_000); // 6 June, 23:00 in Beijing: four days ahead still
    expect(await remind()).toEqual([]);
  });

  it('three days before, reminds the draft only (not the submitted one, not the later call), by mail and in the app', async () => {
    clock.advance(3_600_000); // 7 June, 00:00 in Beijing
    const reminded = await remind();
    expect(reminded).toEqual([{ callId: draftIn.soon.callId, applicationId: draftIn.soon.applicationId, recipients: demoAddresses.length }]);

    demo = await signIn(server.app.getHttpServer(), DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress()); // days later: a new session
    const notifications = (await demo.get('/api/notifications')).body as { kind: string; title: { zh: string; en: string }; applicationId: number }[];
    expect(notifications.find((n) => n.kind === 'deadline_reminder')).toMatchObject({
      applicationId: draftIn.soon.applicationId,
      title: { zh: expect.stringContaining('2026-06-10'), en: expect.stringContaining('2026-06-10') },
    });

    expect(mail.sent.filter((m) => m.kind === 'deadline-reminder')).toEqual([]); // queued, sent by the outbox job
    expect(await server.app.get(JobScheduler).runNow(MAIL_OUTBOX_JOB)).toMatchObject({ outcome: 'succeeded' });
    const sent = mail.sent.filter((m) => m.kind === 'deadline-reminder');
    expect(sent.map((m) => m.to.toLowerCase()).sort()).toEqual([...demoAddresses].sort());
    expect(sent[0].subject).toContain('申报截止提醒：2026年智能制造试点示范（提醒测试·六月十日截止）');
    expect(sent[0].subject).toContain('Deadline reminder');
    expect(sent[0].text).toContain('3天后（2026-06-10');
    expect(sent[0].text).toContain('closes in 3 days');
    expect(sent[0].text).toContain(`https://portal.example.gov.cn/applications/${draftIn.soon.applicationId}`);
  });

  it('never reminds the same application twice: not on the next run, not from a second process racing the first', async () => {
    expect(await remind()).toEqual([]);
    clock.advance(86_400_000);
    expect(await remind()).toEqual([]);

    // A new draft in the closing call; two processes on the same database run the job at once (as after an expired lease).
    const uscc = freshUscc();
    const registered = await request(server.app.getHttpServer())
      .post('/api/auth/register')
      .set('X-Forwarded-For', nextAddress())
      .send({ uscc, enterpriseName: '武汉提醒测试科技有限公司', contactName: '钱测试', mobile: '13912345678', email: `remind.${uscc.slice(-6).toLowerCase()}@test.example.cn`, password: 'Start#2026ab' });
    expect(registered.status).toBe(201);
    const newcomer = await signIn(server.app.getHttpServer(), uscc, 'Start#2026ab', nextAddress());
    expect((await newcomer.post(`/api/calls/${draftIn.soon.callId}/applications`)).status).toBe(201);
    const now = clock.now();
    const second = await startServer(testConfig({ DATA_DIR: config.dataDir, DEADLINE_REMINDER_DAYS: '3' }), { logger: memoryLogger('warn').logger, clock, mail });
    try {
      const [first, racing] = await Promise.all([server.app.get(DeadlineReminderJob).run(now), second.app.get(DeadlineReminderJob).run(now)]);
      expect([...first.reminded, ...racing.reminded]).toHaveLength(1);
      const rows = await server.dataSource.query('SELECT call_id AS callId FROM deadline_reminder');
      expect(rows).toHaveLength(2);
      const queued = await server.dataSource.query("SELECT COUNT(*) AS n FROM mail_outbox WHERE kind = 'deadline-reminder' AND application_id <> ?", [draftIn.soon.applicationId]);
      expect(Number(queued[0].n)).toBe([...first.reminded, ...racing.reminded][0].recipients);
    } finally {
      await second.close();
    }
  });
});
