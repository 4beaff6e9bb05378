import { setTimeout as sleep } from 'node:timers/promises';
import { buildSmartMfgApplication } from '@shifan/domain/testing';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { DocumentArchiver } from '../src/documents/document-archiver';
import { DOCUMENT_OUTBOX_JOB, OUTBOX_FIRST_ATTEMPT_AFTER_MS } from '../src/documents/document-outbox';
import { JobScheduler, retryDelayMs } from '../src/jobs/job-scheduler';
import { DEMO_PASSWORD, type Session, signIn, smartMfgCallBody } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const SECOND = 1000;
const DEMO_ENTERPRISE = '91420100MAEC200T12';
const completeApplication = buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' });

interface OutboxRow {
  applicationId: number;
  receiptNo: string;
  attempts: number;
  nextAttemptAt: string | Date;
  lastError: string | null;
  doneAt: string | Date | null;
}

describe('document outbox: every acknowledged submission gets its archived 申报书 and receipt, whatever happens to the process', () => {
  const submittedAt = new Date('2026-06-01T02:00:00Z');
  const clock = new ManualClock(submittedAt);
  const config = testConfig();
  let a: RunningServer;
  let address = 0;
  const nextAddress = () => `10.71.${Math.floor(++address / 250)}.${address % 250}`;
  const acknowledged: { applicationId: number; receiptNo: string }[] = [];

  const outbox = async (server: RunningServer): Promise<OutboxRow[]> =>
    server.dataSource.query(
      'SELECT application_id AS applicationId, receipt_no AS receiptNo, attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError, done_at AS doneAt FROM document_outbox ORDER BY id',
    );
  const documents = async (server: RunningServer, applicationId: number): Promise<{ kind: string; receiptNo: string }[]> =>
    server.dataSource.query('SELECT kind, receipt_no AS receiptNo FROM document WHERE application_id = ? ORDER BY id', [applicationId]);

  /** A call open today; the demo enterprise applies to it with a complete form and submits. */
  async function submitToNewCall(officer: Session, demo: Session, title: string): Promise<{ applicationId: number; receiptNo: string }> {
    const created = await officer.post('/api/calls', smartMfgCallBody(title, { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' }));
    expect(created.status).toBe(201);
    expect((await officer.post(`/api/calls/${created.body.id}/open`)).status).toBe(200);
    const started = await demo.post(`/api/calls/${created.body.id}/applications`);
    expect(started.status).toBe(201);
    const draft = await demo.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: completeApplication });
    expect(draft.body.eligibility.verdict).toBe('eligible');
    const submitted = await demo.post(`/api/applications/${started.body.id}/submit`);
    expect(submitted.status).toBe(200);
    return { applicationId: started.body.id, receiptNo: submitted.body.receiptNo };
  }

  beforeAll(async () => {
    await resetDatabase(config);
    a = await startServer(config, { logger: memoryLogger('warn').logger, clock });
  });

  afterAll(() => a?.close());

  it('writes the outbox row in the submit’s transaction; the archiving right after the commit closes it', async () => {
    const http = a.app.getHttpServer();
    const officer = await signIn(http, 'city.officer', DEMO_PASSWORD, nextAddress());
    const demo = await signIn(http, DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    const first = await submitToNewCall(officer, demo, '2026年智能制造试点示范（发件箱测试一）');
    expect(await outbox(a)).toEqual([expect.objectContaining({ applicationId: first.applicationId, receiptNo: first.receiptNo, attempts: 0, doneAt: null })]);
    await a.app.get(DocumentArchiver).settled();
    expect((await documents(a, first.applicationId)).map((row) => row.kind)).toEqual(['application_form', 'receipt']);
    expect((await outbox(a))[0].doneAt).not.toBeNull();
    expect((await a.app.get(JobScheduler).runNow(DOCUMENT_OUTBOX_JOB)).result).toEqual({ archived: [], superseded: [], failed: [] });
  });

  it('keeps a submission whose archiving failed (storage down, then the process stopped), and retries it with back-off', async () => {
    const http = a.app.getHttpServer();
    const officer = await signIn(http, 'city.officer', DEMO_PASSWORD, nextAddress());
    const demo = await signIn(http, DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    // The storage stops answering: submits still succeed (they touch only the database) …
    const calls = ['2026年智能制造试点示范（发件箱测试二）', '2026年智能制造试点示范（发件箱测试三）'];
    await a.stopEmbeddedStorage!();
    for (const title of calls) acknowledged.push(await submitToNewCall(officer, demo, title));
    // … but their archiving fails, right after the commit and in the outbox job (not tried by the job before the
    // in-process archiving has had its chance).
    await a.app.get(DocumentArchiver).settled();
    expect((await a.app.get(JobScheduler).runNow(DOCUMENT_OUTBOX_JOB)).result).toEqual({ archived: [], superseded: [], failed: [] });
    clock.advance(OUTBOX_FIRST_ATTEMPT_AFTER_MS);
    const run = await a.app.get(JobScheduler).runNow(DOCUMENT_OUTBOX_JOB);
    expect(run).toMatchObject({ ran: true, outcome: 'succeeded', result: { archived: [], failed: acknowledged.map((s) => s.applicationId) } });
    const pending = (await outbox(a)).slice(1);
    expect(pending).toEqual(acknowledged.map(({ applicationId }) => expect.objectContaining({ applicationId, attempts: 1, doneAt: null, lastError: expect.any(String) })));
    expect(new Date(pending[0].nextAttemptAt).getTime()).toBe(clock.now().getTime() + retryDelayMs(1, a.config.jobs.retryBaseMs, a.config.jobs.retryMaxMs));
    // Not retried before its back-off is over.
    clock.advance(10 * SECOND);
    expect((await a.app.get(JobScheduler).runNow(DOCUMENT_OUTBOX_JOB)).result).toEqual({ archived: [], superseded: [], failed: [] });
    for (const { applicationId } of acknowledged) expect(await documents(a, applicationId)).toEqual([]);
    await a.close(); // the process goes away with the work undone
  });

  it('has a fresh process on the same database archive them, on its own timer, within seconds of its start', async () => {
    const restartedAt = new Date(submittedAt.getTime() + 90 * SECOND);
    const b = await startServer(testConfig({ DATA_DIR: config.dataDir, JOBS_ENABLED: 'true' }), { logger: memoryLogger('warn').logger, clock: new ManualClock(restartedAt) });
    try {
      const started = Date.now();
      const archived = async () => (await Promise.all(acknowledged.map(async ({ applicationId }) => (await documents(b, applicationId)).length === 2))).every(Boolean);
      while (!(await archived()) && Date.now() - started < 60 * SECOND) await sleep(250);
      expect(Date.now() - started).toBeLessThan(2 * 60 * SECOND);
      for (const { applicationId, receiptNo } of acknowledged) {
        expect(await documents(b, applicationId)).toEqual([
          { kind: 'application_form', receiptNo },
          { kind: 'receipt', receiptNo },
        ]);
      }
      expect((await outbox(b)).every((row) => row.doneAt !== null)).toBe(true);
    } finally {
      await b.close();
    }
  });
});
