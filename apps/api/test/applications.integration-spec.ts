import { DEFAULT_RUBRIC, defaultAttachmentSlots, defaultCallSettings, parseReceiptNumber } from '@shifan/domain';
import { buildEnterpriseProfile, buildSmartMfgApplication } from '@shifan/domain/testing';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { DEMO_PASSWORD, freshUscc, type Session, signIn, verifyEnterprise } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const DAY = 86_400_000;

/** A complete smart-manufacturing application that passes every rule under the default settings of a mid-2026 call. */
const completeApplication = buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' });

const completeProfile = (uscc: string, name: string) => buildEnterpriseProfile({ uscc, name, financialYear: 2025 });

describe('calls and the application journey', () => {
  let server: RunningServer;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const http = () => server.app.getHttpServer();
  let officer: Session;
  let demo: Session;
  let address = 0;
  const nextAddress = () => `10.20.${Math.floor(++address / 250)}.${address % 250}`;
  /** An open call with optional attachments only, so these tests need no uploads (attachments have their own). */
  let callId: number;

  let verifying: Promise<unknown> = Promise.resolve();
  async function registerEnterprise(): Promise<{ session: Session; uscc: string }> {
    const uscc = freshUscc();
    const agent = request.agent(http());
    const registered = await agent
      .post('/api/auth/register')
      .set('X-Forwarded-For', nextAddress())
      .send({ uscc, enterpriseName: `武汉测试制造${uscc.slice(-6)}有限公司`, contactName: '测试员', mobile: '13912345678', email: 'test@example.cn', password: 'Gugu#2026x' });
    if (registered.status !== 201) throw new Error(JSON.stringify(registered.body));
    const session = (await import('./auth-helpers')).session(registered.body.csrfToken, agent);
    const profile = await session.put('/api/enterprise/profile', { version: 0, data: completeProfile(uscc, `武汉测试制造${uscc.slice(-6)}有限公司`) });
    if (profile.status !== 200) throw new Error(JSON.stringify(profile.body));
    // Issue #12: only a verified enterprise submits. One verification at a time (the concurrency under test is the
    // submits'; a hundred simultaneous uploads would only load the embedded S3 server).
    const turn = verifying.then(() => verifyEnterprise(http(), session));
    verifying = turn.catch(() => undefined);
    await turn;
    return { session, uscc };
  }

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    officer = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    demo = await signIn(http(), '91420100MAEC200T12', DEMO_PASSWORD, nextAddress());
    const schedule = { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' };
    const created = await officer.post('/api/calls', {
      category: 'SMART_MFG_PILOT',
      level: 'municipal',
      title: '2026年智能制造试点示范（测试批次）',
      notice: '测试',
      settings: defaultCallSettings('SMART_MFG_PILOT', schedule),
      attachmentSlots: defaultAttachmentSlots('SMART_MFG_PILOT').map((slot) => ({ ...slot, required: false })),
      rubric: DEFAULT_RUBRIC,
    });
    expect(created.status).toBe(201);
    callId = created.body.id;
  });

  afterAll(() => server.close());

  describe('calls', () => {
    it('lists the seeded calls to the public: 2017–2019 closed and this year’s open, drafts hidden', async () => {
      const open = await request(http()).get('/api/calls?status=open&pageSize=50');
      expect(open.body.items.map((c: { category: string }) => c.category).sort()).toEqual(['INNOVATION_CENTRE', 'IT_INTEGRATION', 'SMART_MFG_PILOT', 'TECH_TRANSFORMATION']);
      const closed = await request(http()).get('/api/calls?status=closed&pageSize=50');
      // The plan period's four municipal programmes a year, beside the calls whose lists the city recommended upward.
      const closedCalls: { year: number; level: string; category: string }[] = closed.body.items;
      expect(closed.body.total).toBe(closedCalls.length);
      expect(closedCalls.filter((c) => c.level === 'municipal')).toHaveLength(12);
      expect(closedCalls.filter((c) => c.level !== 'municipal').length).toBeGreaterThan(0);
      expect(new Set(closedCalls.map((c) => c.year))).toEqual(new Set([2017, 2018, 2019]));
      expect((await request(http()).get(`/api/calls/${callId}`)).status).toBe(404);
      expect((await officer.get(`/api/calls/${callId}`)).body.status).toBe('draft');
    });

    it('refuses inconsistent settings', async () => {
      const response = await officer.post('/api/calls', {
        category: 'TECH_TRANSFORMATION',
        level: 'national',
        title: '错误批次',
        notice: '',
        settings: defaultCallSettings('SMART_MFG_PILOT', { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' }),
        attachmentSlots: defaultAttachmentSlots('TECH_TRANSFORMATION'),
        rubric: DEFAULT_RUBRIC,
      });
      expect(response.status).toBe(400);
      const paths = response.body.details.map((d: { path: string }) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['level', 'settings.category']));
    });

    it('opens a call and publishes each later edit as a new version, refusing stale edits', async () => {
      const opened = await officer.post(`/api/calls/${callId}/open`);
      expect(opened.body).toMatchObject({ status: 'open', publishedVersion: 1 });
      const call = opened.body;
      const edited = await officer.put(`/api/calls/${callId}`, { version: call.version, call: { ...pick(call), notice: '补充说明：截止日期不变。' } });
      expect(edited.status).toBe(200);
      expect(edited.body.publishedVersion).toBe(2);
      const stale = await officer.put(`/api/calls/${callId}`, { version: call.version, call: { ...pick(call), notice: '旧版本' } });
      expect(stale.status).toBe(409);
      expect((await officer.post(`/api/calls/${callId}/open`)).status).toBe(409);
    });
  });

  describe('the enterprise journey', () => {
    let applicationId: number;
    let version: number;

    it('starts one application per call', async () => {
      const started = await demo.post(`/api/calls/${callId}/applications`);
      expect(started.status).toBe(201);
      expect(started.body).toMatchObject({ state: 'draft', callVersionNo: 2, receiptNo: null });
      expect(started.body.eligibility.verdict).toBe('incomplete');
      applicationId = started.body.id;
      version = started.body.version;
      const again = await demo.post(`/api/calls/${callId}/applications`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_APPLIED');
    });

    it('saves drafts, checks eligibility on every save, and turns a failing rule to pass once fixed', async () => {
      const failing = await demo.put(`/api/applications/${applicationId}/draft`, { version, data: { ...completeApplication, cncRatePercent: 55 } });
      expect(failing.status).toBe(200);
      expect(failing.body.eligibility.verdict).toBe('ineligible');
      const cnc = failing.body.eligibility.results.find((r: { fields: string[] }) => r.fields.includes('application.cncRatePercent'));
      expect(cnc.outcome).toBe('fail');
      const fixed = await demo.put(`/api/applications/${applicationId}/draft`, { version: failing.body.version, data: completeApplication });
      expect(fixed.body.eligibility.verdict).toBe('eligible');
      expect(fixed.body.eligibility.results.find((r: { fields: string[] }) => r.fields.includes('application.cncRatePercent')).outcome).toBe('pass');
      version = fixed.body.version;
    });

    it('refuses a save from a stale version (another tab) and keeps what was saved', async () => {
      const stale = await demo.put(`/api/applications/${applicationId}/draft`, { version: version - 1, data: { ...completeApplication, projectName: '另一个标签页的内容' } });
      expect(stale.status).toBe(409);
      expect(stale.body.details).toEqual([expect.objectContaining({ path: 'version', code: 'STALE_VERSION', message: String(version) })]);
      expect((await demo.get(`/api/applications/${applicationId}`)).body.data.projectName).toBe(completeApplication.projectName);
    });

    it('refuses malformed fields with their paths and writes nothing', async () => {
      const bad = await demo.put(`/api/applications/${applicationId}/draft`, { version, data: { ...completeApplication, cncRatePercent: 180, equipmentInvestmentWanYuan: 'lots' } });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['cncRatePercent', 'equipmentInvestmentWanYuan']);
      expect((await demo.get(`/api/applications/${applicationId}`)).body.version).toBe(version);
    });

    it('submits for a receipt; a retried submit returns the same receipt', async () => {
      const submitted = await demo.post(`/api/applications/${applicationId}/submit`);
      expect(submitted.status).toBe(200);
      expect(submitted.body.receiptNo).toMatch(/^WH2026ZN\d{3}-00001$/);
      const retried = await demo.post(`/api/applications/${applicationId}/submit`);
      expect(retried.body).toEqual(submitted.body);
      const view = (await demo.get(`/api/applications/${applicationId}`)).body;
      expect(view).toMatchObject({ state: 'submitted', receiptNo: submitted.body.receiptNo });
      expect((await demo.put(`/api/applications/${applicationId}/draft`, { version: view.version, data: completeApplication })).body.code).toBe('NOT_EDITABLE');
      const [stored] = await server.dataSource.query('SELECT submitted_profile FROM application WHERE id = ?', [applicationId]);
      // A JSON column: a string on SQLite, already parsed by the MySQL/MariaDB driver.
      const profile = typeof stored.submitted_profile === 'string' ? JSON.parse(stored.submitted_profile) : stored.submitted_profile;
      expect(profile).toMatchObject({ uscc: '91420100MAEC200T12', employees: 420 });
      const notifications = (await demo.get('/api/notifications')).body;
      expect(notifications[0]).toMatchObject({ kind: 'submitted', read: false, applicationId });
    });

    it('withdraws, edits and submits again before the deadline, keeping the receipt number', async () => {
      const receipt = (await demo.get(`/api/applications/${applicationId}/receipt`)).body.receiptNo;
      const withdrawn = await demo.post(`/api/applications/${applicationId}/withdraw`);
      expect(withdrawn.body.state).toBe('withdrawn');
      const edited = await demo.put(`/api/applications/${applicationId}/draft`, { version: withdrawn.body.version, data: { ...completeApplication, summary: '建设柔性化智能产线并新增质量追溯系统,实现设备联网、数据采集与生产过程可视化管理。' } });
      expect(edited.status).toBe(200);
      const again = await demo.post(`/api/applications/${applicationId}/submit`);
      expect(again.body.receiptNo).toBe(receipt);
      const timeline = (await demo.get(`/api/applications/${applicationId}/timeline`)).body.map((e: { action: string; toState: string }) => `${e.action}:${e.toState}`);
      expect(timeline).toEqual(['create:draft', 'submit:submitted', 'withdraw:withdrawn', 'resubmit:submitted']);
    });

    it('hides another enterprise’s application behind 404', async () => {
      const { session: other } = await registerEnterprise();
      expect((await other.get(`/api/applications/${applicationId}`)).status).toBe(404);
      expect((await other.put(`/api/applications/${applicationId}/draft`, { version: 1, data: {} })).status).toBe(404);
      expect((await other.post(`/api/applications/${applicationId}/submit`)).status).toBe(404);
      expect((await other.post(`/api/applications/${applicationId}/withdraw`)).status).toBe(404);
    });

    it('asks for the required attachments before submitting to a call that needs them', async () => {
      const seeded = (await request(http()).get('/api/calls?status=open&category=TECH_TRANSFORMATION')).body.items[0];
      const started = await demo.post(`/api/calls/${seeded.id}/applications`);
      const attempt = await demo.post(`/api/applications/${started.body.id}/submit`);
      expect(attempt.status).toBe(400);
      expect(attempt.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('under load and at the deadline', () => {
    it('gives 50 concurrent submits of different applications gap-free, unique receipts', async () => {
      const enterprises = await Promise.all(Array.from({ length: 50 }, () => registerEnterprise()));
      const drafts = await Promise.all(
        enterprises.map(async ({ session }) => {
          const started = await session.post(`/api/calls/${callId}/applications`);
          const saved = await session.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: completeApplication });
          expect(saved.body.eligibility.verdict).toBe('eligible');
          return { session, id: started.body.id as number };
        }),
      );
      const receipts = await Promise.all(drafts.map(({ session, id }) => session.post(`/api/applications/${id}/submit`)));
      expect(receipts.map((r) => r.status)).toEqual(Array(50).fill(200));
      const sequences = receipts.map((r) => parseReceiptNumber(r.body.receiptNo)!.sequence).sort((a, b) => a - b);
      // The demo enterprise's application holds number 1.
      expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    });

    it('refuses submits, edits and new applications once the deadline has passed, by the server’s clock', async () => {
      const { session: before, uscc } = await registerEnterprise();
      const started = await before.post(`/api/calls/${callId}/applications`);
      const saved = await before.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: completeApplication });
      clock.advance(30 * DAY); // 2026-07-01 10:00 Beijing: the day after the last day
      const session = await signIn(http(), uscc, 'Gugu#2026x', nextAddress());
      const late = await session.post(`/api/applications/${started.body.id}/submit`);
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('APPLICATION_DEADLINE_PASSED');
      expect((await session.put(`/api/applications/${started.body.id}/draft`, { version: saved.body.version, data: completeApplication })).body.code).toBe('APPLICATION_DEADLINE_PASSED');
      expect((await session.post(`/api/calls/${callId}/applications`)).body.code).toBe('CALL_NOT_OPEN');
    });
  });
});

function pick(call: Record<string, unknown>) {
  const { category, level, title, notice, settings, attachmentSlots, rubric } = call;
  return { category, level, title, notice, settings, attachmentSlots, rubric };
}
