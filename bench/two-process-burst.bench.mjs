#!/usr/bin/env node
// Benchmark: the deadline burst across TWO API processes (issue #12). One standalone loopback S3 server
// (@20minutes/s3rver, as apps/api/src/storage does), one MariaDB database, two `node apps/api/dist/main.js` on their
// own ports and data folders, and a small round-robin reverse proxy (node:http) in front. It signs a city officer in
// through the proxy and proves the session works on both processes; opens a call; writes N enterprises with draft
// applications and sessions (seeds/generate-enterprises.mjs); then submits all N through the proxy, `inFlight` at a
// time, so the two processes share the burst. Then it proves: every acknowledged submit has its row, receipt numbers
// are exactly 1..N (gap-free across processes), every submission's 申报书 and receipt were archived (rows and S3
// objects), each scheduled job ran on one process at a time and never sooner than its interval after the previous
// run (from both processes' logs and job_lease), and `audit:verify` passes with the signed checkpoints in S3.
// Then the floor, in the same run: a plain node:http + mysql2 server doing the same per-submit SQL (session lookup,
// row locks, gap-free receipt counter, event, audit record, notification) in one transaction, at the same concurrency.
//
// Needs MariaDB/MySQL at 127.0.0.1:3306 (root, no password; BENCH_DB_ROOT_URL overrides) and the built API and domain
// library (`cd apps/api && npx tsc -p tsconfig.app.json`, `npx nx run @shifan/domain:build`). DROPS AND RECREATES the
// database BENCH_DATABASE (default `shifan_bench2p`, throwaway). Bounded: N ≤ 5000, aborts after 10 minutes; loopback
// only; stops every process it started.
//   node bench/two-process-burst.bench.mjs [count=1000] [inFlight=100]
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2/promise';
import { generateEnterprises } from '../seeds/generate-enterprises.mjs';
import { burst, cpuSecondsOf, openCall, signIn, summarise } from './lib/load.mjs';

const root = path.join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const domain = require(path.join(root, 'libs/domain/dist'));
const { startEmbeddedS3 } = require(path.join(root, 'apps/api/dist/storage/embedded-s3.js'));
const { MinioObjectStorage } = require(path.join(root, 'apps/api/dist/storage/minio-object-storage.js'));

const count = Number(process.argv[2] ?? 1000);
const inFlight = Number(process.argv[3] ?? 100);
if (!Number.isInteger(count) || count < 1 || count > 5000) throw new Error('count must be 1..5000');
if (!Number.isInteger(inFlight) || inFlight < 1 || inFlight > 500) throw new Error('inFlight must be 1..500');

const DATABASE = process.env.BENCH_DATABASE ?? 'shifan_bench2p';
const ROOT_URL = process.env.BENCH_DB_ROOT_URL ?? 'mysql://root@127.0.0.1:3306';
if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(ROOT_URL).hostname)) throw new Error('the benchmark talks to a loopback database only');
const DB_URL = `${ROOT_URL.replace(/\/$/, '')}/${DATABASE}`;
const TIME_LIMIT_MS = 10 * 60_000;
const OFFICER = { login: 'city.officer', password: 'Shifan@2026' };
const BUCKET = 'shifan';
/** Job intervals short enough to see several runs of each during the burst. */
const JOB_SETTINGS = { AUDIT_CHECKPOINT_INTERVAL_SECONDS: '5', DOCUMENT_OUTBOX_INTERVAL_SECONDS: '2', MAIL_OUTBOX_INTERVAL_SECONDS: '2' };

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-2p-burst-'));
const checkpointKey = randomBytes(32).toString('hex');
const processes = [];
let s3 = null;
let proxy = null;
let floorServer = null;

const watchdog = setTimeout(() => {
  process.stderr.write(`Aborted: the benchmark ran longer than ${TIME_LIMIT_MS / 60_000} minutes.\n`);
  for (const p of processes) p.child.kill('SIGKILL');
  process.exit(1);
}, TIME_LIMIT_MS);

const log = (line) => process.stdout.write(`${line}\n`);
const fmt = (n, digits = 1) => n.toFixed(digits);

// ---------------------------------------------------------------- processes

function apiEnv(name) {
  const dataDir = path.join(workDir, name);
  fs.mkdirSync(dataDir, { recursive: true });
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    SERVE_WEB: 'false',
    DB_URL,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    S3_BUCKET: BUCKET,
    AUDIT_CHECKPOINT_KEY: checkpointKey,
    ...JOB_SETTINGS,
  };
}

function startApi(name) {
  const logFile = path.join(workDir, `${name}.log`);
  const out = fs.openSync(logFile, 'a');
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], { cwd: root, env: apiEnv(name), stdio: ['ignore', 'pipe', out] });
  return new Promise((resolve, reject) => {
    let banner = '';
    child.stdout.on('data', (chunk) => {
      fs.appendFileSync(logFile, chunk);
      banner += chunk;
      const match = /Health:\s+(http:\/\/\S+)\/api\/health/.exec(banner);
      if (match) {
        banner = '';
        const entry = { name, child, url: match[1], logFile, ms: performance.now() - started };
        processes.push(entry);
        resolve(entry);
      }
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}; see ${logFile}`)));
    setTimeout(() => reject(new Error(`${name} did not print its banner within 120 s`)), 120_000).unref();
  });
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Round-robin reverse proxy on loopback; counts what each upstream got. */
function startProxy(upstreams) {
  // A fresh connection per request: reusing idle keep-alive sockets races the API's keepAliveTimeout (a 502 now and then).
  const agents = upstreams.map(() => new http.Agent({ keepAlive: false, maxSockets: 512 }));
  const served = upstreams.map(() => 0);
  let next = 0;
  const server = http.createServer((request, response) => {
    const i = next++ % upstreams.length;
    served[i]++;
    const target = new URL(upstreams[i]);
    const forwarded = request.headers['x-forwarded-for'] ? `${request.headers['x-forwarded-for']}, ${request.socket.remoteAddress}` : request.socket.remoteAddress;
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, 'x-forwarded-for': forwarded }, agent: agents[i] },
      (answer) => {
        response.writeHead(answer.statusCode, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`proxy: ${error.message}`);
    });
    request.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}`, served, close: () => new Promise((done) => server.close(done)) }));
  });
}

// ---------------------------------------------------------------- reporting

const report = (s) =>
  `${s.label}: ${fmt(s.throughput)} submits/s (${count} in ${fmt(s.seconds, 2)} s); p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms, p99 ${fmt(s.p99)} ms, max ${fmt(s.max)} ms; ${s.errors} errors${s.errors ? ` ${JSON.stringify(s.outcomes)}` : ''}`;

// ---------------------------------------------------------------- the floor: node:http + mysql2, same SQL per submit

function hashRecord(c) {
  const canonical = JSON.stringify([c.seq, c.occurredAt, c.actorId, c.actorName, c.actorRole, c.action, c.targetType, c.targetId, c.detail, c.address, c.requestId, c.prevHash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
const sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

async function startFloor(callRow, poolSize) {
  const pool = mysql.createPool({ uri: DB_URL, connectionLimit: poolSize, queueLimit: 0, timezone: 'Z', charset: 'utf8mb4_unicode_ci', supportBigNumbers: true });
  const warm = await Promise.all(Array.from({ length: poolSize }, () => pool.getConnection()));
  for (const connection of warm) connection.release();
  const submitOnce = async (connection, applicationId, session) => {
    await connection.beginTransaction();
    try {
      const [[account]] = await connection.query('SELECT id, username, display_name AS displayName, enterprise_id AS enterpriseId FROM account WHERE id = ?', [session.account_id]);
      const [[application]] = await connection.query('SELECT * FROM application WHERE id = ? LIMIT 1 FOR UPDATE', [applicationId]);
      if (!application || application.enterprise_id !== account.enterpriseId) throw Object.assign(new Error('not found'), { status: 404 });
      if (application.state !== 'draft') throw Object.assign(new Error(`application ${applicationId} is ${application.state}`), { status: 409 });
      const [[counter]] = await connection.query('SELECT call_id, last_no FROM receipt_counter WHERE call_id = ? LIMIT 1 FOR UPDATE', [callRow.id]);
      const sequence = counter.last_no + 1;
      await connection.query('UPDATE receipt_counter SET last_no = ? WHERE call_id = ?', [sequence, callRow.id]);
      const receiptNo = domain.formatReceiptNumber(callRow.category, callRow.year, callRow.id, sequence);
      const now = new Date();
      await connection.query('UPDATE application SET state = ?, receipt_no = ?, submitted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?', ['submitted', receiptNo, now, now, applicationId]);
      await connection.query('INSERT INTO application_event (application_id, occurred_at, action, from_state, to_state, actor_id, actor_name, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [applicationId, now, 'submit', 'draft', 'submitted', account.id, account.displayName, null]);
      const [[head]] = await connection.query('SELECT last_seq, last_hash FROM audit_head WHERE id = 1 LIMIT 1 FOR UPDATE');
      const content = {
        seq: head.last_seq + 1,
        occurredAt: now.toISOString(),
        actorId: account.id,
        actorName: account.username,
        actorRole: 'enterprise_admin',
        action: 'application.submit',
        targetType: 'application',
        targetId: String(applicationId),
        detail: JSON.stringify({ from: 'draft', to: 'submitted', receiptNo }),
        address: '127.0.0.1',
        requestId: randomUUID(),
        prevHash: head.last_hash,
      };
      const hash = hashRecord(content);
      await connection.query(
        'INSERT INTO audit_log (seq, occurred_at, actor_id, actor_name, actor_role, action, target_type, target_id, detail, address, request_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [content.seq, content.occurredAt, content.actorId, content.actorName, content.actorRole, content.action, content.targetType, content.targetId, content.detail, content.address, content.requestId, content.prevHash, hash],
      );
      await connection.query('UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1', [content.seq, hash]);
      await connection.query('INSERT INTO notification (enterprise_id, account_id, application_id, kind, title_zh, title_en, created_at, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
        application.enterprise_id,
        null,
        applicationId,
        'submitted',
        `申报已提交:${callRow.title}(受理编号 ${receiptNo})`,
        `Application submitted: ${callRow.title} (receipt ${receiptNo})`,
        now,
        null,
      ]);
      await connection.commit();
      return receiptNo;
    } catch (error) {
      await connection.rollback().catch(() => undefined);
      throw error;
    }
  };
  const server = http.createServer(async (request, response) => {
    const answer = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    try {
      const match = /^\/api\/applications\/(\d+)\/submit$/.exec(request.url ?? '');
      const token = /(?:^|;\s*)shifan_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
      if (request.method !== 'POST' || !match || !token) return answer(404, { code: 'NOT_FOUND' });
      const [[session]] = await pool.query('SELECT account_id, csrf_hash FROM session WHERE token_hash = ? AND ended_at IS NULL', [sha256Hex(token)]);
      if (!session || session.csrf_hash !== sha256Hex(String(request.headers['x-csrf-token'] ?? ''))) return answer(401, { code: 'UNAUTHENTICATED' });
      const connection = await pool.getConnection();
      try {
        for (let attempt = 1; ; attempt++) {
          try {
            return answer(200, { receiptNo: await submitOnce(connection, Number(match[1]), session) });
          } catch (error) {
            if (error.status) return answer(error.status, { code: error.message });
            if (attempt >= 4 || !RETRYABLE.has(error.code)) throw error;
            await sleep(5 * attempt + Math.floor(Math.random() * 20));
          }
        }
      } finally {
        connection.release();
      }
    } catch (error) {
      answer(500, { code: 'INTERNAL_ERROR', message: String(error?.message ?? error) });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: async () => {
    await new Promise((done) => server.close(done));
    await pool.end();
  } };
}

async function submits(url, items) {
  return burst(items.length, inFlight, async (i) => {
    const { applicationId, token, csrf } = items[i];
    const response = await fetch(`${url}/api/applications/${applicationId}/submit`, {
      method: 'POST',
      headers: { cookie: `shifan_session=${token}`, 'x-csrf-token': csrf },
      signal: AbortSignal.timeout(120_000),
    });
    const body = await response.json().catch(() => null);
    if (response.status === 200 && typeof body?.receiptNo === 'string') {
      items[i].receiptNo = body.receiptNo;
      return 'ok';
    }
    return `HTTP ${response.status} ${body?.code ?? ''}`.trim();
  });
}

// ---------------------------------------------------------------- the proof

async function proveSubmits(admin, callRow, items) {
  const acknowledged = items.filter((item) => item.receiptNo);
  const [rows] = await admin.query("SELECT id, receipt_no AS receiptNo FROM application WHERE call_id = ? AND state = 'submitted'", [callRow.id]);
  const byId = new Map(rows.map((row) => [Number(row.id), row.receiptNo]));
  const lost = acknowledged.filter((item) => byId.get(item.applicationId) !== item.receiptNo).length;
  const sequences = rows.map((row) => Number(String(row.receiptNo).split('-').pop())).sort((a, b) => a - b);
  const gapFree = sequences.every((s, i) => s === i + 1);
  const [[counter]] = await admin.query('SELECT last_no FROM receipt_counter WHERE call_id = ?', [callRow.id]);
  const ok = lost === 0 && gapFree && acknowledged.length === items.length && Number(counter.last_no) === rows.length;
  return { ok, line: `${acknowledged.length} acknowledged, ${rows.length} rows submitted, ${lost} acknowledged without their row; receipts ${gapFree ? `exactly 1..${rows.length}` : 'WITH GAPS OR DUPLICATES'} (counter at ${counter.last_no})` };
}

async function proveArchive(admin, storage, callRow, n) {
  const deadline = Date.now() + 180_000;
  let pending = Infinity;
  while (Date.now() < deadline) {
    const [[row]] = await admin.query('SELECT COUNT(*) AS n FROM document_outbox o JOIN application a ON a.id = o.application_id WHERE a.call_id = ? AND o.done_at IS NULL', [callRow.id]);
    pending = Number(row.n);
    if (pending === 0) break;
    await sleep(1000);
  }
  const [documents] = await admin.query('SELECT d.application_id AS applicationId, d.kind, d.object_key AS objectKey FROM document d JOIN application a ON a.id = d.application_id WHERE a.call_id = ?', [callRow.id]);
  const perApplication = new Map();
  for (const document of documents) perApplication.set(document.applicationId, (perApplication.get(document.applicationId) ?? 0) + 1);
  const complete = [...perApplication.values()].filter((k) => k >= 2).length;
  let missingObjects = 0;
  for (const document of documents) if (!(await storage.stat(document.objectKey))) missingObjects++;
  const ok = pending === 0 && complete === n && missingObjects === 0;
  return { ok, line: `${complete}/${n} submissions with their 申报书 and receipt archived (${documents.length} document rows, ${missingObjects} without their S3 object; outbox pending ${pending})` };
}

/** From both processes' logs: each job's runs, never overlapping and never sooner than the interval after the last. */
function proveJobs(intervals) {
  const runs = [];
  for (const p of processes) {
    for (const line of fs.readFileSync(p.logFile, 'utf8').split('\n')) {
      if (!line.includes('"job ran"')) continue;
      try {
        const entry = JSON.parse(line);
        const finished = Date.parse(entry.time);
        runs.push({ job: entry.job, process: p.name, started: finished - Number(entry.durationMs), finished, outcome: entry.outcome });
      } catch {
        // not a JSON line
      }
    }
  }
  const lines = [];
  let ok = true;
  for (const [job, intervalMs] of Object.entries(intervals)) {
    const mine = runs.filter((run) => run.job === job).sort((a, b) => a.started - b.started);
    // Times come from the 'job ran' log line, written after the lease is released (a database round trip that takes
    // up to seconds under the burst), and job_lease keeps last_finished_at without fractions of a second: pauses are
    // measured within about ±1–2 s. A run of the same job out of turn on the other process shows as a pause near 0 or
    // below, so anything under half the interval counts as a violation.
    let early = 0;
    let smallest = Infinity;
    for (let i = 1; i < mine.length; i++) {
      const gap = mine[i].started - mine[i - 1].finished;
      smallest = Math.min(smallest, gap);
      if (gap < intervalMs / 2) early++;
    }
    const failed = mine.filter((run) => run.outcome !== 'succeeded').length;
    const perProcess = new Map();
    for (const run of mine) perProcess.set(run.process, (perProcess.get(run.process) ?? 0) + 1);
    const where = [...perProcess].map(([name, n]) => `${name} ${n}`).join(', ');
    if (mine.length < 2 || early) ok = false;
    lines.push(`${job}: ${mine.length} runs (${where || 'none'}), every ${intervalMs / 1000} s; smallest pause between runs ${Number.isFinite(smallest) ? `${fmt(smallest / 1000, 2)} s` : 'n/a'}, ${early} under half the interval, ${failed} failed`);
  }
  return { ok, line: lines.join('\n           ') };
}

function auditVerify() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/cli.js'), 'audit-verify'], { cwd: root, env: { ...apiEnv('cli'), LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => resolve({ ok: code === 0, line: out.trim().split('\n').pop() }));
  });
}

// ---------------------------------------------------------------- the run

const admin = await mysql.createConnection({ uri: ROOT_URL, timezone: 'Z', supportBigNumbers: true });
let failed = false;
try {
  const [[server]] = await admin.query('SELECT VERSION() AS version, @@innodb_flush_log_at_trx_commit AS flush');
  log(`Two-process deadline burst: ${count} submits, ${inFlight} in flight, through a round-robin proxy to 2 API processes; node ${process.version}, ${os.cpus().length} cores; ${server.version} (innodb_flush_log_at_trx_commit=${server.flush}); load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  await admin.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await admin.query(`CREATE DATABASE \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.query(`USE \`${DATABASE}\``);

  s3 = await startEmbeddedS3(path.join(workDir, 's3'));
  const storage = new MinioObjectStorage({ ...s3, bucket: BUCKET, region: 'us-east-1' });
  await storage.ensureBucket('us-east-1');
  const a = await startApi('api-a'); // migrates and seeds
  const b = await startApi('api-b');
  proxy = await startProxy([a.url, b.url]);
  log(`S3 ${s3.endpoint}; api-a ${a.url} (banner after ${fmt(a.ms, 0)} ms), api-b ${b.url} (${fmt(b.ms, 0)} ms); proxy ${proxy.url}`);

  // One session, made through the proxy on one process, works on both.
  const officer = await signIn(proxy.url, OFFICER);
  const seenBy = [];
  for (const p of [a, b]) {
    const response = await fetch(`${p.url}/api/auth/me`, { headers: { cookie: officer.cookie } });
    seenBy.push(`${p.name} ${response.status}`);
    if (response.status !== 200) throw new Error(`the session made through the proxy is refused by ${p.name}: ${response.status}`);
  }
  log(`session: signed in through the proxy; GET /api/auth/me with it: ${seenBy.join(', ')}`);

  const callRow = await openCall(proxy.url, officer, '压测批次(双进程)');
  const items = await generateEnterprises({ db: DB_URL, count, callId: callRow.id, out: path.join(workDir, 'burst.json'), force: true, log });
  const servedBefore = [...proxy.served];
  const cpuBefore = { 'api-a': cpuSecondsOf(a.child.pid), 'api-b': cpuSecondsOf(b.child.pid) };
  const result = await submits(proxy.url, items);
  const cpu = { 'api-a': cpuSecondsOf(a.child.pid) - cpuBefore['api-a'], 'api-b': cpuSecondsOf(b.child.pid) - cpuBefore['api-b'] };
  const api = summarise('2 × API behind the proxy', result, count);
  const spread = proxy.served.map((n, i) => n - servedBefore[i]);
  const submitProof = await proveSubmits(admin, callRow, items);
  const archiveProof = await proveArchive(admin, storage, callRow, count);
  await sleep(6000); // one more checkpoint interval, so the last head is signed
  const jobsProof = proveJobs({ 'audit.checkpoint': 5000, 'documents.outbox': 2000, 'mail.outbox': 2000 });
  const [leases] = await admin.query('SELECT name, last_outcome AS outcome FROM job_lease ORDER BY name');
  const auditProof = await auditVerify();

  // The floor: same SQL per submit, plain node:http + mysql2, same concurrency, pool of 2 × 10 (the two APIs' pools).
  const floorCall = await openCall(proxy.url, officer, '压测批次(floor)');
  const floorItems = await generateEnterprises({ db: DB_URL, count, callId: floorCall.id, force: true, log });
  floorServer = await startFloor(floorCall, 20);
  const floorResult = await submits(floorServer.url, floorItems);
  const floor = summarise('floor: node:http + mysql2 (pool 20)', floorResult, count);
  const floorProof = await proveSubmits(admin, floorCall, floorItems);

  log('');
  log(report(api));
  log(`    spread: api-a ${spread[0]} requests, api-b ${spread[1]}; CPU per submit: api-a ${fmt((cpu['api-a'] * 1000) / count, 2)} ms, api-b ${fmt((cpu['api-b'] * 1000) / count, 2)} ms`);
  log(`    proof: ${submitProof.line}`);
  log(`    archive: ${archiveProof.line}`);
  log(`    jobs:  ${jobsProof.line}`);
  log(`    job_lease: ${leases.map((row) => `${row.name} ${row.outcome}`).join(', ')}`);
  log(`    audit: ${auditProof.line}`);
  log(report(floor));
  log(`    proof: ${floorProof.line}`);
  log(`ratio API/floor: throughput ${fmt(api.throughput / floor.throughput, 2)}, p50 ${fmt(api.p50 / floor.p50, 2)}x, p99 ${fmt(api.p99 / floor.p99, 2)}x`);
  failed = !submitProof.ok || !archiveProof.ok || !jobsProof.ok || !auditProof.ok || !floorProof.ok || api.errors > 0 || floor.errors > 0;
} catch (error) {
  failed = true;
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
} finally {
  if (floorServer) await floorServer.close();
  if (proxy) await proxy.close();
  for (const p of processes) await stop(p.child);
  if (s3) await s3.close();
  await admin.end();
  clearTimeout(watchdog);
  if (!failed) fs.rmSync(workDir, { recursive: true, force: true });
  else process.stderr.write(`kept ${workDir} for inspection (logs; it holds live session tokens for ${DATABASE})\n`);
}
process.exitCode = failed ? 1 : 0;
