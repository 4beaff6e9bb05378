import { buildSmartMfgApplication } from '@shifan/domain/testing';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { DEMO_PASSWORD, type Session, signIn, smartMfgCallBody } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const EXPERTS = ['expert.demo', 'expert02', 'expert03', 'expert04', 'expert05', 'expert06', 'expert07', 'expert08', 'expert09'];
const POINTS = { technology: 25, demonstration: 21, benefits: 20, foundation: 17 };
const SEEDED = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const CONTACT = { unit: '市经信局智能制造处', person: '王老师', phone: '027-85000000', email: null, address: null };
/** 2027 as an administrator enters it from the State Council notice (only 元旦 matters to these tests). */
const YEAR_2027 = {
  year: 2027,
  noticeNumber: '国办发明电〔2026〕9号',
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    { date: '2027-01-02', kind: 'holiday', name: '元旦' },
    { date: '2027-01-03', kind: 'holiday', name: '元旦' },
    { date: '2027-02-06', kind: 'workday', name: '春节' },
  ],
};

describe('the working-day calendar as data: years entered by the administrator, 4xx past the entered years', () => {
  let server: RunningServer;
  let admin: Session;
  let city: Session;
  let callId: number;
  let shortlisted: number;
  let noticeId: number;
  let recommended: { id: number; version: number; checklist: { key: string }[] };
  // Saturday 2026-10-31, 23:30 Beijing time: half an hour before the warning starts.
  const clock = new ManualClock(new Date('2026-10-31T15:30:00Z'));
  let address = 0;
  const http = () => server.app.getHttpServer();
  const nextAddress = () => `10.81.${Math.floor(++address / 250)}.${address % 250}`;
  const auditOf = async (action: string) => (await admin.get(`/api/admin/audit?action=${action}`)).body.items as { action: string; actorName: string; targetId: string; detail: Record<string, unknown> }[];
  const count = async (sql: string) => Number((await server.dataSource.query(sql))[0].n);

  async function signInAll(): Promise<void> {
    admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
    city = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
  }

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    await signInAll();
  });

  afterAll(() => server?.close());

  it('warns city officers and administrators from 1 November (Beijing date) while next year is missing', async () => {
    const before = await city.get('/api/calendar/status');
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ today: '2026-10-31', coveredYears: SEEDED, currentYearMissing: false, nextYear: 2027, nextYearMissing: true, warnFrom: '2026-11-01', warning: false });
    clock.advance(HOUR); // 00:30 on 1 November in Beijing, still 31 October in UTC
    await signInAll(); // staff sessions end after a short idle time
    const after = await admin.get('/api/calendar/status');
    expect(after.body).toMatchObject({ today: '2026-11-01', nextYearMissing: true, warning: true });
    const district = await signIn(http(), 'district.hongshan', DEMO_PASSWORD, nextAddress());
    expect((await district.get('/api/calendar/status')).status).toBe(403);
    expect((await request(http()).get('/api/calendar/status')).status).toBe(401);
  });

  it('serves the calendar to anyone, as the apps count with it: whole years with their 文号', async () => {
    const calendar = await request(http()).get('/api/calendar?fromYear=2026&toYear=2027');
    expect(calendar.status).toBe(200);
    expect(calendar.body.coveredYears).toEqual(SEEDED);
    expect(calendar.body.years).toEqual([{ year: 2026, noticeNumber: '国办发明电〔2025〕7号' }]);
    expect(calendar.body.days).toEqual(expect.arrayContaining([{ date: '2026-02-14', kind: 'workday', name: '春节' }, { date: '2026-10-01', kind: 'holiday', name: '国庆节' }]));
    expect(calendar.body.days.every((day: { date: string }) => day.date.startsWith('2026-'))).toBe(true);
    const backwards = await request(http()).get('/api/calendar?fromYear=2027&toYear=2026');
    expect(backwards.status).toBe(400);
    expect(backwards.body.details[0].path).toBe('toYear');
  });

  it('lists the seeded years 2017–2026 with their notice numbers for officers', async () => {
    const years = await city.get('/api/admin/calendar/years');
    expect(years.status).toBe(200);
    expect(years.body.map((year: { year: number }) => year.year)).toEqual(SEEDED);
    expect(years.body.find((year: { year: number }) => year.year === 2025)).toMatchObject({ noticeNumber: '国办发明电〔2024〕12号', workdays: 5 });
    const year = await city.get('/api/admin/calendar/years/2026');
    expect(year.body.days).toContainEqual({ date: '2026-01-04', kind: 'workday', name: '元旦' });
    expect((await city.get('/api/admin/calendar/years/2027')).status).toBe(404);
  });

  describe('a 公示 and a revision deadline that run into 2027', () => {
    beforeAll(async () => {
      // A call with one shortlisted application (the demo enterprise), carried through district, formal check and panel.
      const demo = await signIn(http(), '91420100MAEC200T12', DEMO_PASSWORD, nextAddress());
      const district = await signIn(http(), 'dhgx.officer', DEMO_PASSWORD, nextAddress());
      const created = await city.post('/api/calls', smartMfgCallBody('2026年智能制造试点示范（工作日历测试批次）', { opensOn: '2026-10-20', applicationDeadline: '2026-12-31' }, 1));
      expect(created.status).toBe(201);
      callId = created.body.id;
      expect((await city.post(`/api/calls/${callId}/open`)).status).toBe(200);
      const started = await demo.post(`/api/calls/${callId}/applications`);
      const saved = await demo.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' }) });
      expect(saved.body.eligibility.verdict).toBe('eligible');
      expect((await demo.post(`/api/applications/${started.body.id}/submit`)).status).toBe(200);
      shortlisted = started.body.id;
      const detail = (await district.get(`/api/review/applications/${shortlisted}`)).body;
      expect((await district.post(`/api/review/applications/${shortlisted}/district-decision`, { decision: 'recommend', version: detail.version })).status).toBe(200);
      const check = (await city.get(`/api/review/applications/${shortlisted}`)).body;
      expect((await city.post(`/api/review/applications/${shortlisted}/formal-check`, { version: check.version, outcome: 'accept', items: check.checklist.map((item: { key: string }) => ({ key: item.key, passed: true })) })).status).toBe(200);
      const panel = await city.post(`/api/calls/${callId}/panels`, { name: '评审组', applicationIds: [], requiredFields: [] });
      const drawn = await city.post(`/api/panels/${panel.body.id}/draw`);
      expect(drawn.status).toBe(200);
      const pool = (await city.get('/api/experts?pageSize=50')).body.items as { id: number; accountUserName: string }[];
      const members = drawn.body.members.map((member: { expertId: number }) => pool.find((expert) => expert.id === member.expertId)!.accountUserName);
      for (const name of members.filter((member: string) => EXPERTS.includes(member))) {
        const expert = await signIn(http(), name, DEMO_PASSWORD, nextAddress());
        await expert.post(`/api/expert/applications/${shortlisted}/declaration`, { noConflict: true });
        const view = (await expert.get(`/api/expert/applications/${shortlisted}`)).body;
        expect((await expert.put(`/api/expert/applications/${shortlisted}/score`, { version: view.score.version, points: POINTS, comments: {}, submit: true })).status).toBe(200);
      }
      await signInAll();
      const version = (await city.get(`/api/review/applications/${shortlisted}`)).body.version;
      expect((await city.post(`/api/review/applications/${shortlisted}/shortlist`, { decision: 'shortlist', reason: '得分达到合格线，在名额内', version })).status).toBe(200);

      // Monday 2026-12-28, 10:00 Beijing time: five working days from today reach past New Year.
      clock.advance(57 * DAY + 9 * HOUR);
      await signInAll();
      const waiting = await city.get('/api/review/city/applications?state=district_recommended&pageSize=50');
      expect(waiting.status).toBe(200);
      const id = waiting.body.items[0].id as number;
      const full = (await city.get(`/api/review/applications/${id}`)).body;
      recommended = { id, version: full.version, checklist: full.checklist };
    });

    const revision = () => ({
      version: recommended.version,
      outcome: 'request_revision',
      items: recommended.checklist.map((item, index) => ({ key: item.key, passed: index !== 0, ...(index === 0 ? { note: '营业执照复印件不清晰' } : {}) })),
    });

    it('refuses to publish a 公示 crossing into 2027 before 2027 is entered: 422 CALENDAR_OUT_OF_RANGE, nothing written', async () => {
      const auditsBefore = await count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'notice.published'");
      const refused = await city.post(`/api/calls/${callId}/notice`, { startsOn: '2026-12-28', text: '', contact: CONTACT });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('CALENDAR_OUT_OF_RANGE');
      expect(refused.body.message).toContain('2027-01-01');
      expect(refused.body.message).toContain('2017–2026');
      expect(refused.body.details).toEqual([expect.objectContaining({ path: 'startsOn', code: 'CALENDAR_OUT_OF_RANGE' })]);
      const english = await city.agent.post(`/api/calls/${callId}/notice`).set('X-CSRF-Token', city.csrf).set('Accept-Language', 'en').send({ startsOn: '2026-12-28', text: '', contact: CONTACT });
      expect(english.body.message).toContain('covered: 2017–2026');
      expect(await count(`SELECT COUNT(*) AS n FROM public_notice WHERE call_id = ${callId}`)).toBe(0);
      expect(await count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'notice.published'")).toBe(auditsBefore);
      expect((await city.get(`/api/review/applications/${shortlisted}`)).body.state).toBe('shortlisted');
    });

    it('refuses a revision request whose deadline falls in 2027 before 2027 is entered, writing nothing', async () => {
      const checksBefore = await count('SELECT COUNT(*) AS n FROM formal_check');
      const refused = await city.post(`/api/review/applications/${recommended.id}/formal-check`, revision());
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('CALENDAR_OUT_OF_RANGE');
      expect(refused.body.details[0].path).toBe('outcome');
      expect(await count('SELECT COUNT(*) AS n FROM formal_check')).toBe(checksBefore);
      expect((await city.get(`/api/review/applications/${recommended.id}`)).body).toMatchObject({ state: 'district_recommended', version: recommended.version });
    });

    it('refuses an invalid year with field paths and writes nothing', async () => {
      const invalid = await admin.put('/api/admin/calendar/years/2027', {
        ...YEAR_2027,
        noticeNumber: '',
        days: [
          { date: '2028-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-04', kind: 'workday', name: '元旦' },
          { date: '2027-01-01', kind: 'holiday', name: '节'.repeat(101) },
        ],
      });
      expect(invalid.status).toBe(400);
      expect(invalid.body.code).toBe('VALIDATION_FAILED');
      expect(invalid.body.details.map((detail: { path: string }) => detail.path).sort()).toEqual(['days.0.date', 'days.1.kind', 'days.2.name', 'noticeNumber']);
      const mismatch = await admin.put('/api/admin/calendar/years/2028', YEAR_2027);
      expect(mismatch.status).toBe(400);
      expect(mismatch.body.details[0].path).toBe('year');
      expect(await count('SELECT COUNT(*) AS n FROM calendar_year WHERE year >= 2027')).toBe(0);
      expect(await auditOf('calendar.year_saved')).toEqual([]);
    });

    it('lets only administrators enter a year', async () => {
      expect((await city.put('/api/admin/calendar/years/2027', YEAR_2027)).status).toBe(403);
      expect((await city.delete('/api/admin/calendar/years/2026')).status).toBe(403);
      const demo = await signIn(http(), '91420100MAEC200T12', DEMO_PASSWORD, nextAddress());
      expect((await demo.get('/api/admin/calendar/years')).status).toBe(403);
      expect((await request(http()).put('/api/admin/calendar/years/2027').send(YEAR_2027)).status).toBe(401);
      expect(await count('SELECT COUNT(*) AS n FROM calendar_year WHERE year >= 2027')).toBe(0);
    });

    it('enters 2027 (audited with the notice number and counts); the warning stops', async () => {
      const saved = await admin.put('/api/admin/calendar/years/2027', YEAR_2027);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ year: 2027, noticeNumber: '国办发明电〔2026〕9号', holidays: 3, workdays: 1, days: YEAR_2027.days });
      expect(await auditOf('calendar.year_saved')).toEqual([
        expect.objectContaining({ actorName: 'admin', targetId: '2027', detail: { year: 2027, noticeNumber: '国办发明电〔2026〕9号', holidays: 3, workdays: 1, replaced: null } }),
      ]);
      expect((await city.get('/api/calendar/status')).body).toMatchObject({ coveredYears: [...SEEDED, 2027], nextYearMissing: false, warning: false });
      expect((await request(http()).get('/api/calendar?fromYear=2027').then((response) => response.body.years))).toEqual([{ year: 2027, noticeNumber: '国办发明电〔2026〕9号' }]);
    });

    it('then publishes the same 公示, its end counted with the entered days: Monday 2027-01-04', async () => {
      // 12-28, 12-29, 12-30, 12-31, [01-01 元旦 … 01-03], Monday 01-04.
      const published = await city.post(`/api/calls/${callId}/notice`, { startsOn: '2026-12-28', text: '', contact: CONTACT });
      expect(published.status).toBe(201);
      expect(published.body).toMatchObject({ startsOn: '2026-12-28', endsOn: '2027-01-04', workingDays: 5, phase: 'open' });
      noticeId = published.body.id;
    });

    it('then requests the revision, due on the fifth working day: Tuesday 2027-01-05', async () => {
      const returned = await city.post(`/api/review/applications/${recommended.id}/formal-check`, revision());
      expect(returned.status).toBe(200);
      expect(returned.body.state).toBe('returned_for_revision');
      expect(returned.body.revisionDueOn).toBe('2027-01-05');
      expect(returned.body.reviewNotice.dueOn).toBe('2027-01-05');
    });

    it('replaces a year whole (audited with what it replaced) and deletes only a year that has not started', async () => {
      const replaced = await admin.put('/api/admin/calendar/years/2027', { ...YEAR_2027, noticeNumber: '国办发明电〔2026〕10号', days: YEAR_2027.days.slice(0, 1) });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({ holidays: 1, workdays: 0 });
      expect((await auditOf('calendar.year_saved'))[0].detail).toEqual({ year: 2027, noticeNumber: '国办发明电〔2026〕10号', holidays: 1, workdays: 0, replaced: { noticeNumber: '国办发明电〔2026〕9号', holidays: 3, workdays: 1 } });
      // The notice keeps the end it was published with.
      expect((await request(http()).get(`/api/notices/${noticeId}`)).body.endsOn).toBe('2027-01-04');

      const started = await admin.delete('/api/admin/calendar/years/2026');
      expect(started.status).toBe(409);
      expect(started.body.code).toBe('CALENDAR_YEAR_STARTED');
      expect((await admin.delete('/api/admin/calendar/years/2030')).status).toBe(404);
      expect((await admin.delete('/api/admin/calendar/years/2027')).status).toBe(204);
      expect(await count('SELECT COUNT(*) AS n FROM calendar_day WHERE year = 2027')).toBe(0);
      expect((await auditOf('calendar.year_deleted'))[0]).toMatchObject({ targetId: '2027', detail: { year: 2027, noticeNumber: '国办发明电〔2026〕10号', holidays: 1, workdays: 0 } });
      expect((await city.get('/api/calendar/status')).body).toMatchObject({ nextYearMissing: true, warning: true });
    });
  });
});
