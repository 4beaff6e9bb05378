import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSmartMfgApplication } from '@shifan/domain/testing';
import type { DataSource } from 'typeorm';
import { CheckpointSigner } from '../src/audit/audit-checkpoint';
import { AuditCheckpointService } from '../src/audit/audit-checkpoint.service';
import { verifyAuditTrail } from '../src/audit/audit-verify';
import { backup, type BackupManifest, restore, tablesInDependencyOrder } from '../src/backup/backup';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { loadConfig } from '../src/config/app-config';
import { connectDatabase } from '../src/database/connect';
import { DocumentArchiver } from '../src/documents/document-archiver';
import { type EmbeddedS3, startEmbeddedS3 } from '../src/storage/embedded-s3';
import { MinioObjectStorage } from '../src/storage/minio-object-storage';
import { ObjectStorage } from '../src/storage/object-storage';
import { DEMO_PASSWORD, signIn, smartMfgCallBody } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const KEY = 'backup-test-checkpoint-key-0123456789abcdef';
const DEMO_ENTERPRISE = '91420100MAEC200T12';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from('1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1')]);

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

async function objectHashes(storage: ObjectStorage): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for await (const object of storage.list('')) {
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.get(object.key)) chunks.push(chunk as Buffer);
    hashes[object.key] = sha256(Buffer.concat(chunks));
  }
  return hashes;
}

/** Every table's rows (the migrations table too), in primary-key order. */
async function snapshot(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const meta of tablesInDependencyOrder(dataSource)) {
    const order = meta.primaryColumns.map((column) => dataSource.driver.escape(column.databaseName)).join(', ');
    tables[meta.tableName] = await dataSource.query(`SELECT * FROM ${dataSource.driver.escape(meta.tableName)} ORDER BY ${order}`);
  }
  tables.migrations = await dataSource.query('SELECT * FROM migrations ORDER BY id');
  return tables;
}

/** An empty restore target: a fresh database (SQLite file, or the `<name>b` database next to DB_URL's) and a fresh S3 server. */
async function freshTarget(source: DataSource): Promise<{ dataSource: DataSource; storage: MinioObjectStorage; s3: EmbeddedS3; close(): Promise<void> }> {
  let dbUrl = '';
  if (process.env.DB_URL) {
    const url = new URL(process.env.DB_URL);
    url.pathname = `/${url.pathname.slice(1)}b`;
    await source.query(`CREATE DATABASE IF NOT EXISTS ${source.driver.escape(url.pathname.slice(1))} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    dbUrl = url.toString();
  }
  const dataDir = tmp('shifan-restore-');
  const config = loadConfig({ DB_URL: dbUrl, DATA_DIR: dataDir, AUDIT_CHECKPOINT_KEY: KEY }, dataDir);
  await resetDatabase(config);
  const dataSource = await connectDatabase(config.db, memoryLogger('warn').logger);
  const s3 = await startEmbeddedS3(path.join(dataDir, 'objects'));
  const storage = new MinioObjectStorage({ ...s3, bucket: 'shifan', region: 'us-east-1' });
  await storage.ensureBucket('us-east-1');
  return {
    dataSource,
    storage,
    s3,
    close: async () => {
      await dataSource.destroy();
      await s3.close();
    },
  };
}

describe('npm run backup / npm run restore', () => {
  let server: RunningServer;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const http = () => server.app.getHttpServer();
  let folder: string;
  let applicationId: number;

  beforeAll(async () => {
    const config = testConfig({ AUDIT_CHECKPOINT_KEY: KEY });
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    // An application with an attachment, submitted, its 申报书 and receipt archived; then a checkpoint of the trail.
    const officer = await signIn(http(), 'city.officer', DEMO_PASSWORD, '10.80.0.1');
    const demo = await signIn(http(), DEMO_ENTERPRISE, DEMO_PASSWORD, '10.80.0.2');
    const created = await officer.post('/api/calls', smartMfgCallBody('2026年智能制造试点示范（备份测试批次）', { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' }));
    expect(created.status).toBe(201);
    expect((await officer.post(`/api/calls/${created.body.id}/open`)).status).toBe(200);
    const started = await demo.post(`/api/calls/${created.body.id}/applications`);
    expect(started.status).toBe(201);
    applicationId = started.body.id;
    const draft = await demo.put(`/api/applications/${applicationId}/draft`, { version: started.body.version, data: buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' }) });
    expect(draft.status).toBe(200);
    const uploaded = await demo.agent
      .post(`/api/applications/${applicationId}/slots/other/attachments`)
      .set('X-CSRF-Token', demo.csrf)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', encodeURIComponent('补充材料.pdf'))
      .send(PDF);
    expect(uploaded.status).toBe(201);
    expect((await demo.post(`/api/applications/${applicationId}/submit`)).status).toBe(200);
    await server.app.get(DocumentArchiver).settled();
    expect(await server.app.get(AuditCheckpointService).checkpoint(clock.now())).not.toBeNull();
    folder = path.join(tmp('shifan-backup-'), 'copy');
  });

  afterAll(() => server?.close());

  it('restores into a fresh database and S3 server with every row and object identical, and the audit chain verifies', async () => {
    const storage = server.app.get(ObjectStorage);
    const report = await backup(server.dataSource, storage, folder, clock.now());
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as BackupManifest;
    const source = await snapshot(server.dataSource);
    const sourceObjects = await objectHashes(storage);

    // The manifest: tables with their row counts (parents first), objects with size and SHA-256, migrations, time.
    expect(manifest.createdAt).toBe(clock.now().toISOString());
    expect(manifest.migrations).toEqual(source.migrations.map((row) => (row as { name: string }).name));
    for (const table of manifest.tables) expect(table.rows).toBe(source[table.name].length);
    const order = manifest.tables.map((table) => table.name);
    expect(order.indexOf('enterprise')).toBeLessThan(order.indexOf('application'));
    expect(order.indexOf('application')).toBeLessThan(order.indexOf('attachment'));
    expect(Object.fromEntries(manifest.objects.map((object) => [object.key, object.sha256]))).toEqual(sourceObjects);
    const keys = Object.keys(sourceObjects);
    expect(keys.some((key) => key.startsWith(`attachments/${applicationId}/`))).toBe(true);
    expect((await server.dataSource.query('SELECT object_key AS k FROM document WHERE application_id = ?', [applicationId])).map((row: { k: string }) => row.k).every((key: string) => keys.includes(key))).toBe(true);
    expect(keys.some((key) => key.startsWith('audit/checkpoints/'))).toBe(true);
    expect(report).toMatchObject({ tables: manifest.tables.length, objects: keys.length });

    const target = await freshTarget(server.dataSource);
    try {
      const restored = await restore(target.dataSource, target.storage, folder);
      expect(restored).toMatchObject({ tables: manifest.tables.length, objects: keys.length });
      expect(await snapshot(target.dataSource)).toEqual(source);
      expect(await objectHashes(target.storage)).toEqual(sourceObjects);
      const verified = await verifyAuditTrail(target.dataSource, { storage: target.storage, signer: new CheckpointSigner(KEY) });
      expect(verified).toMatchObject({ ok: true, checked: Number(source.audit_head.length && (source.audit_head[0] as { last_seq: number }).last_seq) });
      expect(verified.checkpoints).toBeGreaterThanOrEqual(1);

      // A second restore onto the now-used copy is refused; --force replaces it.
      await expect(restore(target.dataSource, target.storage, folder)).rejects.toThrow(/The database is not empty \(table seed_run has rows\)/);
      await restore(target.dataSource, target.storage, folder, { force: true });
      expect(await snapshot(target.dataSource)).toEqual(source);
    } finally {
      await target.close();
    }
  });

  it('refuses a backup with a corrupted object, writing nothing', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as BackupManifest;
    const victim = manifest.objects.find((object) => object.key.startsWith('attachments/'))!;
    const file = path.join(folder, victim.file);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 2] ^= 0xff;
    fs.writeFileSync(file, bytes);

    const target = await freshTarget(server.dataSource);
    try {
      await expect(restore(target.dataSource, target.storage, folder)).rejects.toThrow(`Backup corrupted: object ${victim.key}`);
      expect(await objectHashes(target.storage)).toEqual({});
      const tables = target.dataSource.options.type === 'better-sqlite3' ? await target.dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table'") : await target.dataSource.query('SHOW TABLES');
      expect(tables).toEqual([]);
    } finally {
      await target.close();
    }
  });
});
