import { DEFAULT_RUBRIC, defaultAttachmentSlots, defaultCallSettings } from '@shifan/domain';
import { buildEnterpriseProfile, buildSmartMfgApplication } from '@shifan/domain/testing';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { ObjectStorage } from '../src/storage/object-storage';
import { VerificationCleanupJob } from '../src/verification/verification-cleanup.job';
import { DEMO_PASSWORD, freshUscc, SCAN_PDF, session, type Session, signIn, uploadVerificationDocument } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(64, 1)]);

/** Issue #12: a newly registered enterprise proves control of its USCC before it can submit. */
describe('enterprise verification (企业认证)', () => {
  let server: RunningServer;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const http = () => server.app.getHttpServer();
  let address = 0;
  const nextAddress = () => `10.30.${Math.floor(++address / 250)}.${address % 250}`;
  let city: Session;
  let hongshan: Session;
  let dhgx: Session;
  let callId: number;
  const count = async (table: string) => Number((await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  async function registerWithDraft(): Promise<{ enterprise: Session; applicationId: number; uscc: string; enterpriseId: number }> {
    const uscc = freshUscc();
    const name = `武汉认证测试${uscc.slice(-6)}有限公司`;
    const agent = request.agent(http());
    const registered = await agent
      .post('/api/auth/register')
      .set('X-Forwarded-For', nextAddress())
      .send({ uscc, enterpriseName: name, contactName: '测试员', mobile: '13912345678', email: 'verify@test.example.cn', password: 'Gugu#2026x' });
    expect(registered.status).toBe(201);
    const enterprise = session(registered.body.csrfToken, agent);
    expect((await enterprise.put('/api/enterprise/profile', { version: 0, data: buildEnterpriseProfile({ uscc, name, financialYear: 2025 }) })).status).toBe(200);
    const started = await enterprise.post(`/api/calls/${callId}/applications`);
    expect(started.status).toBe(201);
    const saved = await enterprise.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' }) });
    expect(saved.status).toBe(200);
    return { enterprise, applicationId: started.body.id, uscc, enterpriseId: registered.body.enterprise.id };
  }

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    city = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    hongshan = await signIn(http(), 'district.hongshan', DEMO_PASSWORD, nextAddress());
    dhgx = await signIn(http(), 'dhgx.officer', DEMO_PASSWORD, nextAddress());
    const schedule = { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' };
    const created = await city.post('/api/calls', {
      category: 'SMART_MFG_PILOT',
      level: 'municipal',
      title: '2026年智能制造试点示范（认证测试批次）',
      notice: '测试',
      settings: defaultCallSettings('SMART_MFG_PILOT', schedule),
      attachmentSlots: defaultAttachmentSlots('SMART_MFG_PILOT').map((slot) => ({ ...slot, required: false })),
      rubric: DEFAULT_RUBRIC,
    });
    callId = created.body.id;
    expect((await city.post(`/api/calls/${callId}/open`)).status).toBe(200);
  });

  afterAll(() => server.close());

  it('keeps the enterprises that existed before the rule verified (the demo enterprise submits as before)', async () => {
    const demo = await signIn(http(), '91420100MAEC200T12', DEMO_PASSWORD, nextAddress());
    expect((await demo.get('/api/enterprise/verification')).body).toMatchObject({ status: 'verified', documents: [] });
  });

  it('shows a newcomer the demo enterprise waiting in the queue with its two specimen documents', async () => {
    const queue = (await hongshan.get('/api/review/verifications?status=pending')).body;
    const waiting = queue.items.find((item: { uscc: string }) => item.uscc === '91420100MAEC30018M');
    expect(waiting).toMatchObject({ status: 'pending', recommendingUnitCode: '420111', enterpriseName: '武汉示范待认证科技有限公司' });
    expect(waiting.documents.map((d: { kind: string }) => d.kind)).toEqual(['authorisation_letter', 'business_licence']);
    const licence = await hongshan.get(`/api/review/verifications/${waiting.enterpriseId}/documents/business_licence`).buffer(true);
    expect(licence.headers['content-type']).toContain('application/pdf');
    expect(Buffer.from(licence.body).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const own = await signIn(http(), '91420100MAEC30018M', DEMO_PASSWORD, nextAddress());
    expect((await own.get('/api/enterprise/verification')).body.status).toBe('pending');
  });

  it('lets a new enterprise draft but not submit until an officer of its 推荐单位 accepts its 营业执照 and 授权书', async () => {
    const { enterprise, applicationId, enterpriseId } = await registerWithDraft();
    expect((await enterprise.get('/api/enterprise/verification')).body).toMatchObject({ enterpriseId, status: 'unverified', reason: null, documents: [] });

    const refused = await enterprise.post(`/api/applications/${applicationId}/submit`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ENTERPRISE_NOT_VERIFIED');
    expect(refused.body.message).toContain('营业执照');
    expect(refused.body.details).toEqual([expect.objectContaining({ path: 'enterprise.verification', code: 'unverified' })]);
    const english = await enterprise.agent.post(`/api/applications/${applicationId}/submit`).set('X-CSRF-Token', enterprise.csrf).set('Accept-Language', 'en').send({});
    expect(english.body.message).toMatch(/business licence/);
    expect((await enterprise.get(`/api/applications/${applicationId}`)).body.state).toBe('draft');

    // One document is not enough; both send the request to the 推荐单位 its profile names (东湖高新区).
    const first = await uploadVerificationDocument(enterprise, 'business_licence', SCAN_PDF, '营业执照副本.pdf');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'unverified', documents: [expect.objectContaining({ kind: 'business_licence', fileName: '营业执照副本.pdf', contentType: 'application/pdf' })] });
    const second = await uploadVerificationDocument(enterprise, 'authorisation_letter', PNG, '授权书.png');
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ status: 'pending', recommendingUnitCode: 'DHGX' });
    expect(second.body.documents.map((d: { kind: string }) => d.kind)).toEqual(['authorisation_letter', 'business_licence']);

    // While the officers decide, the documents cannot change.
    const locked = await uploadVerificationDocument(enterprise, 'business_licence');
    expect([locked.status, locked.body.details?.[0]?.code]).toEqual([409, 'VERIFICATION_LOCKED']);

    const queue = await dhgx.get('/api/review/verifications?status=pending');
    expect(queue.body.items.map((item: { enterpriseId: number }) => item.enterpriseId)).toContain(enterpriseId);
    // Another unit's officer neither lists nor opens it.
    expect((await hongshan.get('/api/review/verifications?status=pending')).body.items.map((item: { enterpriseId: number }) => item.enterpriseId)).not.toContain(enterpriseId);
    expect((await hongshan.get(`/api/review/verifications/${enterpriseId}`)).status).toBe(404);
    const scan = await dhgx.get(`/api/review/verifications/${enterpriseId}/documents/business_licence`).buffer(true);
    expect(scan.status).toBe(200);
    expect(scan.headers['content-disposition']).toMatch(/^inline/);
    expect(Buffer.from(scan.body).equals(SCAN_PDF)).toBe(true);

    const accepted = await dhgx.post(`/api/review/verifications/${enterpriseId}/decision`, { decision: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('verified');
    const notifications = (await enterprise.get('/api/notifications')).body;
    expect(JSON.stringify(notifications)).toContain('企业认证已通过');

    const submitted = await enterprise.post(`/api/applications/${applicationId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.receiptNo).toMatch(/^WH2026ZN/);

    const audit = await server.dataSource.query("SELECT action, actor_name FROM audit_log WHERE target_type = 'enterprise' AND target_id = ? ORDER BY seq", [String(enterpriseId)]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(
      expect.arrayContaining(['enterprise.verification_document_uploaded', 'enterprise.verification_requested', 'enterprise.verification_document_downloaded', 'enterprise.verification_accepted']),
    );
  });

  it('rejects with a reason the enterprise reads; new documents send it back to the queue, where the city accepts it', async () => {
    const { enterprise, enterpriseId } = await registerWithDraft();
    await uploadVerificationDocument(enterprise, 'business_licence');
    await uploadVerificationDocument(enterprise, 'authorisation_letter');

    const noReason = await city.post(`/api/review/verifications/${enterpriseId}/decision`, { decision: 'reject' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.map((d: { path: string }) => d.path)).toEqual(['reason']);
    expect((await enterprise.get('/api/enterprise/verification')).body.status).toBe('pending');

    const rejected = await city.post(`/api/review/verifications/${enterpriseId}/decision`, { decision: 'reject', reason: '授权书未加盖企业公章' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '授权书未加盖企业公章' });
    expect((await enterprise.get('/api/enterprise/verification')).body).toMatchObject({ status: 'rejected', reason: '授权书未加盖企业公章' });
    expect(JSON.stringify((await enterprise.get('/api/notifications')).body)).toContain('授权书未加盖企业公章');
    const twice = await city.post(`/api/review/verifications/${enterpriseId}/decision`, { decision: 'accept' });
    expect([twice.status, twice.body.details?.[0]?.code]).toEqual([409, 'NOT_PENDING']);

    const objectsBefore = await server.dataSource.query('SELECT object_key FROM enterprise_document WHERE enterprise_id = ? AND kind = ?', [enterpriseId, 'authorisation_letter']);
    const again = await uploadVerificationDocument(enterprise, 'authorisation_letter', PNG, '授权书（盖章）.png');
    expect(again.body).toMatchObject({ status: 'pending', reason: null });
    const objectsAfter = await server.dataSource.query('SELECT object_key FROM enterprise_document WHERE enterprise_id = ? AND kind = ?', [enterpriseId, 'authorisation_letter']);
    expect(objectsAfter).toHaveLength(1);
    expect(objectsAfter[0].object_key).not.toBe(objectsBefore[0].object_key);
    const keys: string[] = [];
    for await (const object of server.app.get(ObjectStorage).list(`enterprise-documents/${enterpriseId}/`)) keys.push(object.key);
    expect(keys.sort()).toEqual((await server.dataSource.query('SELECT object_key FROM enterprise_document WHERE enterprise_id = ?', [enterpriseId])).map((row: { object_key: string }) => row.object_key).sort());

    expect((await city.post(`/api/review/verifications/${enterpriseId}/decision`, { decision: 'accept' })).body.status).toBe('verified');
  });

  it('shows a district officer only their district, and answers 404 for another district’s enterprise', async () => {
    const admin = await signIn(http(), 'admin', DEMO_PASSWORD, nextAddress());
    expect((await admin.post('/api/admin/accounts', { username: 'district.jiangan', displayName: '江岸区初审', role: 'district_officer', recommendingUnitCode: '420102', password: 'Jiang#2026an' })).status).toBe(201);
    const jiangan = await signIn(http(), 'district.jiangan', 'Jiang#2026an', nextAddress());
    const { enterprise, enterpriseId } = await registerWithDraft();
    await uploadVerificationDocument(enterprise, 'business_licence');
    await uploadVerificationDocument(enterprise, 'authorisation_letter');

    expect((await jiangan.get('/api/review/verifications')).body.items.map((item: { enterpriseId: number }) => item.enterpriseId)).not.toContain(enterpriseId);
    expect((await jiangan.get(`/api/review/verifications/${enterpriseId}`)).status).toBe(404);
    expect((await jiangan.get(`/api/review/verifications/${enterpriseId}/documents/business_licence`)).status).toBe(404);
    const decided = await jiangan.post(`/api/review/verifications/${enterpriseId}/decision`, { decision: 'accept' });
    expect(decided.status).toBe(404);
    expect((await enterprise.get('/api/enterprise/verification')).body.status).toBe('pending');
    expect((await city.get(`/api/review/verifications/${enterpriseId}`)).status).toBe(200);
  });

  it('refuses a file that is not a scan by its content, and stores nothing', async () => {
    const { enterprise } = await registerWithDraft();
    const rows = await count('enterprise_document');
    const text = await uploadVerificationDocument(enterprise, 'business_licence', Buffer.from('这不是扫描件'.repeat(100)), '营业执照.pdf');
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const json = await enterprise.agent.post('/api/enterprise/verification/documents/business_licence').set('X-CSRF-Token', enterprise.csrf).set('X-File-Name', 'a.pdf').send({ a: 1 });
    expect(json.status).toBe(415);
    const unknownKind = await uploadVerificationDocument(enterprise, 'tax_record' as never);
    expect(unknownKind.status).toBe(400);
    expect(await count('enterprise_document')).toBe(rows);
    const temporary: string[] = [];
    for await (const object of server.app.get(ObjectStorage).list('tmp/uploads/')) temporary.push(object.key);
    expect(temporary).toEqual([]);
  });

  it('lets only the enterprise administrator upload, and only officers see the queue', async () => {
    const declarant = await signIn(http(), 'declarant.demo', DEMO_PASSWORD, nextAddress());
    expect((await uploadVerificationDocument(declarant, 'business_licence')).status).toBe(403);
    expect((await declarant.get('/api/enterprise/verification')).status).toBe(200);
    const expert = await signIn(http(), 'expert.demo', DEMO_PASSWORD, nextAddress());
    expect((await expert.get('/api/review/verifications')).status).toBe(403);
  });

  it('removes, an hour on, a document object no row names (a crash between the copy and the commit), and keeps the rest', async () => {
    const storage = server.app.get(ObjectStorage);
    const orphan = 'enterprise-documents/999999/left-behind.pdf';
    await storage.put(orphan, SCAN_PDF, SCAN_PDF.length, 'application/pdf');
    const named = (await server.dataSource.query('SELECT object_key FROM enterprise_document')).map((row: { object_key: string }) => row.object_key);
    expect(named.length).toBeGreaterThan(0);
    const job = server.app.get(VerificationCleanupJob);
    expect(await job.run(new Date())).toEqual([]); // too young: it may belong to an upload on its way to its commit
    expect(await job.run(new Date(Date.now() + 2 * 3_600_000))).toEqual([orphan]);
    expect(await storage.stat(orphan)).toBeNull();
    for (const key of named) expect(await storage.stat(key)).not.toBeNull();
  });
});
