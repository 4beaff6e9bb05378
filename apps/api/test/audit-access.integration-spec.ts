import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { ReviewAssignmentEntity } from '../src/review/review-assignment.entity';
import { ReviewPanelEntity } from '../src/review/review-panel.entity';
import { DEMO_PASSWORD, type Session, signIn } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

interface AuditRow {
  seq: number;
  action: string;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown> | null;
  address: string | null;
}

describe('audited reads and refused requests', () => {
  let server: RunningServer;
  const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));
  const http = () => server.app.getHttpServer();
  let admin: Session;
  let declarant: Session;
  let othersApplication: number;

  /** The newest records of an action, once `count` of them have been written (refusals are written after the answer). */
  async function records(action: string, count: number, since = 0): Promise<AuditRow[]> {
    for (let attempt = 0; ; attempt++) {
      const rows = ((await admin.get(`/api/admin/audit?action=${action}&pageSize=100`)).body.items as AuditRow[]).filter((row) => row.seq > since);
      if (rows.length >= count || attempt >= 50) return rows;
      await sleep(20);
    }
  }
  const lastSeq = async () => Number((await server.dataSource.query('SELECT last_seq AS seq FROM audit_head WHERE id = 1'))[0].seq);

  beforeAll(async () => {
    const config = testConfig({ AUDIT_REFUSALS_PER_MINUTE: '3', AUDIT_CHECKPOINT_KEY: 'integration-test-checkpoint-key-0123456789' });
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    admin = await signIn(http(), 'admin', DEMO_PASSWORD);
    declarant = await signIn(http(), 'declarant.demo', DEMO_PASSWORD, '10.7.0.1');
    const [own] = await server.dataSource.query("SELECT a.enterprise_id AS id FROM account a WHERE a.username = 'declarant.demo'");
    const [other] = await server.dataSource.query(`SELECT id FROM application WHERE enterprise_id <> ${Number(own.id)} ORDER BY id LIMIT 1`);
    othersApplication = Number(other.id);
  });

  afterAll(() => server.close());

  it('records an enterprise fetching another enterprise’s application (404), with route, method, actor and address', async () => {
    const since = await lastSeq();
    const response = await declarant.get(`/api/applications/${othersApplication}`).set('X-Forwarded-For', '10.7.0.1');
    expect(response.status).toBe(404);
    const [refused] = await records('access.refused', 1, since);
    expect(refused).toMatchObject({
      action: 'access.refused',
      actorName: 'declarant.demo',
      detail: { method: 'GET', route: '/api/applications/:id', status: 404 },
    });
    expect(refused.address).not.toBeNull();
  });

  it('records an enterprise calling a reviewer route (403), and an anonymous caller by address only', async () => {
    const since = await lastSeq();
    expect((await declarant.get('/api/review/district/applications')).status).toBe(403);
    const [refused] = await records('access.refused', 1, since);
    expect(refused).toMatchObject({ actorName: 'declarant.demo', detail: { method: 'GET', route: '/api/review/district/applications', status: 403 } });

    // A cross-site write with no session is refused before any sign-in check: recorded by address, as anonymous.
    const anonymous = await request(http()).post(`/api/applications/${othersApplication}/withdraw`).set('Origin', 'https://evil.example').send({});
    expect(anonymous.status).toBe(403);
    const [byAddress] = await records('access.refused', 2, since);
    expect(byAddress).toMatchObject({ actorName: null, detail: { method: 'POST', route: '/api/applications/:id/withdraw', status: 403, anonymous: true } });
    expect(byAddress.address).not.toBeNull();

    // Not refusals of a protected resource: a public route's 404, and an unknown path.
    expect((await request(http()).get('/api/calls/999999')).status).toBe(404);
    expect((await request(http()).get('/api/no-such-route')).status).toBe(404);
    await sleep(200);
    expect(await records('access.refused', 3, since)).toHaveLength(2);
  });

  it('records at most AUDIT_REFUSALS_PER_MINUTE refusals per actor a minute, and counts the rest in the next record', async () => {
    clock.advance(120_000);
    const since = await lastSeq();
    for (let i = 0; i < 7; i++) expect((await declarant.get('/api/review/city/applications')).status).toBe(403);
    await sleep(300);
    const flood = await records('access.refused', 3, since);
    expect(flood).toHaveLength(3);

    clock.advance(61_000);
    expect((await declarant.get('/api/review/city/applications')).status).toBe(403);
    const [next] = await records('access.refused', 4, since);
    expect(next.detail).toMatchObject({ route: '/api/review/city/applications', status: 403, unrecordedBefore: 4 });
    // The refusals are on the chain like every other record.
    expect((await admin.get('/api/admin/audit/verify')).body).toMatchObject({ ok: true });
  });

  it('records a city officer opening an application’s details, once per view', async () => {
    const officer = await signIn(http(), 'city.officer', DEMO_PASSWORD);
    const list = await officer.get('/api/review/city/applications?pageSize=1');
    expect(list.status).toBe(200);
    const id = list.body.items[0].id as number;
    const since = await lastSeq();
    expect((await officer.get(`/api/review/applications/${id}`)).status).toBe(200);
    const views = await records('application.viewed', 1, since);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actorName: 'city.officer', targetType: 'application', targetId: String(id), detail: { view: 'review' } });
  });

  it('records an expert opening an application assigned to them, once per view', async () => {
    const [expert] = await server.dataSource.query("SELECT e.id AS id, acc.id AS account FROM expert e JOIN account acc ON acc.id = e.account_id WHERE acc.username = 'expert.demo'");
    const [application] = await server.dataSource.query(`SELECT id, call_id AS callId FROM application WHERE id = ${othersApplication}`);
    const panel = await server.dataSource.getRepository(ReviewPanelEntity).save({
      callId: Number(application.callId),
      name: '审计测试专家组',
      size: 1,
      requiredFields: [],
      applicationIds: [othersApplication],
      status: 'drawn',
      seed: 'a'.repeat(64),
      seedHash: 'b'.repeat(64),
      committedAt: clock.now(),
      drawnAt: clock.now(),
      referenceDate: null,
      candidates: null,
      memberIds: [Number(expert.id)],
      reserveIds: [],
      excluded: null,
      createdBy: Number(expert.account),
    });
    await server.dataSource.getRepository(ReviewAssignmentEntity).save({
      panelId: panel.id,
      applicationId: othersApplication,
      expertId: Number(expert.id),
      role: 'member',
      replacesExpertId: null,
      status: 'confirmed',
      declaredAt: clock.now(),
      declarationNote: null,
      scoreStatus: 'draft',
      points: {},
      comments: {},
      totalHundredths: null,
      outlierReason: null,
      submittedAt: null,
      reopenReason: null,
    });
    const expertSession = await signIn(http(), 'expert.demo', DEMO_PASSWORD);
    const since = await lastSeq();
    const response = await expertSession.get(`/api/expert/applications/${othersApplication}`);
    expect(response.status).toBe(200);
    const views = await records('application.viewed', 1, since);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actorName: 'expert.demo', targetType: 'application', targetId: String(othersApplication), detail: { view: 'expert' } });
  });
});
