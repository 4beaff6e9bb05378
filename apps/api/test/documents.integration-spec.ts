import { createHash } from 'node:crypto';
import { DEFAULT_RUBRIC, defaultAttachmentSlots, defaultCallSettings, formatVerificationCode } from '@shifan/domain';
import { buildSmartMfgApplication } from '@shifan/domain/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { DocumentArchiveJob } from '../src/documents/document-archive.job';
import { DocumentArchiver } from '../src/documents/document-archiver';
import { ObjectStorage } from '../src/storage/object-storage';
import { DEMO_PASSWORD, freshUscc, session, type Session, signIn } from './auth-helpers';
import { binary, compact, pdfFonts, pdfText, qpdfCheck } from './pdf-tools';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const MINUTE = 60_000;
const DEMO_ENTERPRISE = '91420100MAEC200T12';
const completeApplication = buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' });

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

interface DocumentRow {
  id: number;
  kind: string;
  code: string;
  objectKey: string;
  receiptNo: string;
  size: number;
}

describe('documents: the 申报书 and receipt archived at submission, verified publicly; the call’s 汇总表', () => {
  let server: RunningServer;
  let storage: ObjectStorage;
  let officer: Session;
  let demo: Session;
  let callId: number;
  let applicationId: number;
  let receiptNo: string;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const log = memoryLogger('warn');
  let address = 0;
  const http = () => server.app.getHttpServer();
  const nextAddress = () => `10.60.${Math.floor(++address / 250)}.${address % 250}`;

  const download = (who: Session, path: string) => who.agent.get(path).buffer(true).parse(binary);
  const documents = async (application: number): Promise<DocumentRow[]> =>
    server.dataSource.query(
      'SELECT id, kind, code, object_key AS objectKey, receipt_no AS receiptNo, size FROM document WHERE application_id = ? ORDER BY id',
      [application],
    );
  const audited = async (action: string, targetId: number) =>
    Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND target_id = ?', [action, String(targetId)]))[0].n);
  const stored = async (key: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.get(key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const keys = async (prefix: string) => {
    const found: string[] = [];
    for await (const object of storage.list(prefix)) found.push(object.key);
    return found.sort();
  };

  beforeAll(async () => {
    const config = testConfig({ PUBLIC_URL: 'https://portal.example.gov.cn' });
    await resetDatabase(config);
    server = await startServer(config, { logger: log.logger, clock });
    // The demo seed's applications in review (submitted days ago, never archived) go to the repair job's first run.
    const seeded = await server.app.get(DocumentArchiveJob).run(clock.now());
    expect(seeded.queued.length).toBe(7);
    await server.app.get(DocumentArchiver).settled();
    storage = server.app.get(ObjectStorage);
    officer = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    demo = await signIn(http(), DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    const created = await officer.post('/api/calls', {
      category: 'SMART_MFG_PILOT',
      level: 'municipal',
      title: '2026年智能制造试点示范（文件测试批次）',
      notice: '测试',
      settings: defaultCallSettings('SMART_MFG_PILOT', { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' }),
      attachmentSlots: defaultAttachmentSlots('SMART_MFG_PILOT').map((slot) => ({ ...slot, required: false })),
      rubric: DEFAULT_RUBRIC,
    });
    expect(created.status).toBe(201);
    callId = created.body.id;
    expect((await officer.post(`/api/calls/${callId}/open`)).status).toBe(200);

    // A rare character outside the font, in the profile's address: printed as □ and logged, never a crash.
    const profile = (await demo.get('/api/enterprise/profile')).body;
    const saved = await demo.put('/api/enterprise/profile', { version: profile.version, data: { ...profile.data, registeredAddress: '武汉市洪山区𠀀关山大道1号' } });
    expect(saved.status).toBe(200);

    const started = await demo.post(`/api/calls/${callId}/applications`);
    expect(started.status).toBe(201);
    applicationId = started.body.id;
    const draft = await demo.put(`/api/applications/${applicationId}/draft`, { version: started.body.version, data: completeApplication });
    expect(draft.body.eligibility.verdict).toBe('eligible');
  });

  afterAll(() => server?.close());

  it('prints a draft 申报书 with the 草稿 watermark before submission, archives nothing, and has no receipt yet', async () => {
    const response = await download(demo, `/api/applications/${applicationId}/documents/application-form.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".*"; filename\*=UTF-8''/);
    const text = pdfText(response.body);
    expect(compact(text)).toContain('受理编号：（尚未提交）');
    expect(compact(pdfText(response.body, 3))).toMatch(/草[\s\S]*稿|稿[\s\S]*草/);
    expect(await documents(applicationId)).toEqual([]);
    expect((await demo.get(`/api/applications/${applicationId}/documents/receipt.pdf`)).status).toBe(404);
    expect(await audited('document.downloaded', applicationId)).toBe(1);
  });

  it('archives the final 申报书 and its receipt at submission: objects under documents/, then their rows', async () => {
    const attachment = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(2048, 7)]);
    const uploaded = await demo.agent
      .post(`/api/applications/${applicationId}/slots/business_licence/attachments`)
      .set('X-CSRF-Token', demo.csrf)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', encodeURIComponent('营业执照.pdf'))
      .send(attachment);
    expect(uploaded.status).toBe(201);

    const profile = (await demo.get('/api/enterprise/profile')).body;
    const submitted = await demo.post(`/api/applications/${applicationId}/submit`);
    expect(submitted.status).toBe(200);
    receiptNo = submitted.body.receiptNo;
    // A profile edit right after the submit does not reach the archive: it prints the profile the submit checked.
    const moved = await demo.put('/api/enterprise/profile', { version: profile.version, data: { ...profile.data, registeredAddress: '武汉市江夏区新址大道2号' } });
    expect(moved.status).toBe(200);
    await server.app.get(DocumentArchiver).settled(); // archived right after the commit, off the submit's response
    const rows = await documents(applicationId);
    expect(rows.map((row) => row.kind)).toEqual(['application_form', 'receipt']);
    for (const row of rows) {
      expect(row.receiptNo).toBe(receiptNo);
      expect(row.code).toMatch(/^[0-9a-f]{12}$/);
      expect(row.objectKey).toMatch(new RegExp(`^documents/${applicationId}/${receiptNo}-\\d{8}T\\d{6}\\d*Z-(application-form|receipt)\\.pdf$`));
      expect((await stored(row.objectKey)).length).toBe(row.size);
    }
    expect(await audited('documents.archived', applicationId)).toBe(1);
    const warning = log.lines().find((line) => line.msg === 'characters missing from the font were printed as □');
    expect(warning).toMatchObject({ applicationId, kind: 'application_form', codePoints: ['U+20000'] });

    const response = await download(demo, `/api/applications/${applicationId}/documents/application-form.pdf`);
    expect(response.status).toBe(200);
    const form = rows[0];
    expect(response.body.equals(await stored(form.objectKey))).toBe(true);
    expect(response.headers['x-verification-code']).toBe(formatVerificationCode(form.code));
    expect(qpdfCheck(response.body).status).toBe(0);
    expect(pdfFonts(response.body).every((font) => font.embedded && font.subset)).toBe(true);
    const text = compact(pdfText(response.body));
    expect(text).toContain(`受理编号：${receiptNo}`);
    expect(text).toContain('提交时间：2026年06月01日10:00:00（北京时间）');
    expect(text).toContain('注册地址武汉市洪山区□关山大道1号');
    expect(text).not.toContain('新址大道');
    expect(text).toContain(`SHA-256:${sha256(attachment)}`);
    expect(text).toContain(`核验码${formatVerificationCode(form.code)}`);
    expect(text).toContain(`https://portal.example.gov.cn/verify/${formatVerificationCode(form.code)}`);
    expect(text).not.toMatch(/[草稿]/);
    expect(await audited('document.downloaded', applicationId)).toBe(2);
  });

  it('serves the receipt, bound to the 申报书 by its code and content hash', async () => {
    const [form, receipt] = await documents(applicationId);
    const response = await download(demo, `/api/applications/${applicationId}/documents/receipt.pdf`);
    expect(response.status).toBe(200);
    expect(response.body.equals(await stored(receipt.objectKey))).toBe(true);
    const text = compact(pdfText(response.body));
    expect(text).toContain(`受理编号${receiptNo}`);
    expect(text).toContain(`申报书核验码${formatVerificationCode(form.code)}`);
    expect(text).toContain('第1页共1页');
  });

  it('verifies a printed code for anyone, saying only what the document certifies', async () => {
    const [form, receipt] = await documents(applicationId);
    const answer = await request(http()).get(`/api/verify/${formatVerificationCode(form.code)}`).set('X-Forwarded-For', nextAddress());
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      code: formatVerificationCode(form.code),
      found: true,
      document: {
        kind: 'application_form',
        kindLabel: { zh: '申报书', en: 'Application form' },
        receiptNo,
        enterpriseName: expect.any(String),
        callTitle: '2026年智能制造试点示范（文件测试批次）',
        submittedAt: '2026-06-01T02:00:00.000Z',
        contentSha256: expect.stringMatching(new RegExp(`^${form.code}[0-9a-f]{52}$`)),
        current: true,
      },
    });
    const typed = await request(http()).get(`/api/verify/${receipt.code.toUpperCase().replace(/(.{4})/g, '$1 ').trim()}`).set('X-Forwarded-For', nextAddress());
    expect(typed.body).toMatchObject({ found: true, document: { kind: 'receipt', receiptNo } });
    for (const unknown of ['0000-0000-0000', 'not-a-code']) {
      const missing = await request(http()).get(`/api/verify/${unknown}`).set('X-Forwarded-For', nextAddress());
      expect(missing.status).toBe(200);
      expect(missing.body).toMatchObject({ found: false, document: null });
    }
  });

  it('hides another enterprise’s documents behind 404', async () => {
    const uscc = freshUscc();
    const agent = request.agent(http());
    const registered = await agent
      .post('/api/auth/register')
      .set('X-Forwarded-For', nextAddress())
      .send({ uscc, enterpriseName: `武汉其他制造${uscc.slice(-6)}有限公司`, contactName: '测试员', mobile: '13912345678', email: 'other@example.cn', password: 'Gugu#2026x' });
    expect(registered.status).toBe(201);
    const other = session(registered.body.csrfToken, agent);
    expect((await other.get(`/api/applications/${applicationId}/documents/application-form.pdf`)).status).toBe(404);
    expect((await other.get(`/api/applications/${applicationId}/documents/receipt.pdf`)).status).toBe(404);
  });

  it('archives again after a withdrawal and resubmission; the earlier code then verifies as no longer current', async () => {
    const [firstForm] = await documents(applicationId);
    const withdrawn = await demo.post(`/api/applications/${applicationId}/withdraw`);
    expect(withdrawn.body.state).toBe('withdrawn');
    const draft = await download(demo, `/api/applications/${applicationId}/documents/application-form.pdf`);
    expect(compact(pdfText(draft.body, 1))).toContain('草稿·尚未提交');
    // The last receipt stays available after a withdrawal.
    expect((await demo.get(`/api/applications/${applicationId}/documents/receipt.pdf`)).status).toBe(200);

    clock.advance(5 * MINUTE);
    const edited = await demo.put(`/api/applications/${applicationId}/draft`, { version: withdrawn.body.version, data: { ...completeApplication, projectName: '智能装备数字化车间建设项目（二期）' } });
    expect(edited.status).toBe(200);
    expect((await demo.post(`/api/applications/${applicationId}/submit`)).body.receiptNo).toBe(receiptNo);
    await server.app.get(DocumentArchiver).settled();

    const rows = await documents(applicationId);
    expect(rows.map((row) => row.kind)).toEqual(['application_form', 'receipt', 'application_form', 'receipt']);
    const latest = await download(demo, `/api/applications/${applicationId}/documents/application-form.pdf`);
    expect(latest.body.equals(await stored(rows[2].objectKey))).toBe(true);
    expect(compact(pdfText(latest.body))).toContain('智能装备数字化车间建设项目（二期）');
    expect(compact(pdfText(latest.body))).toContain('提交时间：2026年06月01日10:05:00');
    const old = await request(http()).get(`/api/verify/${firstForm.code}`).set('X-Forwarded-For', nextAddress());
    expect(old.body).toMatchObject({ found: true, document: { current: false, submittedAt: '2026-06-01T02:00:00.000Z' } });
    const current = await request(http()).get(`/api/verify/${rows[2].code}`).set('X-Forwarded-For', nextAddress());
    expect(current.body).toMatchObject({ found: true, document: { current: true } });
  });

  it('archives on the first download when archiving at submission did not happen, with the same code and bytes', async () => {
    const latest = (await documents(applicationId)).slice(2);
    const bytes = await stored(latest[0].objectKey);
    await server.dataSource.query('DELETE FROM document WHERE id IN (?, ?)', latest.map((row) => row.id));
    const response = await download(demo, `/api/applications/${applicationId}/documents/application-form.pdf`);
    expect(response.status).toBe(200);
    const after = await documents(applicationId);
    expect(after.slice(2).map((row) => [row.kind, row.code, row.objectKey])).toEqual(latest.map((row) => [row.kind, row.code, row.objectKey]));
    expect(response.body.equals(bytes)).toBe(true);
  });

  it('has the maintenance job archive a submission still without documents five minutes on', async () => {
    const latest = (await documents(applicationId)).slice(2);
    await server.dataSource.query('DELETE FROM document WHERE id IN (?, ?)', latest.map((row) => row.id));
    const job = server.app.get(DocumentArchiveJob);
    expect((await job.run(new Date('2026-06-01T02:06:00Z'))).queued).toEqual([]);
    expect((await job.run(new Date('2026-06-01T02:11:00Z'))).queued).toEqual([applicationId]);
    await server.app.get(DocumentArchiver).settled();
    expect((await documents(applicationId)).slice(2).map((row) => row.code)).toEqual(latest.map((row) => row.code));
    expect((await job.run(new Date('2026-06-01T02:11:00Z'))).queued).toEqual([]);
  });

  it('gives city officers the call’s 汇总表 as Excel, and refuses it to enterprises', async () => {
    const response = await officer.agent.get(`/api/calls/${callId}/applications.xlsx`).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('申报汇总表')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('受理编号');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe(receiptNo);
    expect(row.getCell(4).value).toBe(DEMO_ENTERPRISE);
    expect(row.getCell(8).value).toBe('智能装备数字化车间建设项目（二期）');
    expect(row.getCell(9).value).toBe(completeApplication.totalInvestmentWanYuan);
    expect(row.getCell(11).value).toEqual(new Date('2026-06-01T10:05:00.000Z'));
    expect(await audited('call.summary_exported', callId)).toBe(1);
    expect((await demo.get(`/api/calls/${callId}/applications.xlsx`)).status).toBe(403);
    expect((await officer.get('/api/calls/999999/applications.xlsx')).status).toBe(404);
  });

  it('removes document objects no row names once they are an hour old, and keeps the archived ones', async () => {
    const orphan = `documents/${applicationId}/orphan-application-form.pdf`;
    await storage.put(orphan, Buffer.from('%PDF-orphan'), 11, 'application/pdf');
    const job = server.app.get(DocumentArchiveJob);
    expect((await job.run(new Date())).orphans).toEqual([]);
    expect((await job.run(new Date(Date.now() + 2 * 60 * MINUTE))).orphans).toEqual([orphan]);
    const named = (await documents(applicationId)).map((row) => row.objectKey).sort();
    expect(await keys(`documents/${applicationId}/`)).toEqual(named);
  });
});
