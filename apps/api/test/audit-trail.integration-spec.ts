import { AuditService } from '../src/audit/audit.service';
import { AUDIT_CHECKPOINT_JOB, AuditCheckpointService } from '../src/audit/audit-checkpoint.service';
import { CHECKPOINT_PREFIX, checkpointObjectKey, CheckpointSigner } from '../src/audit/audit-checkpoint';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { inTransaction } from '../src/database/transaction';
import { JobScheduler } from '../src/jobs/job-scheduler';
import { ObjectStorage } from '../src/storage/object-storage';
import { DEMO_PASSWORD, signIn } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

describe('the audit trail: consistent verification and signed checkpoints in S3', () => {
  let server: RunningServer;
  const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));
  const http = () => server.app.getHttpServer();
  const audit = () => server.app.get(AuditService);
  const checkpoints = () => server.app.get(AuditCheckpointService);
  const storage = () => server.app.get(ObjectStorage);

  const append = (action: string) => inTransaction(server.dataSource, (manager) => audit().record(manager, { action, detail: { test: true } }));
  const checkpointKeys = async () => {
    const keys: string[] = [];
    for await (const object of storage().list(CHECKPOINT_PREFIX)) keys.push(object.key);
    return keys;
  };

  beforeAll(async () => {
    const config = testConfig({ AUDIT_CHECKPOINT_KEY: 'integration-test-checkpoint-key-0123456789' });
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
  });

  afterAll(() => server.close());

  it('reports no false gap while several transactions append at the same time', async () => {
    for (let i = 0; i < 5; i++) await append('test.before');
    let writing = true;
    // SQLite has one connection and serialises writers; MariaDB runs them side by side (where the false gap showed).
    const writerCount = server.dataSource.options.type === 'better-sqlite3' ? 1 : 6;
    const writers = Array.from({ length: writerCount }, async (_, w) => {
      let n = 0;
      while (writing) {
        await append(`test.burst.${w}`);
        n++;
        await new Promise((resolve) => setImmediate(resolve)); // let I/O (the verifier's S3 reads) through

      }
      return n;
    });
    const results = [];
    for (let round = 0; round < 40; round++) results.push(await audit().verify());
    writing = false;
    const written = (await Promise.all(writers)).reduce((a, b) => a + b, 0);
    expect(written).toBeGreaterThan(20);
    expect(results.filter((result) => !result.ok)).toEqual([]);
    const final = await audit().verify();
    expect(final).toMatchObject({ ok: true, brokenAt: null, reason: null });
    expect(final.checked).toBeGreaterThanOrEqual(5 + written);
  });

  it('writes a signed checkpoint of the committed head to S3, once per head', async () => {
    const head = (await server.dataSource.query('SELECT last_seq AS seq, last_hash AS hash FROM audit_head WHERE id = 1'))[0];
    const written = await checkpoints().checkpoint(clock.now());
    expect(written).toMatchObject({ seq: Number(head.seq), hash: head.hash, createdAt: clock.now().toISOString() });
    expect(written!.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(await checkpointKeys()).toEqual([checkpointObjectKey(Number(head.seq))]);
    // Nothing moved: no second checkpoint.
    expect(await checkpoints().checkpoint(clock.now())).toBeNull();
    await append('test.after-checkpoint');
    clock.advance(3_600_000);
    // The same work as the scheduled job, which runs it under its lease.
    const run = await server.app.get(JobScheduler).runNow(AUDIT_CHECKPOINT_JOB, clock.now());
    expect(run).toMatchObject({ ran: true, outcome: 'succeeded', result: { seq: Number(head.seq) + 1 } });
    expect(await checkpointKeys()).toHaveLength(2);

    const admin = await signIn(http(), 'admin', DEMO_PASSWORD);
    const verification = await admin.get('/api/admin/audit/verify');
    expect(verification.status).toBe(200);
    expect(verification.body).toMatchObject({ ok: true, checkpoints: 2, checkpoint: null, reason: null });
  });

  it('reports a checkpoint signed with another key', async () => {
    const content = { seq: 1, hash: 'f'.repeat(64), createdAt: clock.now().toISOString() };
    const forged = { ...content, signature: new CheckpointSigner('a-key-that-is-not-the-configured-one-000').sign(content) };
    const body = Buffer.from(JSON.stringify(forged));
    await storage().put(checkpointObjectKey(1), body, body.length, 'application/json');
    expect(await audit().verify()).toMatchObject({ ok: false, reason: 'checkpoint-signature', brokenAt: 1, checkpoint: checkpointObjectKey(1) });
    await storage().remove(checkpointObjectKey(1));
    expect((await audit().verify()).ok).toBe(true);
  });

  it('detects the last records deleted and the head moved back, by the checkpoint that names them', async () => {
    await append('test.last-1');
    await append('test.last-2');
    const latest = await checkpoints().checkpoint(clock.now());
    expect(latest).not.toBeNull();
    const seq = latest!.seq;
    // An intruder with database access removes the last two records and rewinds the head: the chain alone still holds.
    const [kept] = await server.dataSource.query(`SELECT hash FROM audit_log WHERE seq = ${seq - 2}`);
    await server.dataSource.query(`DELETE FROM audit_log WHERE seq > ${seq - 2}`);
    await server.dataSource.query(`UPDATE audit_head SET last_seq = ${seq - 2}, last_hash = '${kept.hash}' WHERE id = 1`);

    const verification = await audit().verify();
    expect(verification).toMatchObject({ ok: false, reason: 'checkpoint-missing', brokenAt: seq, checkpoint: checkpointObjectKey(seq), checked: seq - 2 });
  });
});
