import { createHash } from 'node:crypto';
import { buildSmartMfgApplication } from '@shifan/domain/testing';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { AttachmentCleanupJob } from '../src/attachments/attachment-cleanup.job';
import { DocumentArchiver } from '../src/documents/document-archiver';
import { ObjectStorage } from '../src/storage/object-storage';
import { DEMO_PASSWORD, freshUscc, SCAN_PDF, type Session, signIn, smartMfgCallBody } from './auth-helpers';
import { binary, compact, pdfText } from './pdf-tools';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const DEMO_ENTERPRISE = '91420100MAEC200T12';
const RESIDENT_ID = '11010519491231002X';
const completeApplication = buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' });
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
/** A small PDF by its magic bytes, different each time (a scan of a signed page). */
const scan = (mark: string) => Buffer.concat([SCAN_PDF, Buffer.from(`% ${mark}\n`, 'latin1')]);

describe('documents an enterprise signs and seals: the 签字盖章用 copy, the signed scan tied to its 核验码, slot templates', () => {
  let server: RunningServer;
  let storage: ObjectStorage;
  let officer: Session;
  let demo: Session;
  let callId: number;
  let applicationId: number;
  let version: number;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const log = memoryLogger('info');
  let address = 0;
  const http = () => server.app.getHttpServer();
  const nextAddress = () => `10.61.${Math.floor(++address / 250)}.${address % 250}`;
  const download = (who: Session | ReturnType<typeof request.agent>, path: string) => ('agent' in who ? who.agent : who).get(path).buffer(true).parse(binary);
  const upload = (who: Session, path: string, body: Buffer, fileName: string) =>
    who.agent.post(path).set('X-CSRF-Token', who.csrf).set('Content-Type', 'application/octet-stream').set('X-File-Name', encodeURIComponent(fileName)).send(body);
  const uploadScan = (body: Buffer) => upload(demo, `/api/applications/${applicationId}/slots/signed_application/attachments`, body, '申报书签字盖章扫描件.pdf');
  const audited = async (action: string) => Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM audit_log WHERE action = ?', [action]))[0].n);
  const scansInSlot = async () => server.dataSource.query("SELECT id, signing_code AS signingCode, object_key AS objectKey FROM attachment WHERE application_id = ? AND slot_key = 'signed_application' ORDER BY id", [applicationId]);
  const keys = async (prefix: string) => {
    const found: string[] = [];
    for await (const object of storage.list(prefix)) found.push(object.key);
    return found.sort();
  };
  const saveDraft = async (data: Record<string, unknown>) => {
    const saved = await demo.put(`/api/applications/${applicationId}/draft`, { version, data });
    expect(saved.status).toBe(200);
    version = saved.body.version;
    return saved;
  };

  beforeAll(async () => {
    const config = testConfig({ PUBLIC_URL: 'https://portal.example.gov.cn' });
    await resetDatabase(config);
    server = await startServer(config, { logger: log.logger, clock });
    storage = server.app.get(ObjectStorage);
    officer = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    demo = await signIn(http(), DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    const created = await officer.post('/api/calls', smartMfgCallBody('2026年智能制造试点示范（签字盖章测试批次）', { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' }));
    expect(created.status).toBe(201);
    callId = created.body.id;
    expect(created.body.attachmentSlots.find((slot: { key: string }) => slot.key === 'signed_application')).toMatchObject({ signed: true });
    expect((await officer.post(`/api/calls/${callId}/open`)).status).toBe(200);
    const started = await demo.post(`/api/calls/${callId}/applications`);
    expect(started.status).toBe(201);
    applicationId = started.body.id;
    version = started.body.version;
    const draft = await saveDraft(completeApplication);
    expect(draft.body.eligibility.verdict).toBe('eligible');
  });

  afterAll(() => server?.close());

  let seededDraft: number;

  it('seeds the demo enterprise a 两化融合 draft whose documents area shows a printed copy, its signed scan and the template', async () => {
    const mine = (await demo.get('/api/applications')).body as { id: number; callId: number; state: string }[];
    const [itCall] = await server.dataSource.query("SELECT id FROM `call` WHERE status = 'open' AND category = 'IT_INTEGRATION'");
    const seeded = mine.find((application) => application.callId === itCall.id)!;
    expect(seeded.state).toBe('draft');
    const area = (await demo.get(`/api/applications/${seeded.id}/documents`)).body;
    expect(area).toMatchObject({ editable: true, signedScansCurrent: true, warning: null, signingCopy: { printCount: 1, latestPrinted: { current: true } } });
    expect(area.signedScans).toEqual([expect.objectContaining({ slotKey: 'signed_application', fileName: '申报书签字盖章扫描件（演示）.pdf', code: area.signingCopy.currentCode, current: true })]);
    expect(area.templates.map((template: { slotKey: string }) => template.slotKey)).toEqual(['credit_commitment']);
    seededDraft = seeded.id;
  });

  it('keeps the 法定代表人 ID whole only in the editing form: masked in the printed 申报书, absent from audit details and logs', async () => {
    const profile = (await demo.get('/api/enterprise/profile')).body;
    const saved = await demo.put('/api/enterprise/profile', { version: profile.version, data: { ...profile.data, legalRepresentativeName: '张建国', legalRepresentativeId: RESIDENT_ID.toLowerCase() } });
    expect(saved.status).toBe(200);
    expect(saved.body.data.legalRepresentativeId).toBe(RESIDENT_ID);
    expect((await demo.get('/api/enterprise/profile')).body.data.legalRepresentativeId).toBe(RESIDENT_ID);
    const bad = await demo.put('/api/enterprise/profile', { version: saved.body.version, data: { ...saved.body.data, legalRepresentativeId: '110105194912310021' } });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ path: 'legalRepresentativeId' })]);

    // The profile is part of every 申报书: the seeded draft's signed scan no longer matches its content.
    expect((await demo.get(`/api/applications/${seededDraft}/documents`)).body).toMatchObject({ signedScansCurrent: false, signingCopy: { latestPrinted: { current: false } } });

    const form = await download(demo, `/api/applications/${applicationId}/documents/application-form.pdf`);
    const text = compact(pdfText(form.body));
    expect(text).toContain('110*************2X');
    expect(text).not.toContain(RESIDENT_ID);
    const details = await server.dataSource.query('SELECT detail FROM audit_log');
    expect(JSON.stringify(details)).not.toContain(RESIDENT_ID);
    expect(JSON.stringify(log.lines())).not.toContain(RESIDENT_ID);
  });

  it('refuses a signed scan before any 签字盖章用 copy was printed, and stores nothing', async () => {
    const before = await keys('attachments/');
    const refused = await uploadScan(scan('too early'));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SIGNING_COPY_NOT_PRINTED');
    expect(refused.body.message).toContain('请先打印签字盖章用申报书');
    expect(await scansInSlot()).toEqual([]);
    expect(await keys('attachments/')).toEqual(before);
  });

  let printed: string;

  it('prints the 签字盖章用 copy: no 草稿 watermark, marked, its 核验码 on every page; each print recorded, the same content the same code', async () => {
    const printsBefore = await audited('document.signing_copy_printed');
    const response = await download(demo, `/api/applications/${applicationId}/documents/signing-copy.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    printed = response.headers['x-verification-code'];
    expect(printed).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    const text = compact(pdfText(response.body));
    expect(text).toContain('【签字盖章用】');
    expect(text).toContain(printed);
    expect(text).toContain('法定代表人（签字）');
    expect(text).toContain('承诺书');
    expect(text).toContain('推荐单位意见');
    expect(text).not.toMatch(/[草稿]/);

    const again = await download(demo, `/api/applications/${applicationId}/documents/signing-copy.pdf`);
    expect(again.headers['x-verification-code']).toBe(printed);
    const rows = await server.dataSource.query('SELECT code, printed_by AS printedBy FROM signing_copy WHERE application_id = ? ORDER BY id', [applicationId]);
    expect(rows).toHaveLength(2);
    expect(rows.every((row: { code: string }) => row.code === printed.replaceAll('-', '').toLowerCase())).toBe(true);
    expect(await audited('document.signing_copy_printed')).toBe(printsBefore + 2);
  });

  it('ties the uploaded scan to the printed 核验码; a change afterwards is shown and the submit refused with 409 SIGNED_COPY_OUTDATED, writing nothing', async () => {
    const first = await uploadScan(scan('first'));
    expect(first.status).toBe(201);
    expect(first.body.signingCode).toBe(printed);
    let area = (await demo.get(`/api/applications/${applicationId}/documents`)).body;
    expect(area).toMatchObject({ editable: true, signedScansCurrent: true, warning: null, signingCopy: { available: true, currentCode: printed, latestPrinted: { code: printed, current: true }, printCount: 2 } });
    expect(area.signedScans).toEqual([expect.objectContaining({ attachmentId: first.body.id, code: printed, current: true })]);

    await saveDraft({ ...completeApplication, projectName: '智能装备数字化车间建设项目（二期）' });
    area = (await demo.get(`/api/applications/${applicationId}/documents`)).body;
    expect(area.signedScansCurrent).toBe(false);
    expect(area.signingCopy.currentCode).not.toBe(printed);
    expect(area.signingCopy.latestPrinted).toMatchObject({ code: printed, current: false });
    expect(area.warning.zh).toContain('请重新打印签字盖章用申报书');

    const events = Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM application_event WHERE application_id = ?', [applicationId]))[0].n);
    const refused = await demo.post(`/api/applications/${applicationId}/submit`).set('Accept-Language', 'zh-CN');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SIGNED_COPY_OUTDATED');
    expect(refused.body.message).toContain('重新打印签字盖章用申报书');
    expect(refused.body.details).toEqual([expect.objectContaining({ path: 'attachments.signed_application', code: printed })]);
    expect(refused.body.details[0].message).toContain(area.signingCopy.currentCode);
    const english = await demo.post(`/api/applications/${applicationId}/submit`).set('Accept-Language', 'en');
    expect(english.body.message).toMatch(/print it again, sign and seal it/);
    const [row] = await server.dataSource.query('SELECT state, receipt_no AS receiptNo FROM application WHERE id = ?', [applicationId]);
    expect(row).toEqual({ state: 'draft', receiptNo: null });
    expect(Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM application_event WHERE application_id = ?', [applicationId]))[0].n)).toBe(events);
    expect(Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM document_outbox WHERE application_id = ?', [applicationId]))[0].n)).toBe(0);

    // The QR code on the paper copy: the portal printed it, but the application has changed since.
    const verified = await request(http()).get(`/api/verify/${printed}`).set('X-Forwarded-For', nextAddress());
    expect(verified.body).toMatchObject({ code: printed, found: true, document: null, signingCopy: { current: false, submitted: false, enterpriseName: '武汉示范智能装备有限公司' } });
  });

  it('accepts the submit once the copy is printed again and its new scan uploaded (replacing the old scan)', async () => {
    const [old] = await scansInSlot();
    const reprint = await download(demo, `/api/applications/${applicationId}/documents/signing-copy.pdf`);
    const code = reprint.headers['x-verification-code'];
    expect(code).not.toBe(printed);
    const second = await uploadScan(scan('second'));
    expect(second.status).toBe(201);
    expect(second.body.signingCode).toBe(code);
    const scans = await scansInSlot();
    expect(scans).toEqual([expect.objectContaining({ id: second.body.id, signingCode: code.replaceAll('-', '').toLowerCase() })]);
    expect(await keys(`attachments/${applicationId}/`)).not.toContain(old.objectKey);
    expect(await audited('attachment.deleted')).toBe(1);

    const submitted = await demo.post(`/api/applications/${applicationId}/submit`);
    expect(submitted.status).toBe(200);
    await server.app.get(DocumentArchiver).settled();
    const area = (await demo.get(`/api/applications/${applicationId}/documents`)).body;
    expect(area).toMatchObject({ editable: false, signedScansCurrent: true, warning: null, signingCopy: { available: false, currentCode: null } });
    expect(area.archived).toMatchObject({ applicationForm: expect.stringMatching(/^[0-9A-F-]{14}$/), receipt: expect.stringMatching(/^[0-9A-F-]{14}$/), receiptNo: submitted.body.receiptNo });

    // The 推荐单位's officer sees the 法定代表人 with the ID number masked, never whole.
    const unitOfficer = await signIn(http(), 'dhgx.officer', DEMO_PASSWORD, nextAddress());
    const reviewed = await unitOfficer.get(`/api/review/applications/${applicationId}`);
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.legalRepresentative).toEqual({ name: '张建国', idMasked: '110*************2X' });
    expect(JSON.stringify(reviewed.body)).not.toContain(RESIDENT_ID);

    // Submitted: the copy whose scan went in verifies as the one submitted; the first, outdated one does not.
    const used = await request(http()).get(`/api/verify/${code}`).set('X-Forwarded-For', nextAddress());
    expect(used.body.signingCopy).toMatchObject({ current: true, submitted: true });
    const stale = await request(http()).get(`/api/verify/${printed}`).set('X-Forwarded-For', nextAddress());
    expect(stale.body.signingCopy).toMatchObject({ current: false, submitted: true });

    const late = await demo.get(`/api/applications/${applicationId}/documents/signing-copy.pdf`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('NOT_EDITABLE');
    // The archived 申报书 lists the signed scan among the attachments and bears no 签字盖章用 mark.
    const archived = compact(pdfText((await download(demo, `/api/applications/${applicationId}/documents/application-form.pdf`)).body));
    expect(archived).toContain('申报书签字盖章扫描件');
    expect(archived).not.toContain('【签字盖章用】');
  });

  describe('slot templates', () => {
    const template = Buffer.concat([SCAN_PDF, Buffer.from('% 信用承诺书模板\n', 'utf8')]);

    it('gives every open demo call a 信用承诺书 template at start-up (a real PDF with the CJK font)', async () => {
      const open = await server.dataSource.query("SELECT id FROM `call` WHERE status = 'open' AND id <> ? ORDER BY id", [callId]);
      expect(open.length).toBeGreaterThan(0);
      const rows = await server.dataSource.query("SELECT call_id AS callId, slot_key AS slotKey, file_name AS fileName FROM slot_template WHERE call_id <> ? ORDER BY call_id", [callId]);
      expect(rows.map((row: { callId: number }) => row.callId)).toEqual(open.map((row: { id: number }) => row.id));
      expect(rows.every((row: { slotKey: string; fileName: string }) => row.slotKey === 'credit_commitment' && row.fileName === '信用承诺书（模板）.pdf')).toBe(true);
      const pdf = await download(officer, `/api/calls/${rows[0].callId}/slots/credit_commitment/template`);
      expect(pdf.status).toBe(200);
      const text = compact(pdfText(pdf.body));
      expect(text).toContain('信用承诺书');
      expect(text).toContain('申报单位（盖章）：');
      expect(text).toContain('法定代表人（签字）：');
    });

    it('lets the call’s officer upload a template, and the enterprise download it from its application (audited)', async () => {
      const downloadsBefore = await audited('slot_template.downloaded');
      const uploaded = await upload(officer, `/api/calls/${callId}/slots/credit_commitment/template`, template, '信用承诺书（模板）.pdf');
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toMatchObject({ slotKey: 'credit_commitment', slotName: { zh: '信用承诺书' }, contentType: 'application/pdf', size: template.length, sha256: sha256(template) });
      expect((await officer.get(`/api/calls/${callId}/slot-templates`)).body.map((item: { slotKey: string }) => item.slotKey)).toEqual(['credit_commitment']);
      const byOfficer = await download(officer, `/api/calls/${callId}/slots/credit_commitment/template`);
      expect(byOfficer.body.equals(template)).toBe(true);
      const byEnterprise = await download(demo, `/api/applications/${applicationId}/templates/credit_commitment`);
      expect(byEnterprise.status).toBe(200);
      expect(byEnterprise.body.equals(template)).toBe(true);
      expect(byEnterprise.headers['content-disposition']).toContain(encodeURIComponent('信用承诺书'));
      expect((await demo.get(`/api/applications/${applicationId}/documents`)).body.templates).toEqual([expect.objectContaining({ slotKey: 'credit_commitment', sha256: sha256(template) })]);
      expect(await audited('slot_template.uploaded')).toBe(1);
      expect(await audited('slot_template.downloaded')).toBe(downloadsBefore + 2);
      expect((await download(demo, `/api/applications/${applicationId}/templates/business_licence`)).status).toBe(404);
    });

    it('refuses other roles and other enterprises: a district officer and an enterprise cannot manage templates; another enterprise gets 404', async () => {
      const district = await signIn(http(), 'district.hongshan', DEMO_PASSWORD, nextAddress());
      for (const who of [district, demo]) {
        expect((await upload(who, `/api/calls/${callId}/slots/credit_commitment/template`, template, 'x.pdf')).status).toBe(403);
        expect((await who.delete(`/api/calls/${callId}/slots/credit_commitment/template`)).status).toBe(403);
        expect((await who.get(`/api/calls/${callId}/slots/credit_commitment/template`)).status).toBe(403);
      }
      const outsider = request.agent(http());
      const registered = await outsider
        .post('/api/auth/register')
        .set('X-Forwarded-For', nextAddress())
        .send({ uscc: freshUscc(), enterpriseName: '武汉别家模板测试有限公司', contactName: '王别家', mobile: '13700004321', email: 'wang@template.example.cn', password: 'Other#2026x' });
      expect(registered.status).toBe(201);
      const theirs = await outsider.get(`/api/applications/${applicationId}/templates/credit_commitment`);
      expect(theirs.status).toBe(404);
      expect((await outsider.get(`/api/applications/${applicationId}/documents`)).status).toBe(404);
      expect((await outsider.get(`/api/applications/${applicationId}/documents/signing-copy.pdf`)).status).toBe(404);
    });

    it('replaces a template (the old object goes) and removes it; refuses a type a template cannot be', async () => {
      const before = await keys(`templates/${callId}/`);
      expect(before).toHaveLength(1);
      const docx = await upload(officer, `/api/calls/${callId}/slots/credit_commitment/template`, Buffer.from('not a document at all'.repeat(10)), 'x.pdf');
      expect(docx.status).toBe(415);
      const replacement = Buffer.concat([SCAN_PDF, Buffer.from('% 第二版\n', 'utf8')]);
      const replaced = await upload(officer, `/api/calls/${callId}/slots/credit_commitment/template`, replacement, '信用承诺书（第二版）.pdf');
      expect(replaced.status).toBe(201);
      const after = await keys(`templates/${callId}/`);
      expect(after).toHaveLength(1);
      expect(after).not.toEqual(before);
      expect((await download(demo, `/api/applications/${applicationId}/templates/credit_commitment`)).body.equals(replacement)).toBe(true);
      expect(await audited('slot_template.replaced')).toBe(1);

      expect((await officer.delete(`/api/calls/${callId}/slots/credit_commitment/template`)).status).toBe(204);
      expect(await keys(`templates/${callId}/`)).toEqual([]);
      expect((await download(demo, `/api/applications/${applicationId}/templates/credit_commitment`)).status).toBe(404);
      expect((await officer.delete(`/api/calls/${callId}/slots/credit_commitment/template`)).status).toBe(404);
      expect(await audited('slot_template.removed')).toBe(1);
      expect((await upload(officer, `/api/calls/${callId}/slots/no_such_slot/template`, template, 'x.pdf')).status).toBe(404);
    });

    it('has the cleanup job remove a template object no row names (a process stopped mid-upload), never a committed one', async () => {
      const committed = await keys('templates/');
      expect(committed.length).toBeGreaterThan(0);
      const orphan = `templates/${callId}/00000000-0000-4000-8000-0000000000aa.pdf`;
      await storage.put(orphan, template, template.length, 'application/pdf');
      const report = await server.app.get(AttachmentCleanupJob).run(new Date(Date.now() + 61 * 60 * 1000));
      expect(report.orphans).toContain(orphan);
      expect(await keys('templates/')).toEqual(committed);
    });
  });

  it('prints no 签字盖章用 copy once the deadline has passed (the server’s clock decides), as no upload or save is taken then', async () => {
    clock.advance(90 * 24 * 60 * 60_000);
    const late = await signIn(http(), DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    const refused = await late.get(`/api/applications/${seededDraft}/documents/signing-copy.pdf`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('APPLICATION_DEADLINE_PASSED');
    const area = (await late.get(`/api/applications/${seededDraft}/documents`)).body;
    expect(area).toMatchObject({ editable: false, warning: null, signingCopy: { available: false, currentCode: null } });
  });
});
