import { setTimeout as sleep } from 'node:timers/promises';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { JobScheduler } from '../src/jobs/job-scheduler';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const MINUTE = 60_000;
const LEASE_SECONDS = 120;

/** A job whose runs wait for the test to let them finish, and that counts them. */
function gatedJob(name: string, intervalMs: number) {
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  const runs: Date[] = [];
  return {
    runs,
    close() {
      gate = new Promise<void>((resolve) => (release = resolve));
    },
    open() {
      release();
      gate = Promise.resolve();
    },
    job: { name, intervalMs, firstRunMs: 0, run: async (now: Date) => { runs.push(now); await gate; return runs.length; } },
  };
}

describe('scheduled jobs: one process at a time on a shared database, by the lease row', () => {
  const start = new Date('2026-06-01T02:00:00Z');
  const clockA = new ManualClock(start);
  const clockB = new ManualClock(start);
  let a: RunningServer;
  let b: RunningServer;
  const lease = async (name: string) =>
    (await a.dataSource.query('SELECT holder, lease_until AS leaseUntil, last_outcome AS lastOutcome, last_error AS lastError, last_finished_at AS lastFinishedAt FROM job_lease WHERE name = ?', [name]))[0];

  beforeAll(async () => {
    const config = testConfig({ JOBS_ENABLED: 'true', JOBS_LEASE_SECONDS: String(LEASE_SECONDS) });
    await resetDatabase(config);
    a = await startServer(config, { logger: memoryLogger('warn').logger, clock: clockA });
    // The second process: same database (and the same data folder, for SQLite), its own Nest application.
    b = await startServer(testConfig({ JOBS_ENABLED: 'true', JOBS_LEASE_SECONDS: String(LEASE_SECONDS), DATA_DIR: config.dataDir }), { logger: memoryLogger('warn').logger, clock: clockB });
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('moves the attachment cleanup and the document maintenance onto the scheduler', () => {
    expect(a.app.get(JobScheduler).names()).toEqual(expect.arrayContaining(['attachments.cleanup', 'documents.maintenance']));
  });

  it('runs a job registered on both processes once when their timers fire together', async () => {
    const onA = gatedJob('test.timed', 60 * MINUTE);
    const onB = gatedJob('test.timed', 60 * MINUTE);
    onA.job.run = async (now) => { onA.runs.push(now); await sleep(300); return 1; };
    onB.job.run = async (now) => { onB.runs.push(now); await sleep(300); return 1; };
    a.app.get(JobScheduler).register(onA.job);
    b.app.get(JobScheduler).register(onB.job);
    const deadline = Date.now() + 5000;
    while ((await lease('test.timed'))?.lastOutcome !== 'succeeded' && Date.now() < deadline) await sleep(50);
    await sleep(500); // the other timer has fired by now, and found the lease taken or the run recent
    expect(onA.runs.length + onB.runs.length).toBe(1);
    expect(await lease('test.timed')).toMatchObject({ holder: null, lastOutcome: 'succeeded', lastError: null });
  });

  it('refuses a run while the other process holds the lease, and not again before the interval once it finished', async () => {
    const onA = gatedJob('test.gated', 30 * MINUTE);
    const onB = gatedJob('test.gated', 30 * MINUTE);
    a.app.get(JobScheduler).register({ ...onA.job, firstRunMs: 24 * 60 * MINUTE });
    b.app.get(JobScheduler).register({ ...onB.job, firstRunMs: 24 * 60 * MINUTE });
    onA.close();
    const running = a.app.get(JobScheduler).runNow('test.gated');
    while (!onA.runs.length) await sleep(10);
    expect((await lease('test.gated')).holder).toMatch(/:/);

    expect(await b.app.get(JobScheduler).runNow('test.gated')).toMatchObject({ ran: false, skipped: 'leased' });
    expect(await b.app.get(JobScheduler).runIfDue('test.gated')).toMatchObject({ ran: false, skipped: 'leased' });
    onA.open();
    expect(await running).toMatchObject({ ran: true, outcome: 'succeeded', result: 1 });
    expect(onB.runs).toEqual([]);

    clockB.advance(20 * MINUTE);
    expect(await b.app.get(JobScheduler).runIfDue('test.gated')).toMatchObject({ ran: false, skipped: 'not-due' });
    clockB.advance(11 * MINUTE);
    expect(await b.app.get(JobScheduler).runIfDue('test.gated')).toMatchObject({ ran: true, outcome: 'succeeded' });
    expect(onB.runs).toEqual([clockB.now()]);
    clockA.advance(31 * MINUTE);
  });

  it('lets the other process take over once a stalled holder’s lease has expired', async () => {
    const onA = gatedJob('test.stall', 5 * MINUTE);
    const onB = gatedJob('test.stall', 5 * MINUTE);
    a.app.get(JobScheduler).register({ ...onA.job, firstRunMs: 24 * 60 * MINUTE });
    b.app.get(JobScheduler).register({ ...onB.job, firstRunMs: 24 * 60 * MINUTE });
    onA.close(); // A "hangs" (a stopped VM, a lost network) with the lease
    const stalled = a.app.get(JobScheduler).runNow('test.stall');
    while (!onA.runs.length) await sleep(10);

    clockB.advance((LEASE_SECONDS - 10) * 1000);
    expect(await b.app.get(JobScheduler).runNow('test.stall')).toMatchObject({ ran: false, skipped: 'leased' });
    clockB.advance(20 * 1000);
    expect(await b.app.get(JobScheduler).runNow('test.stall')).toMatchObject({ ran: true, outcome: 'succeeded' });
    expect(onB.runs).toHaveLength(1);

    onA.open(); // A comes back: its late release must not overwrite B's record
    expect(await stalled).toMatchObject({ ran: true });
    expect((await lease('test.stall')).holder).toBeNull();
  });

  it('records a failed run with its error and releases the lease', async () => {
    const scheduler = a.app.get(JobScheduler);
    scheduler.register({ name: 'test.failing', intervalMs: MINUTE, firstRunMs: 24 * 60 * MINUTE, run: async () => { throw new Error('storage unreachable'); } });
    expect(await scheduler.runNow('test.failing')).toMatchObject({ ran: true, outcome: 'failed', error: 'storage unreachable' });
    expect(await lease('test.failing')).toMatchObject({ holder: null, lastOutcome: 'failed', lastError: 'storage unreachable' });
    expect(() => scheduler.register({ name: 'test.failing', intervalMs: MINUTE, run: async () => 0 })).toThrow(/registered twice/);
    await expect(scheduler.runNow('no.such.job')).rejects.toThrow(/no job named/);
  });
});
