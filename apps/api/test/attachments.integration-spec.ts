import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { addDays, beijingDate, type CallInput, DEFAULT_RUBRIC, defaultAttachmentSlots, defaultCallSettings, FILE_KIND_INFO } from '@shifan/domain';
import request from 'supertest';
import { AttachmentCleanupJob } from '../src/attachments/attachment-cleanup.job';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { startEmbeddedS3 } from '../src/storage/embedded-s3';
import { MinioObjectStorage } from '../src/storage/minio-object-storage';
import { ObjectStorage } from '../src/storage/object-storage';
import { DEMO_PASSWORD, freshUscc, type Session, signIn } from './auth-helpers';
import { binary } from './pdf-tools';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const MIB = 1024 * 1024;
const DEMO_ENTERPRISE = '91420100MAEC200T12';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** A PDF-looking file: the magic, then random bytes (the API judges the first bytes only). */
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(size)]).subarray(0, size);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A minimal stored (uncompressed) ZIP with valid CRCs, as Office and OFD writers produce (only bigger). */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const fileName = Buffer.from(name);
    const data = Buffer.from(text);
    const fixed = Buffer.alloc(26);
    fixed.writeUInt16LE(20, 0);
    fixed.writeUInt32LE(crc32(data), 10);
    fixed.writeUInt32LE(data.length, 14);
    fixed.writeUInt32LE(data.length, 18);
    fixed.writeUInt16LE(fileName.length, 22);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), fixed, fileName, data]);
    const tail = Buffer.alloc(16);
    tail.writeUInt32LE(offset, 12);
    centrals.push(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02, 20, 0]), fixed, tail, fileName]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const DOCX = zip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>', 'word/document.xml': '<w:document>申报书</w:document>' });
const XLSX = zip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>', 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': '<worksheet/>' });

interface RawAnswer {
  status: number;
  body: { code?: string } | null;
  headers: http.IncomingHttpHeaders;
  /** Bytes the client had handed to the socket when the answer came. */
  sent: number;
  /** Whether the client got to the end of its body before the answer. */
  completed: boolean;
}

/**
 * An upload by hand, so the test controls the framing (a declared Content-Length it never sends, or chunked) and sees
 * the answer while it is still sending; it stops sending as soon as the answer arrives.
 */
function rawUpload(url: string, headers: Record<string, string>, chunks: Iterable<Buffer>, options: { end: boolean } = { end: true }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers });
    let sent = 0;
    let completed = false;
    let answered = false;
    const stopped = new Promise<void>((done) => {
      req.once('response', () => done());
      req.once('close', () => done());
    });
    req.on('response', (res) => {
      answered = true;
      const body: Buffer[] = [];
      res.on('data', (chunk: Buffer) => body.push(chunk));
      res.on('end', () => {
        req.destroy();
        const text = Buffer.concat(body).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null, headers: res.headers, sent, completed });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    void (async () => {
      for (const chunk of chunks) {
        if (answered || req.destroyed) return;
        sent += chunk.length;
        if (!req.write(chunk)) await Promise.race([new Promise((done) => req.once('drain', done)), stopped]);
      }
      if (!answered && !req.destroyed) {
        completed = true;
        if (options.end) req.end(); // otherwise the body stays unfinished: only an answer can end the wait
      }
    })();
  });
}

/** A request without any body framing (neither Content-Length nor Transfer-Encoding), which http.request never sends. */
function bareRequest(url: string, method: string, headers: Record<string, string>): Promise<{ status: number; body: { code?: string } }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(target.port), target.hostname);
    const lines = [`${method} ${target.pathname} HTTP/1.1`, `Host: ${target.host}`, 'Connection: close', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head, body] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) });
    });
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}

describe('attachments: streamed through the API into S3, judged by content, within each slot’s cap', () => {
  let server: RunningServer;
  let storage: ObjectStorage;
  let owner: Session;
  let callId: number;
  let applicationId: number;
  let address = 0;
  const clock = new ManualClock(new Date());
  const http_ = () => server.app.getHttpServer();
  const nextAddress = () => `10.40.${Math.floor(++address / 250)}.${address % 250}`;

  const rows = async () => Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM attachment'))[0].n);
  const keys = async (prefix: string) => {
    const found: string[] = [];
    for await (const object of storage.list(prefix)) found.push(object.key);
    return found.sort();
  };
  const spoolFiles = () => {
    const directory = path.join(server.config.dataDir, 'uploads');
    return fs.existsSync(directory) ? fs.readdirSync(directory) : [];
  };
  const audited = async (action: string, targetId: number) =>
    Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND target_id = ?', [action, String(targetId)]))[0].n);

  const upload = (session: Session, application: number, slot: string, body: Buffer, fileName: string, contentType = 'application/octet-stream') =>
    session.agent
      .post(`/api/applications/${application}/slots/${slot}/attachments`)
      .set('X-CSRF-Token', session.csrf)
      .set('Content-Type', contentType)
      .set('X-File-Name', encodeURIComponent(fileName))
      .send(body);
  const download = (session: Session, application: number, attachment: number) =>
    session.agent.get(`/api/applications/${application}/attachments/${attachment}`).buffer(true).parse(binary);

  /** Cookie and CSRF token of a fresh session, for requests made by hand. */
  async function rawCredentials(login: string): Promise<Record<string, string>> {
    const response = await request(http_()).post('/api/auth/sign-in').set('X-Forwarded-For', nextAddress()).send({ login, password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).map((line) => line.split(';')[0]).join('; ');
    return { Cookie: cookie, 'X-CSRF-Token': response.body.csrfToken };
  }

  /** Nothing of a refused upload may remain: no row, no object, no spool file. */
  async function expectNothingStoredSince(before: { rows: number; attachments: string[] }) {
    expect(await rows()).toBe(before.rows);
    expect(await keys('attachments/')).toEqual(before.attachments);
    expect(await keys('tmp/')).toEqual([]);
    expect(spoolFiles()).toEqual([]);
  }
  const snapshot = async () => ({ rows: await rows(), attachments: await keys('attachments/') });

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    storage = server.app.get(ObjectStorage);

    const officer = await signIn(http_(), 'city.officer', DEMO_PASSWORD, nextAddress());
    const today = beijingDate(clock.now());
    const slots = defaultAttachmentSlots('SMART_MFG_PILOT').map((slot) => (slot.key === 'investment_evidence' ? { ...slot, maxSizeMb: 1 } : slot));
    const input: CallInput = {
      category: 'SMART_MFG_PILOT',
      level: 'municipal',
      title: '附件测试批次 智能制造试点示范',
      notice: '用于附件上传的集成测试。',
      settings: defaultCallSettings('SMART_MFG_PILOT', { opensOn: addDays(today, -1), applicationDeadline: addDays(today, 30) }),
      attachmentSlots: slots,
      rubric: { ...DEFAULT_RUBRIC, criteria: [...DEFAULT_RUBRIC.criteria] },
    };
    const created = await officer.post('/api/calls', input);
    expect(created.status).toBe(201);
    callId = created.body.id;
    expect((await officer.post(`/api/calls/${callId}/open`)).status).toBe(200);

    owner = await signIn(http_(), DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    const started = await owner.post(`/api/calls/${callId}/applications`);
    expect(started.status).toBe(201);
    applicationId = started.body.id;
  });

  afterAll(() => server?.close());

  it('stores a PDF streamed through the API and gives back the same bytes, with their SHA-256', async () => {
    const file = pdf(3 * MIB + 17);
    const response = await upload(owner, applicationId, 'business_licence', file, 'licence.pdf', 'application/pdf');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ slotKey: 'business_licence', fileName: 'licence.pdf', contentType: 'application/pdf', size: file.length, sha256: sha256(file) });

    const [row] = await server.dataSource.query('SELECT object_key AS objectKey, sha256 FROM attachment WHERE id = ?', [response.body.id]);
    expect(row.objectKey).toMatch(new RegExp(`^attachments/${applicationId}/[0-9a-f-]{36}\\.pdf$`));
    expect(await storage.stat(row.objectKey)).toMatchObject({ size: file.length, contentType: 'application/pdf' });
    expect(await keys('tmp/')).toEqual([]);
    expect(spoolFiles()).toEqual([]);

    const back = await download(owner, applicationId, response.body.id);
    expect(back.status).toBe(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.headers['content-length']).toBe(String(file.length));
    expect(back.headers['cache-control']).toBe('private, no-store');
    expect(back.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(file).digest('base64')}:`);
    expect(Buffer.isBuffer(back.body) && back.body.equals(file)).toBe(true);
    expect(sha256(back.body)).toBe(response.body.sha256);

    const application = await owner.get(`/api/applications/${applicationId}`);
    expect(application.body.attachments).toContainEqual(response.body);
    expect(await audited('attachment.uploaded', response.body.id)).toBe(1);
    expect(await audited('attachment.downloaded', response.body.id)).toBe(1);
  });

  it('refuses a PNG or plain text named report.pdf with 415, judged by content, and stores nothing', async () => {
    const before = await snapshot();
    for (const body of [Buffer.concat([PNG, randomBytes(200_000)]), Buffer.from('这不是PDF文件，只是改了扩展名。'.repeat(2000))]) {
      const response = await upload(owner, applicationId, 'credit_commitment', body, 'report.pdf', 'application/pdf').set('Accept-Language', 'en');
      expect(response.status).toBe(415);
      expect(response.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
      expect(response.body.message).toMatch(/PDF, OFD/);
    }
    await expectNothingStoredSince(before);
  });

  it('refuses at once, with 413, an upload whose declared Content-Length exceeds the slot’s cap', async () => {
    const before = await snapshot();
    const credentials = await rawCredentials(DEMO_ENTERPRISE);
    const answer = await rawUpload(
      `${server.url}/api/applications/${applicationId}/slots/investment_evidence/attachments`,
      { ...credentials, 'Content-Type': 'application/pdf', 'Content-Length': String(MIB + 1), 'X-File-Name': 'big.pdf' },
      [pdf(64 * 1024)],
      { end: false },
    );
    // The client sent 64 KiB of the 1 MiB + 1 it declared and is still waiting: the answer did not wait for the body.
    expect(answer.status).toBe(413);
    expect(answer.body?.code).toBe('FILE_TOO_LARGE');
    expect(answer.headers.connection).toBe('close');
    expect(answer.sent).toBe(64 * 1024);
    await expectNothingStoredSince(before);
  });

  it('stops a chunked upload mid-stream with 413 as soon as it passes the cap, and stores nothing', async () => {
    const before = await snapshot();
    const credentials = await rawCredentials(DEMO_ENTERPRISE);
    const total = 64 * MIB;
    function* body() {
      const block = randomBytes(64 * 1024);
      yield pdf(64 * 1024);
      for (let sent = 64 * 1024; sent < total; sent += block.length) yield block;
    }
    const answer = await rawUpload(
      `${server.url}/api/applications/${applicationId}/slots/investment_evidence/attachments`,
      { ...credentials, 'Content-Type': 'application/pdf', 'Transfer-Encoding': 'chunked', 'X-File-Name': encodeURIComponent('投资证明.pdf') },
      body(),
    );
    expect(answer.status).toBe(413);
    expect(answer.body?.code).toBe('FILE_TOO_LARGE');
    expect(answer.completed).toBe(false);
    expect(answer.sent).toBeLessThan(total / 2);
    await expectNothingStoredSince(before);

    // Just under the cap, the same slot takes it.
    const fits = pdf(MIB);
    const accepted = await upload(owner, applicationId, 'investment_evidence', fits, '投资证明.pdf');
    expect(accepted.status).toBe(201);
    expect(accepted.body.size).toBe(MIB);
  });

  it('leaves nothing behind when the commit fails after the copy: no row, no object, no temporary object', async () => {
    const before = await snapshot();
    const copy = storage.copy.bind(storage);
    storage.copy = async (source: string, target: string) => {
      await copy(source, target);
      throw new Error('simulated failure after the copy');
    };
    try {
      const response = await upload(owner, applicationId, 'other', pdf(50_000), 'doomed.pdf');
      expect(response.status).toBe(500);
      expect(response.body.code).toBe('INTERNAL_ERROR');
    } finally {
      storage.copy = copy;
    }
    await expectNothingStoredSince(before);
  });

  it('recognises DOCX and XLSX by their content, whatever their names say', async () => {
    const docx = await upload(owner, applicationId, 'other', DOCX, 'plan.bin');
    expect(docx.status).toBe(201);
    expect(docx.body).toMatchObject({ contentType: FILE_KIND_INFO.docx.mime, fileName: 'plan.bin.docx', sha256: sha256(DOCX) });
    const xlsx = await upload(owner, applicationId, 'financial_statements', XLSX, '2025年财务报表.xlsx', 'application/pdf');
    expect(xlsx.status).toBe(201);
    expect(xlsx.body).toMatchObject({ contentType: FILE_KIND_INFO.xlsx.mime, fileName: '2025年财务报表.xlsx' });
    const [row] = await server.dataSource.query('SELECT object_key AS objectKey FROM attachment WHERE id = ?', [xlsx.body.id]);
    expect(row.objectKey).toMatch(/\.xlsx$/);

    const before = await snapshot();
    const refused = await upload(owner, applicationId, 'credit_commitment', DOCX, 'signed.pdf');
    expect(refused.status).toBe(415);
    expect(refused.body.details).toEqual([expect.objectContaining({ path: 'file', code: 'DETECTED_TYPE', message: 'Word (DOCX)' })]);
    await expectNothingStoredSince(before);
  });

  it('keeps a Chinese file name through the round trip, sanitised', async () => {
    const name = '营业执照（副本）2026年 第1版.pdf';
    const file = pdf(10_000);
    const response = await upload(owner, applicationId, 'credit_commitment', file, `C:\\扫描件\\${name}`);
    expect(response.status).toBe(201);
    expect(response.body.fileName).toBe(name);
    const back = await download(owner, applicationId, response.body.id);
    const disposition = String(back.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe(name);
    expect(back.body.equals(file)).toBe(true);
  });

  it('lets a colleague of the same enterprise download, and answers 404 to another enterprise for download and delete', async () => {
    const file = pdf(5_000);
    const mine = await upload(owner, applicationId, 'other', file, '内部资料.pdf');
    expect(mine.status).toBe(201);

    const colleague = await signIn(http_(), 'declarant.demo', DEMO_PASSWORD, nextAddress());
    expect((await download(colleague, applicationId, mine.body.id)).body.equals(file)).toBe(true);

    const outsider = request.agent(http_());
    const registered = await outsider
      .post('/api/auth/register')
      .set('X-Forwarded-For', nextAddress())
      .send({ uscc: freshUscc(), enterpriseName: '武汉别家测试科技有限公司', contactName: '王别家', mobile: '13700001234', email: 'wang@other.example.cn', password: 'Other#2026x' });
    expect(registered.status).toBe(201);
    const csrf = registered.body.csrfToken;
    const theirs = await outsider.post(`/api/calls/${callId}/applications`).set('X-CSRF-Token', csrf).send({});
    expect(theirs.status).toBe(201);

    for (const application of [applicationId, theirs.body.id]) {
      const get = await outsider.get(`/api/applications/${application}/attachments/${mine.body.id}`);
      expect(get.status).toBe(404);
      expect(get.body.code).toBe('NOT_FOUND');
      const del = await outsider.delete(`/api/applications/${application}/attachments/${mine.body.id}`).set('X-CSRF-Token', csrf);
      expect(del.status).toBe(404);
    }
    const put = await outsider.post(`/api/applications/${applicationId}/slots/other/attachments`).set('X-CSRF-Token', csrf).set('Content-Type', 'application/pdf').set('X-File-Name', 'x.pdf').send(file);
    expect(put.status).toBe(404);
    expect((await download(owner, applicationId, mine.body.id)).status).toBe(200);
  });

  it('deletes in draft: the row, then the object; audited', async () => {
    const response = await upload(owner, applicationId, 'other', pdf(20_000), '待删除.pdf');
    expect(response.status).toBe(201);
    const [row] = await server.dataSource.query('SELECT object_key AS objectKey FROM attachment WHERE id = ?', [response.body.id]);
    expect(await storage.stat(row.objectKey)).not.toBeNull();

    const deleted = await owner.delete(`/api/applications/${applicationId}/attachments/${response.body.id}`);
    expect(deleted.status).toBe(204);
    expect(await storage.stat(row.objectKey)).toBeNull();
    expect((await download(owner, applicationId, response.body.id)).status).toBe(404);
    expect((await owner.delete(`/api/applications/${applicationId}/attachments/${response.body.id}`)).status).toBe(404);
    expect(await audited('attachment.deleted', response.body.id)).toBe(1);
  });

  it('refuses JSON bodies, a missing name, no length at all, an empty file and an unknown slot', async () => {
    const before = await snapshot();
    const json = await owner.post(`/api/applications/${applicationId}/slots/other/attachments`, { file: 'JVBERi0=' }).set('X-File-Name', 'a.pdf');
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const unnamed = await owner.agent.post(`/api/applications/${applicationId}/slots/other/attachments`).set('X-CSRF-Token', owner.csrf).set('Content-Type', 'application/pdf').send(pdf(100));
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.details).toEqual([expect.objectContaining({ path: 'X-File-Name', code: 'REQUIRED' })]);
    const credentials = await rawCredentials(DEMO_ENTERPRISE);
    const noLength = await bareRequest(`${server.url}/api/applications/${applicationId}/slots/other/attachments`, 'POST', { ...credentials, 'X-File-Name': 'a.pdf' });
    expect(noLength.status).toBe(411);
    expect(noLength.body?.code).toBe('LENGTH_REQUIRED');
    const empty = await upload(owner, applicationId, 'other', Buffer.alloc(0), 'empty.pdf');
    expect(empty.status).toBe(400);
    expect(empty.body.details).toEqual([expect.objectContaining({ path: 'file', code: 'EMPTY' })]);
    const unknown = await upload(owner, applicationId, 'no_such_slot', pdf(100), 'a.pdf');
    expect(unknown.status).toBe(404);
    const badParams = await upload(owner, applicationId, 'Bad-Slot', pdf(100), 'a.pdf');
    expect(badParams.status).toBe(400);
    await expectNothingStoredSince(before);
  });

  it('cleans up: removes a stale temporary object and an orphan under attachments/, never a committed one', async () => {
    const committed = await keys('attachments/');
    expect(committed.length).toBeGreaterThan(0);
    const orphan = `attachments/${applicationId}/00000000-0000-4000-8000-000000000000.pdf`;
    const stale = 'tmp/uploads/00000000-0000-4000-8000-000000000001';
    await storage.put(orphan, pdf(1000), 1000, 'application/pdf');
    await storage.put(stale, pdf(1000), 1000, 'application/pdf');
    const job = server.app.get(AttachmentCleanupJob);

    const now = await job.run();
    expect(now).toEqual({ temporary: [], orphans: [], spoolFiles: 0 }); // too young to judge

    const later = await job.run(new Date(Date.now() + 61 * 60 * 1000));
    expect(later.temporary).toEqual([stale]);
    expect(later.orphans).toEqual([orphan]);
    expect(await keys('attachments/')).toEqual(committed);
    expect(await keys('tmp/')).toEqual([]);
    const [first] = await server.dataSource.query('SELECT id FROM attachment WHERE application_id = ? ORDER BY id LIMIT 1', [applicationId]);
    expect((await download(owner, applicationId, first.id)).status).toBe(200);
  });

  it('refuses uploads and deletes once the deadline has passed (the server’s clock decides)', async () => {
    const [first] = await server.dataSource.query('SELECT id FROM attachment WHERE application_id = ? ORDER BY id LIMIT 1', [applicationId]);
    clock.advance(40 * 24 * 60 * 60 * 1000);
    const late = await signIn(http_(), DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    const before = await snapshot();
    const put = await upload(late, applicationId, 'other', pdf(1000), 'late.pdf');
    expect(put.status).toBe(409);
    expect(put.body.code).toBe('APPLICATION_DEADLINE_PASSED');
    const del = await late.delete(`/api/applications/${applicationId}/attachments/${first.id}`);
    expect(del.status).toBe(409);
    expect((await download(late, applicationId, first.id)).status).toBe(200);
    await expectNothingStoredSince(before);
  });
});

describe('the storage port’s additions for attachments: streamed put from disk, copy, list, removeMany', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-s3-att-'));
  let close: () => Promise<void>;
  let storage: MinioObjectStorage;

  beforeAll(async () => {
    const s3 = await startEmbeddedS3(directory);
    close = s3.close;
    storage = new MinioObjectStorage({ ...s3, bucket: 'shifan-att', region: 'us-east-1' });
    await storage.ensureBucket('us-east-1');
  });
  afterAll(async () => {
    await close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('puts a file from disk in one streamed PUT, copies it with its type and metadata, lists and removes', async () => {
    const file = path.join(directory, 'upload.part');
    const body = pdf(12 * MIB + 3);
    fs.writeFileSync(file, body);
    await storage.putFile('tmp/uploads/a', file, { size: body.length, contentType: 'application/pdf', sha256: sha256(body), metadata: { sha256: sha256(body) } });
    await storage.copy('tmp/uploads/a', 'attachments/1/a.pdf');
    expect(await storage.stat('attachments/1/a.pdf')).toMatchObject({ size: body.length, contentType: 'application/pdf', metadata: { sha256: sha256(body) } });
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.get('attachments/1/a.pdf')) chunks.push(chunk as Buffer);
    expect(sha256(Buffer.concat(chunks))).toBe(sha256(body));

    await storage.put('attachments/2/b.pdf', Buffer.from('%PDF-'), 5, 'application/pdf');
    const listed: { key: string; size: number; lastModified: Date }[] = [];
    for await (const object of storage.list('attachments/')) listed.push(object);
    expect(listed.map((object) => object.key)).toEqual(['attachments/1/a.pdf', 'attachments/2/b.pdf']);
    expect(listed[0].size).toBe(body.length);
    expect(Math.abs(listed[0].lastModified.getTime() - Date.now())).toBeLessThan(60_000);

    await storage.removeMany(['tmp/uploads/a', 'attachments/1/a.pdf', 'attachments/2/b.pdf', 'attachments/never-there.pdf']);
    await storage.removeMany([]);
    const left: string[] = [];
    for await (const object of storage.list('')) left.push(object.key);
    expect(left).toEqual([]);
  });
});
