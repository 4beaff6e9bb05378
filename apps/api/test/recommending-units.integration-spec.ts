import { RECOMMENDING_UNITS } from '@shifan/domain';
import { buildEnterpriseProfile, buildSmartMfgApplication } from '@shifan/domain/testing';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { DEMO_PASSWORD, freshUscc, type Session, session, signIn, smartMfgCallBody, verifyEnterprise } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

/** The demo enterprise: its profile names 东湖高新区 (DHGX) as its 推荐单位 (seeds/demo-calls.json). */
const DEMO_ENTERPRISE = '91420100MAEC200T12';

describe('推荐单位: the catalogue, routing by unit, officers bound to a unit, per-unit quotas', () => {
  let server: RunningServer;
  let dhgx: Session;
  let hongshan: Session;
  let city: Session;
  let admin: Session;
  let demo: Session;
  let other: Session;
  let callId: number;
  let demoApplication: number;
  let otherApplication: number;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  let address = 0;
  const http = () => server.app.getHttpServer();
  const nextAddress = () => `10.71.${Math.floor(++address / 250)}.${address % 250}`;

  async function submitTo(enterprise: Session): Promise<number> {
    const started = await enterprise.post(`/api/calls/${callId}/applications`);
    expect(started.status).toBe(201);
    const draft = await enterprise.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' }) });
    expect(draft.status).toBe(200);
    const submitted = await enterprise.post(`/api/applications/${started.body.id}/submit`);
    expect(submitted.status).toBe(200);
    return started.body.id;
  }

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    dhgx = await signIn(http(), 'dhgx.officer', DEMO_PASSWORD, nextAddress());
    hongshan = await signIn(http(), 'district.hongshan', DEMO_PASSWORD, nextAddress());
    city = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
    demo = await signIn(http(), DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());

    // A second enterprise in 东湖高新区: registered in 江夏区, it chose the zone as its 推荐单位.
    const uscc = freshUscc();
    const agent = request.agent(http());
    const registered = await agent
      .post('/api/auth/register')
      .set('X-Forwarded-For', nextAddress())
      .send({ uscc, enterpriseName: `武汉光谷测试${uscc.slice(-4)}有限公司`, contactName: '测试员', mobile: '13912345678', email: 'unit-test@example.cn', password: 'Gugu#2026x' });
    expect(registered.status).toBe(201);
    other = session(registered.body.csrfToken, agent);
    const profile = buildEnterpriseProfile({ uscc, name: `武汉光谷测试${uscc.slice(-4)}有限公司`, financialYear: 2025, registeredDistrictCode: '420115', devZone: 'DHGX', recommendingUnitCode: 'DHGX' });
    expect((await other.put('/api/enterprise/profile', { version: 0, data: profile })).status).toBe(200);
    await verifyEnterprise(http(), other, city);

    // Default quota 5 per unit, but 东湖高新区 may recommend only one application in this call.
    const body = smartMfgCallBody('2026年智能制造试点示范（推荐单位测试批次）', { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' });
    const created = await city.post('/api/calls', { ...body, settings: { ...body.settings, review: { ...body.settings.review, unitRecommendationQuota: 5, unitQuotaOverrides: { DHGX: 1 } } } });
    expect(created.status).toBe(201);
    callId = created.body.id;
    expect(created.body.settings.review).toMatchObject({ unitRecommendationQuota: 5, unitQuotaOverrides: { DHGX: 1 } });
    expect((await city.post(`/api/calls/${callId}/open`)).status).toBe(200);
    demoApplication = await submitTo(demo);
    otherApplication = await submitTo(other);
  });

  afterAll(() => server?.close());

  it('serves the 18 units from the table the migration filled, as the domain catalogue defines them', async () => {
    const catalogue = await request(http()).get('/api/catalogue');
    expect(catalogue.status).toBe(200);
    expect(catalogue.body.recommendingUnits).toEqual(
      RECOMMENDING_UNITS.map((unit) => ({
        code: unit.code,
        name: unit.shortName,
        kind: unit.kind,
        fullName: unit.fullName,
        overlapsDistrictCodes: [...unit.overlapsDistrictCodes],
        establishedAfterPlan: unit.establishedAfterPlan,
      })),
    );
    expect(catalogue.body.recommendingUnits.find((unit: { code: string }) => unit.code === 'DHGX')).toMatchObject({ fullName: { zh: '武汉东湖新技术开发区管理委员会' }, name: { zh: '东湖高新区' } });
  });

  it('routes a submission to the unit the profile names: the 东湖高新区 officer sees it, the 洪山区 officer gets 404', async () => {
    const [application] = await server.dataSource.query('SELECT recommending_unit_code AS unit FROM application WHERE id = ?', [demoApplication]);
    expect(application.unit).toBe('DHGX');
    const mine = await dhgx.get(`/api/review/district/applications?callId=${callId}`);
    expect(mine.body.items.map((item: { id: number }) => item.id).sort()).toEqual([demoApplication, otherApplication].sort());
    expect(mine.body.items.every((item: { recommendingUnitCode: string }) => item.recommendingUnitCode === 'DHGX')).toBe(true);
    expect((await dhgx.get(`/api/review/applications/${demoApplication}`)).status).toBe(200);

    const theirs = await hongshan.get(`/api/review/district/applications?callId=${callId}`);
    expect(theirs.body.items).toEqual([]);
    expect((await hongshan.get(`/api/review/applications/${demoApplication}`)).status).toBe(404);
    const detail = (await dhgx.get(`/api/review/applications/${demoApplication}`)).body;
    expect((await hongshan.post(`/api/review/applications/${demoApplication}/district-decision`, { decision: 'recommend', version: detail.version })).status).toBe(404);
  });

  it('holds a unit to its own quota (the override, not the call default), and nothing is written on a refusal', async () => {
    const first = (await dhgx.get(`/api/review/applications/${demoApplication}`)).body;
    const recommended = await dhgx.post(`/api/review/applications/${demoApplication}/district-decision`, { decision: 'recommend', version: first.version });
    expect(recommended.status).toBe(200);
    expect(recommended.body).toMatchObject({ state: 'district_recommended', unitPriority: 1 });

    const second = (await dhgx.get(`/api/review/applications/${otherApplication}`)).body;
    const refused = await dhgx.post(`/api/review/applications/${otherApplication}/district-decision`, { decision: 'recommend', version: second.version });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('UNIT_QUOTA_REACHED');
    expect(refused.body.message).toContain('东湖高新区');
    const after = (await dhgx.get(`/api/review/applications/${otherApplication}`)).body;
    expect(after).toMatchObject({ state: 'submitted', version: second.version, unitPriority: null });
  });

  it('lets a city officer filter the review list by unit, and refuses an unknown unit code', async () => {
    const byUnit = await city.get(`/api/review/city/applications?callId=${callId}&recommendingUnitCode=DHGX`);
    expect(byUnit.status).toBe(200);
    expect(byUnit.body.items.map((item: { id: number }) => item.id)).toEqual([demoApplication]);
    const elsewhere = await city.get(`/api/review/city/applications?callId=${callId}&recommendingUnitCode=420111`);
    expect(elsewhere.body.items).toEqual([]);
    // The seeded call in review: the city's list groups the recommendations by unit, in catalogue order.
    const seeded = (await city.get('/api/calls?status=open&category=TECH_TRANSFORMATION')).body.items[0];
    const recommended = await city.get(`/api/review/city/applications?callId=${seeded.id}&state=district_recommended`);
    expect(recommended.body.items.map((item: { recommendingUnitCode: string }) => item.recommendingUnitCode)).toEqual(['420106', '420111', 'DHGX']);
    const unknown = await city.get(`/api/review/city/applications?callId=${callId}&recommendingUnitCode=DHFJ`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].path).toBe('query.recommendingUnitCode');
  });

  it('lets a city officer narrow the 企业认证 queue to one unit; a unit officer cannot widen theirs', async () => {
    const uscc = (body: { items: { uscc: string }[] }) => body.items.map((item) => item.uscc);
    // The seeded enterprise waiting for 企业认证 chose 洪山区.
    expect(uscc((await city.get('/api/review/verifications?status=pending&recommendingUnitCode=420111')).body)).toContain('91420100MAEC30018M');
    expect(uscc((await city.get('/api/review/verifications?status=pending&recommendingUnitCode=DHGX')).body)).not.toContain('91420100MAEC30018M');
    expect(uscc((await dhgx.get('/api/review/verifications?status=pending&recommendingUnitCode=420111')).body)).not.toContain('91420100MAEC30018M');
    expect((await city.get('/api/review/verifications?recommendingUnitCode=DHFJ')).status).toBe(400);
  });

  it('binds a new officer to any of the 18 units, a zone included, and refuses a code that is not a unit', async () => {
    const created = await admin.post('/api/admin/accounts', { username: 'whjk.officer', displayName: '武汉经开区初审', role: 'district_officer', recommendingUnitCode: 'WHJK', password: 'Whjk#2026kf' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'district_officer', recommendingUnitCode: 'WHJK' });
    const whjk = await signIn(http(), 'whjk.officer', 'Whjk#2026kf', nextAddress());
    expect((await whjk.get(`/api/review/district/applications?callId=${callId}`)).body.items).toEqual([]);
    expect((await whjk.get(`/api/review/applications/${otherApplication}`)).status).toBe(404);

    const notAUnit = await admin.post('/api/admin/accounts', { username: 'dhfj.officer', displayName: '风景区初审', role: 'district_officer', recommendingUnitCode: 'DHFJ', password: 'Dhfj#2026fj' });
    expect(notAUnit.status).toBe(400);
    expect(notAUnit.body.details.map((detail: { path: string }) => detail.path)).toContain('recommendingUnitCode');
    const [{ n }] = await server.dataSource.query('SELECT COUNT(*) AS n FROM account WHERE username = ?', ['dhfj.officer']);
    expect(Number(n)).toBe(0);
  });
});
