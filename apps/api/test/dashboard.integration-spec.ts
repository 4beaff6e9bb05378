import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { DEMO_PASSWORD, type Session, signIn } from './auth-helpers';
import { binary } from './pdf-tools';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

type Recommendation = { callId: number; applicationId: number; level: string; category: string; year: number; recommendedOn: string; recommendingUnitCode: string | null; outcome: null | { id: number; result: string; decidedOn: string; version: number } };
type Target = { key: string; counts: string; byYear: { year: number; count: number; recommended: number | null; recorded: boolean; met: boolean | null }[]; planPeriod: { total: number; percentOfTarget: number; met: boolean; recommended: number | null }; pending: number | null };
type Dashboard = { years: number[]; currentYear: number; targets: Target[]; byUnit: { unitCode: string; approved: number; recommended: number; recognised: number }[] };

const demo = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../seeds/demo-dashboard.json'), 'utf8')) as {
  recommendations: { category: string; level: string; recognised: { count: number; decidedOn?: string } }[];
};

/** Recognitions the demo seeds record for a category and level, dated in the plan period. */
function seededRecognitions(category: string, level: string): number {
  return demo.recommendations
    .filter((group) => group.category === category && group.level === level && group.recognised.decidedOn && Number(group.recognised.decidedOn.slice(0, 4)) <= 2019)
    .reduce((sum, group) => sum + group.recognised.count, 0);
}

describe('dashboard: targets counted as the plan means them, upward recommendations and their outcomes', () => {
  let server: RunningServer;
  let city: Session;
  let admin: Session;
  let district: Session;
  let enterprise: Session;
  // Monday 2026-06-01, 10:00 Beijing time: the dashboard's current year is the clock's.
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  let address = 0;
  const http = () => server.app.getHttpServer();
  const nextAddress = () => `10.81.${Math.floor(++address / 250)}.${address % 250}`;
  const dashboard = async (): Promise<Dashboard> => (await city.get('/api/dashboard')).body;
  const target = (view: Dashboard, key: string) => view.targets.find((entry) => entry.key === key)!;
  const yearOf = (entry: Target, year: number) => entry.byYear.find((cell) => cell.year === year)!;
  let pending: Recommendation;

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    city = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
    district = await signIn(http(), 'district.hongshan', DEMO_PASSWORD, nextAddress());
    enterprise = await signIn(http(), '91420100MAEC200T12', DEMO_PASSWORD, nextAddress());
    const list = await city.get('/api/upward-recommendations?level=provincial&category=SMART_MFG_PILOT&status=pending&pageSize=100');
    expect(list.status).toBe(200);
    pending = list.body.items[0];
  });

  afterAll(() => server?.close());

  it('counts the provincial and national pilots by recorded recognitions, with the recommendations beside, and municipal targets by approvals', async () => {
    const view = await dashboard();
    expect(view.currentYear).toBe(2026);
    expect(view.years).toEqual([2017, 2018, 2019, 2026]);
    const provincial = target(view, 'SMART_MFG_PILOT.provincial');
    expect(provincial.counts).toBe('recognitions');
    expect(provincial.planPeriod.total).toBe(seededRecognitions('SMART_MFG_PILOT', 'provincial'));
    // The city's own provincial-level lists are recommendations: more than were recognised, shown beside.
    expect(provincial.planPeriod.recommended!).toBeGreaterThan(provincial.planPeriod.total);
    expect(provincial.pending).toBeGreaterThan(0);
    expect(target(view, 'SMART_MFG_PILOT.national').planPeriod.total).toBe(seededRecognitions('SMART_MFG_PILOT', 'national'));
    expect(target(view, 'INNOVATION_CENTRE.provincial').planPeriod.total).toBe(seededRecognitions('INNOVATION_CENTRE', 'provincial'));
    // Municipal: the demo history's 22 + 27 + 29 approvals against 80; the total and the percentage are of the same years.
    expect(target(view, 'SMART_MFG_PILOT.municipal').planPeriod).toMatchObject({ total: 78, percentOfTarget: 97.5, recommended: null });
    // A yearly target per year; the 总计 of 2017–2019 against 3 × 50.
    const tech = target(view, 'TECH_TRANSFORMATION.municipal');
    expect(tech.byYear.slice(0, 3).map((cell) => cell.count)).toEqual([46, 51, 49]);
    expect(tech.planPeriod).toMatchObject({ total: 146, percentOfTarget: 97.3 });
    // Recorded targets: the 区域行 events and the standards from the seeded values.
    expect(target(view, 'IT_INTEGRATION.IT_REGIONAL_EVENTS').byYear.slice(0, 3).map((cell) => [cell.count, cell.met])).toEqual([[8, false], [10, true], [12, true]]);
    expect(target(view, 'INTL_STANDARDS').planPeriod).toMatchObject({ total: 2, met: true });
    // Grouped by 推荐单位, zones included.
    const zone = view.byUnit.find((unit) => unit.unitCode === 'DHGX')!;
    expect(zone.recommended).toBeGreaterThan(0);
    expect(zone.recognised).toBeGreaterThan(0);
  });

  it('lists the recommendations with their outcomes, filtered and paginated, and exports them (audited)', async () => {
    const all = await city.get('/api/upward-recommendations?pageSize=5');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(5);
    const recognised = await city.get('/api/upward-recommendations?status=recognised&level=national&pageSize=100');
    expect(recognised.body.items.length).toBeGreaterThan(0);
    for (const item of recognised.body.items as Recommendation[]) expect([item.level, item.outcome?.result]).toEqual(['national', 'recognised']);
    const byUnit = await city.get('/api/upward-recommendations?unitCode=DHGX&pageSize=100');
    expect((byUnit.body.items as Recommendation[]).every((item) => item.recommendingUnitCode === 'DHGX')).toBe(true);
    expect((await city.get('/api/upward-recommendations?status=maybe')).status).toBe(400);
    expect((await admin.get('/api/upward-recommendations')).status).toBe(200);
    expect((await district.get('/api/upward-recommendations')).status).toBe(403);

    const xlsx = await city.agent.get('/api/upward-recommendations.xlsx?level=provincial').buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['推荐单位', '结果', '发文机关', '文号', '成文日期']));
    const audit = await admin.get('/api/admin/audit?action=upward_outcomes.exported');
    expect(audit.body.items[0].detail).toMatchObject({ filter: { level: 'provincial' } });
  });

  it('refuses bad outcomes with field paths and writes nothing', async () => {
    const valid = { callId: pending.callId, applicationId: pending.applicationId, result: 'recognised', issuingBody: '湖北省经济和信息化厅', documentNo: '鄂经信智能〔2026〕8号', decidedOn: '2026-05-20', note: null };
    const bad = await city.post('/api/upward-outcomes', { ...valid, documentNo: null, issuingBody: '省', decidedOn: '2026-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details.map((detail: { path: string }) => detail.path).sort()).toEqual(['decidedOn', 'documentNo', 'issuingBody']);
    const malformed = await city.post('/api/upward-outcomes', { ...valid, documentNo: '第8号' });
    expect(malformed.body.details.map((detail: { path: string }) => detail.path)).toEqual(['documentNo']);
    const future = await city.post('/api/upward-outcomes', { ...valid, decidedOn: '2026-06-02' });
    expect([future.status, future.body.details]).toEqual([400, [expect.objectContaining({ path: 'decidedOn', code: 'DATE_IN_FUTURE' })]]);
    const early = await city.post('/api/upward-outcomes', { ...valid, decidedOn: `${pending.year}-01-02` });
    expect([early.status, early.body.details]).toEqual([400, [expect.objectContaining({ path: 'decidedOn', code: 'BEFORE_RECOMMENDATION' })]]);
    expect((await city.post('/api/upward-outcomes', { ...valid, applicationId: 99999999 })).status).toBe(404);
    // A municipal list is the city's own 认定, not a recommendation.
    const municipal = (await request(http()).get('/api/approved-lists?category=TECH_TRANSFORMATION&year=2018')).body.items[0];
    expect(municipal.level).toBe('municipal');
    const listed = (await request(http()).get(`/api/notices/${municipal.noticeId}`)).body.projects[0].applicationId;
    const notUpward = await city.post('/api/upward-outcomes', { ...valid, callId: municipal.callId, applicationId: listed, decidedOn: '2019-03-01' });
    expect([notUpward.status, notUpward.body.code]).toEqual([422, 'NOT_A_RECOMMENDATION']);
    // Only a city officer records.
    expect((await admin.post('/api/upward-outcomes', valid)).status).toBe(403);
    expect((await district.post('/api/upward-outcomes', valid)).status).toBe(403);
    expect((await enterprise.post('/api/upward-outcomes', valid)).status).toBe(403);
    expect((await request(http()).post('/api/upward-outcomes').send(valid)).status).toBe(401);
    const still = await city.get(`/api/upward-recommendations?status=pending&pageSize=100`);
    expect((still.body.items as Recommendation[]).some((item) => item.applicationId === pending.applicationId)).toBe(true);
  });

  it('records an outcome, counts it in the year of its document, corrects it under its version and audits both', async () => {
    const before = await dashboard();
    const provincialBefore = target(before, 'SMART_MFG_PILOT.provincial');
    const recorded = await city.post('/api/upward-outcomes', {
      callId: pending.callId,
      applicationId: pending.applicationId,
      result: 'recognised',
      issuingBody: '湖北省经济和信息化厅',
      documentNo: '鄂经信智能[2026] 8号',
      decidedOn: '2026-05-20',
      note: '第一批',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body.outcome).toMatchObject({ result: 'recognised', documentNo: '鄂经信智能〔2026〕8号', decidedOn: '2026-05-20', version: 1 });
    const again = await city.post('/api/upward-outcomes', { callId: pending.callId, applicationId: pending.applicationId, result: 'not_recognised', issuingBody: '湖北省经济和信息化厅', documentNo: null, decidedOn: '2026-05-20', note: null });
    expect([again.status, again.body.code]).toEqual([409, 'UPWARD_OUTCOME_EXISTS']);

    const after = target(await dashboard(), 'SMART_MFG_PILOT.provincial');
    // Dated this year: counted in 2026, not in the plan period; one fewer pending.
    expect(yearOf(after, 2026).count).toBe(yearOf(provincialBefore, 2026).count + 1);
    expect(after.planPeriod.total).toBe(provincialBefore.planPeriod.total);
    expect(after.pending).toBe(provincialBefore.pending! - 1);

    const id = recorded.body.outcome.id;
    const correction = { version: 1, result: 'recognised', issuingBody: '湖北省经济和信息化厅', documentNo: '鄂经信智能〔2019〕150号', decidedOn: '2019-12-10', note: null };
    const corrected = await city.put(`/api/upward-outcomes/${id}`, correction);
    expect(corrected.status).toBe(200);
    expect(corrected.body.outcome).toMatchObject({ decidedOn: '2019-12-10', version: 2 });
    const stale = await city.put(`/api/upward-outcomes/${id}`, { ...correction, decidedOn: '2019-12-11' });
    expect([stale.status, stale.body.code]).toEqual([409, 'CONFLICT']);
    expect((await city.put(`/api/upward-outcomes/${id}`, { ...correction, version: 2, documentNo: null })).status).toBe(400);
    expect((await admin.put(`/api/upward-outcomes/${id}`, { ...correction, version: 2 })).status).toBe(403);

    const moved = target(await dashboard(), 'SMART_MFG_PILOT.provincial');
    expect(yearOf(moved, 2019).count).toBe(yearOf(provincialBefore, 2019).count + 1);
    expect(moved.planPeriod.total).toBe(provincialBefore.planPeriod.total + 1);
    expect(yearOf(moved, 2026).count).toBe(yearOf(provincialBefore, 2026).count);

    const audit = (await admin.get('/api/admin/audit?action=upward_outcome')).body.items as { action: string; targetId: string; detail: Record<string, unknown> }[];
    const mine = audit.filter((entry) => entry.targetId === String(id));
    expect(mine.map((entry) => entry.action).sort()).toEqual(['upward_outcome.corrected', 'upward_outcome.recorded']);
    expect(mine.find((entry) => entry.action === 'upward_outcome.corrected')!.detail).toMatchObject({ before: { decidedOn: '2026-05-20' }, after: { decidedOn: '2019-12-10' } });
  });

  it('records the plan’s targets the catalogue lacked, shown for the clock’s current year', async () => {
    const saved = await city.put('/api/indicators/TOP_TALENTS/values', { year: 2026, value: 2, note: '城市合伙人' });
    expect(saved.status).toBe(200);
    const talents = target(saved.body, 'TOP_TALENTS');
    expect(yearOf(talents, 2026)).toMatchObject({ count: 2, recorded: true, met: true });
    expect((await city.put('/api/indicators/NOPE/values', { year: 2026, value: 1 })).status).toBe(404);
    expect((await admin.put('/api/indicators/TOP_TALENTS/values', { year: 2026, value: 1 })).status).toBe(403);
    // A year later by the clock, the current year moves with it.
    clock.advance(365 * 24 * 3600 * 1000);
    // Sessions end after 12 hours: sign in again on the later clock.
    city = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    const next = await dashboard();
    expect(next.years).toEqual([2017, 2018, 2019, 2027]);
    expect(yearOf(target(next, 'TOP_TALENTS'), 2027)).toMatchObject({ recorded: false, met: null });
    const xlsx = await city.agent.get('/api/dashboard.xlsx').buffer(true).parse(binary);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['目标进展', '按推荐单位', '按重点领域', '按细分领域', '指标']);
    expect(workbook.worksheets[0].getRow(1).values).toEqual(expect.arrayContaining(['2027年', '总计（2017–2019年）', '完成比例（%，同期）']));
  });
});
