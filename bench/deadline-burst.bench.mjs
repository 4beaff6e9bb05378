#!/usr/bin/env node
// Benchmark: the deadline burst (issue #5). N enterprises submit their applications to one open call at once,
// `inFlight` requests at a time, through the built portal on MariaDB; then, in the same run, the floor: a bare mysql2
// script doing the same SQL writes per submit in one transaction, at the same concurrency, on a second batch. It
// proves afterwards that every receipt was handed out exactly once (sequences exactly 1..N) and that the audit chain
// is intact, and prints throughput, latencies, the API/floor ratio and where the time went (statements, row-lock
// waits, fsyncs and CPU seconds per submit).
//
// Needs MariaDB/MySQL at 127.0.0.1:3306 (user root, no password; override with BENCH_DB_ROOT_URL) and the built
// portal and domain library (`cd /work/main && NX_DAEMON=false npx nx run-many -t build`). DROPS AND RECREATES the
// database `shifan_bench` (throwaway). Bounded: N ≤ 20000 submits per phase, aborts after 10 minutes; talks only to
// 127.0.0.1; stops the portal it started.
//   node bench/deadline-burst.bench.mjs [count=2000] [inFlight=200]
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2/promise';
import { generateEnterprises } from '../seeds/generate-enterprises.mjs';
import { burst, cpuSecondsOf, openCall, signIn, summarise } from './lib/load.mjs';

const root = path.join(import.meta.dirname, '..');
const domain = createRequire(import.meta.url)(path.join(root, 'libs/domain/dist'));

const count = Number(process.argv[2] ?? 2000);
const inFlight = Number(process.argv[3] ?? 200);
if (!Number.isInteger(count) || count < 1 || count > 20_000) throw new Error('count must be 1..20000');
if (!Number.isInteger(inFlight) || inFlight < 1 || inFlight > 1000) throw new Error('inFlight must be 1..1000');

const DATABASE = 'shifan_bench';
const ROOT_URL = process.env.BENCH_DB_ROOT_URL ?? 'mysql://root@127.0.0.1:3306';
const rootUrl = new URL(ROOT_URL);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(rootUrl.hostname)) throw new Error('the benchmark talks to a loopback database only');
const DB_URL = `${ROOT_URL.replace(/\/$/, '')}/${DATABASE}`;
const TIME_LIMIT_MS = 10 * 60_000;
const API_POOL = 10; // TypeORM's default connectionLimit for mysql2, which the API does not change
const OFFICER = { login: 'city.officer', password: 'Shifan@2026' };

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-burst-'));
const portalLog = path.join(dataDir, 'portal.log');
let portal = null;

const watchdog = setTimeout(() => {
  process.stderr.write(`Aborted: the benchmark ran longer than ${TIME_LIMIT_MS / 60_000} minutes.\n`);
  if (portal) portal.child.kill('SIGKILL');
  process.exit(1);
}, TIME_LIMIT_MS);

const log = (line) => process.stdout.write(`${line}\n`);
const fmt = (n, digits = 1) => n.toFixed(digits);

// ---------------------------------------------------------------- the portal

function startPortal() {
  const out = fs.openSync(portalLog, 'a');
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'error', DB_URL },
    stdio: ['ignore', 'pipe', out],
  });
  return new Promise((resolve, reject) => {
    let banner = '';
    const onData = (chunk) => {
      fs.appendFileSync(portalLog, chunk);
      banner += chunk;
      const match = /Health:\s+(http:\/\/\S+)\/api\/health/.exec(banner);
      if (match) {
        resolve({ child, url: match[1], ms: performance.now() - started });
        banner = '';
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the portal exited with ${code}; see ${portalLog}`)));
    setTimeout(() => reject(new Error('the portal did not print its banner within 120 s')), 120_000).unref();
  });
}

function stopPortal(child) {
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

// ---------------------------------------------------------------- database counters

const STATUS = ['Questions', 'Com_select', 'Com_insert', 'Com_update', 'Com_commit', 'Com_rollback', 'Innodb_row_lock_waits', 'Innodb_row_lock_time', 'Innodb_deadlocks', 'Innodb_log_writes', 'Innodb_data_fsyncs'];

async function counters(admin) {
  const [rows] = await admin.query(`SHOW GLOBAL STATUS WHERE Variable_name IN (${STATUS.map(() => '?').join(',')})`, STATUS);
  return Object.fromEntries(rows.map((row) => [row.Variable_name, Number(row.Value)]));
}

function delta(before, after) {
  return Object.fromEntries(STATUS.map((name) => [name, (after[name] ?? NaN) - (before[name] ?? NaN)]));
}

// ---------------------------------------------------------------- the load

async function apiSubmits(url, items) {
  const result = await burst(items.length, inFlight, async (i) => {
    const { applicationId, token, csrf } = items[i];
    const response = await fetch(`${url}/api/applications/${applicationId}/submit`, {
      method: 'POST',
      headers: { cookie: `shifan_session=${token}`, 'x-csrf-token': csrf },
      signal: AbortSignal.timeout(120_000),
    });
    const body = await response.json().catch(() => null);
    if (response.status === 200 && typeof body?.receiptNo === 'string') return 'ok';
    return `HTTP ${response.status} ${body?.code ?? ''}`.trim();
  });
  return result;
}

// ---------------------------------------------------------------- the floor: the same writes with bare mysql2

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const ATTEMPTS = 4; // as apps/api/src/database/transaction.ts

/** The audit record hash, the same shape as apps/api/src/audit/audit-chain.ts, so the floor's records verify too. */
function hashRecord(c) {
  const canonical = JSON.stringify([c.seq, c.occurredAt, c.actorId, c.actorName, c.actorRole, c.action, c.targetType, c.targetId, c.detail, c.address, c.requestId, c.prevHash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

async function floorSubmits(call, items, poolSize) {
  const pool = mysql.createPool({ uri: DB_URL, connectionLimit: poolSize, queueLimit: 0, timezone: 'Z', charset: 'utf8mb4_unicode_ci', supportBigNumbers: true });
  const accounts = new Map();
  {
    const [rows] = await pool.query('SELECT id, username, display_name AS displayName FROM account WHERE id IN (?)', [items.map((item) => item.accountId)]);
    for (const row of rows) accounts.set(row.id, row);
    // Open every connection before the clock starts, as the API's pool is warm by then.
    const warm = await Promise.all(Array.from({ length: poolSize }, () => pool.getConnection()));
    for (const connection of warm) connection.release();
  }
  let retries = 0;
  const submitOnce = async (connection, item) => {
    await connection.beginTransaction();
    try {
      const [[application]] = await connection.query('SELECT * FROM application WHERE id = ? LIMIT 1 FOR UPDATE', [item.applicationId]);
      if (application.state !== 'draft') throw new Error(`application ${item.applicationId} is ${application.state}`);
      const [[counter]] = await connection.query('SELECT call_id, last_no FROM receipt_counter WHERE call_id = ? LIMIT 1 FOR UPDATE', [call.id]);
      const sequence = counter.last_no + 1;
      await connection.query('UPDATE receipt_counter SET last_no = ? WHERE call_id = ?', [sequence, call.id]);
      const receiptNo = domain.formatReceiptNumber(call.category, call.year, call.id, sequence);
      const now = new Date();
      await connection.query('UPDATE application SET state = ?, receipt_no = ?, submitted_at = ?, eligibility = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
        'submitted',
        receiptNo,
        now,
        // A JSON column: mysql2 hands MariaDB's back already parsed.
        typeof application.eligibility === 'string' || application.eligibility === null ? application.eligibility : JSON.stringify(application.eligibility),
        now,
        item.applicationId,
      ]);
      const account = accounts.get(item.accountId);
      await connection.query('INSERT INTO application_event (application_id, occurred_at, action, from_state, to_state, actor_id, actor_name, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
        item.applicationId,
        now,
        'submit',
        'draft',
        'submitted',
        account.id,
        account.displayName,
        null,
      ]);
      const [[head]] = await connection.query('SELECT id, last_seq, last_hash FROM audit_head WHERE id = 1 LIMIT 1 FOR UPDATE');
      const content = {
        seq: head.last_seq + 1,
        occurredAt: now.toISOString(),
        actorId: account.id,
        actorName: account.username,
        actorRole: 'enterprise_admin',
        action: 'application.submit',
        targetType: 'application',
        targetId: String(item.applicationId),
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
        item.applicationId,
        'submitted',
        `申报已提交:${call.title}(受理编号 ${receiptNo})`,
        `Application submitted: ${call.title} (receipt ${receiptNo})`,
        now,
        null,
      ]);
      await connection.commit();
    } catch (error) {
      await connection.rollback().catch(() => undefined);
      throw error;
    }
  };
  try {
    return {
      ...(await burst(items.length, inFlight, async (i) => {
        const connection = await pool.getConnection();
        try {
          for (let attempt = 1; ; attempt++) {
            try {
              await submitOnce(connection, items[i]);
              return 'ok';
            } catch (error) {
              if (attempt >= ATTEMPTS || !RETRYABLE.has(error.code)) throw error;
              retries++;
              await sleep(5 * attempt + Math.floor(Math.random() * 20));
            }
          }
        } finally {
          connection.release();
        }
      })),
      retries,
    };
  } finally {
    await pool.end();
  }
}

// ---------------------------------------------------------------- the proof

async function verify(admin, call, n) {
  const [states] = await admin.query('SELECT state, COUNT(*) AS n FROM application WHERE call_id = ? GROUP BY state', [call.id]);
  const byState = Object.fromEntries(states.map((row) => [row.state, Number(row.n)]));
  const [receipts] = await admin.query("SELECT receipt_no FROM application WHERE call_id = ? AND state = 'submitted'", [call.id]);
  const sequences = receipts.map((row) => Number(String(row.receipt_no).split('-').pop()));
  const distinct = new Set(sequences);
  let missing = 0;
  for (let s = 1; s <= n; s++) if (!distinct.has(s)) missing++;
  const outOfRange = [...distinct].filter((s) => !(s >= 1 && s <= n)).length;
  const duplicated = sequences.length - distinct.size;
  const [[counter]] = await admin.query('SELECT last_no FROM receipt_counter WHERE call_id = ?', [call.id]);
  const [[events]] = await admin.query("SELECT COUNT(*) AS n FROM application_event e JOIN application a ON a.id = e.application_id WHERE a.call_id = ? AND e.action = 'submit'", [call.id]);
  const [[notes]] = await admin.query("SELECT COUNT(*) AS n FROM notification x JOIN application a ON a.id = x.application_id WHERE a.call_id = ? AND x.kind = 'submitted'", [call.id]);
  const [[audits]] = await admin.query(
    "SELECT COUNT(*) AS n FROM audit_log l JOIN application a ON l.target_id = CAST(a.id AS CHAR) WHERE l.target_type = 'application' AND l.action = 'application.submit' AND a.call_id = ?",
    [call.id],
  );
  const submitted = byState.submitted ?? 0;
  const ok = submitted === n && missing === 0 && duplicated === 0 && outOfRange === 0 && counter.last_no === n && Number(events.n) === n && Number(notes.n) === n && Number(audits.n) === n;
  return {
    ok,
    line: `${submitted} submitted, receipts 1..${n}, ${missing} missing, ${duplicated} duplicated${outOfRange ? `, ${outOfRange} out of range` : ''} (counter at ${counter.last_no}; ${events.n} submit events, ${notes.n} notifications, ${audits.n} audit records${Object.keys(byState).length > 1 ? `; states ${JSON.stringify(byState)}` : ''})`,
  };
}

function auditVerify() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/cli.js'), 'audit-verify'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DB_URL, LOG_LEVEL: 'error', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => resolve({ ok: code === 0, line: out.trim().split('\n').pop() }));
  });
}

// ---------------------------------------------------------------- the run

function report(s, extra = '') {
  return `${s.label}: ${fmt(s.throughput)} submits/s (${count} in ${fmt(s.seconds, 2)} s); p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms, p99 ${fmt(s.p99)} ms, max ${fmt(s.max)} ms; ${s.errors} errors${s.errors ? ` ${JSON.stringify(s.outcomes)}` : ''}${extra}`;
}

function costs(d, n, cpu) {
  const per = (x) => fmt(x / n, 2);
  return `    per submit: ${per(d.Questions)} statements (${per(d.Com_select)} SELECT, ${per(d.Com_update)} UPDATE, ${per(d.Com_insert)} INSERT, ${per(d.Com_commit)} COMMIT), ${per(d.Innodb_row_lock_waits)} row-lock waits (${per(d.Innodb_row_lock_time)} ms waited), ${per(d.Innodb_log_writes)} redo log writes, ${per(d.Innodb_data_fsyncs)} fsyncs; ${d.Innodb_deadlocks} deadlocks, ${d.Com_rollback} rollbacks\n    CPU per submit: ${Object.entries(cpu)
    .map(([who, seconds]) => `${who} ${Number.isNaN(seconds) ? 'n/a' : `${fmt((seconds * 1000) / n, 2)} ms`}`)
    .join(', ')}`;
}

async function mysqldPid(admin) {
  try {
    const [[row]] = await admin.query('SELECT @@pid_file AS file');
    return Number(fs.readFileSync(row.file, 'utf8').trim());
  } catch {
    return NaN;
  }
}

const admin = await mysql.createConnection({ uri: ROOT_URL, timezone: 'Z', supportBigNumbers: true });
let failed = false;
try {
  const [[server]] = await admin.query('SELECT VERSION() AS version, @@max_connections AS maxConnections, @@innodb_flush_log_at_trx_commit AS flush, @@innodb_buffer_pool_size AS pool');
  log(`Deadline burst: ${count} submits, ${inFlight} in flight; node ${process.version}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${server.version} (innodb_flush_log_at_trx_commit=${server.flush}, buffer pool ${Math.round(Number(server.pool) / 2 ** 20)} MiB, max_connections ${server.maxConnections}); load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
  await admin.query(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.query(`USE ${DATABASE}`);
  const mysqld = await mysqldPid(admin);

  portal = await startPortal();
  log(`portal on ${DATABASE}: banner after ${fmt(portal.ms, 0)} ms (migrations + seeds) at ${portal.url}`);
  const officer = await signIn(portal.url, OFFICER);

  // ---- phase 1: the API
  const apiCall = await openCall(portal.url, officer, '压测批次(API)');
  const apiItems = await generateEnterprises({ db: DB_URL, count, callId: apiCall.id, out: path.join(dataDir, 'burst-api.json'), log });
  const generatedAt = performance.now();
  // Warm-up: reads that exercise the session lookup, TypeORM and the eligibility check, not the submit itself.
  await burst(Math.min(200, count), 20, async (i) => {
    const { applicationId, token } = apiItems[i];
    const response = await fetch(`${portal.url}/api/applications/${applicationId}`, { headers: { cookie: `shifan_session=${token}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`warm-up GET answered ${response.status}`);
    return 'ok';
  });
  const logLinesBefore = fs.readFileSync(portalLog, 'utf8').split('\n').length;
  let before = await counters(admin);
  let cpuBefore = { portal: cpuSecondsOf(portal.child.pid), mysqld: cpuSecondsOf(mysqld), 'load generator': process.cpuUsage() };
  log(`burst starts ${fmt((performance.now() - generatedAt) / 1000)} s after the sessions were written`);
  const apiResult = await apiSubmits(portal.url, apiItems);
  let after = await counters(admin);
  let ownCpu = process.cpuUsage(cpuBefore['load generator']);
  const apiCpu = { portal: cpuSecondsOf(portal.child.pid) - cpuBefore.portal, mysqld: cpuSecondsOf(mysqld) - cpuBefore.mysqld, 'load generator': (ownCpu.user + ownCpu.system) / 1e6 };
  const apiCounters = delta(before, after);
  const api = summarise(`API    POST /api/applications/{id}/submit`, apiResult, count);
  const apiProof = await verify(admin, apiCall, count);
  const apiAudit = await auditVerify();
  const errorLines = fs
    .readFileSync(portalLog, 'utf8')
    .split('\n')
    .slice(logLinesBefore - 1)
    .filter((line) => line.includes('"error"') || /error/i.test(line));

  // ---- phase 2: the floor, at the same concurrency, once with a pool of `inFlight` connections (capped below the
  // server's max_connections) and once with the API's pool size.
  const [[{ connected }]] = await admin.query("SELECT VARIABLE_VALUE AS connected FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'THREADS_CONNECTED'");
  const cap = Math.max(1, Number(server.maxConnections) - Number(connected) - 10);
  const floorPools = [...new Set([Math.min(inFlight, cap), Math.min(API_POOL, inFlight)])];
  const floors = [];
  for (const poolSize of floorPools) {
    const call = await openCall(portal.url, officer, `压测批次(floor, pool ${poolSize})`);
    const items = await generateEnterprises({ db: DB_URL, count, callId: call.id, log });
    before = await counters(admin);
    cpuBefore = { portal: cpuSecondsOf(portal.child.pid), mysqld: cpuSecondsOf(mysqld), 'load generator': process.cpuUsage() };
    const result = await floorSubmits(call, items, poolSize);
    after = await counters(admin);
    ownCpu = process.cpuUsage(cpuBefore['load generator']);
    const cpu = { mysqld: cpuSecondsOf(mysqld) - cpuBefore.mysqld, 'mysql2 script': (ownCpu.user + ownCpu.system) / 1e6 };
    floors.push({
      poolSize,
      summary: summarise(`floor  mysql2, pool ${poolSize}${poolSize < inFlight ? ` (${inFlight} in flight queue for it)` : ''}`, result, count),
      retries: result.retries,
      counters: delta(before, after),
      cpu,
      proof: await verify(admin, call, count),
    });
  }
  const finalAudit = await auditVerify();
  // The generated sessions stay in the throwaway database for inspection, but end them: their tokens are gone.
  await admin.query("UPDATE session SET ended_at = UTC_TIMESTAMP() WHERE ended_at IS NULL AND user_agent = 'generate-enterprises.mjs'");

  log('');
  log(report(api));
  log(costs(apiCounters, count, apiCpu));
  log(`    proof: ${apiProof.line}`);
  log(`    audit: ${apiAudit.line}`);
  for (const floor of floors) {
    log(report(floor.summary, `; ${floor.retries} deadlock retries`));
    log(costs(floor.counters, count, floor.cpu));
    log(`    proof: ${floor.proof.line}`);
  }
  log(`audit chain after all phases: ${finalAudit.line}`);
  for (const floor of floors) {
    log(`ratio API/floor (pool ${floor.poolSize}): throughput ${fmt(api.throughput / floor.summary.throughput, 2)}, p50 ${fmt(api.p50 / floor.summary.p50, 2)}x, p99 ${fmt(api.p99 / floor.summary.p99, 2)}x`);
  }
  log(`portal error log lines during the API burst: ${errorLines.length}${errorLines.length ? `\n  ${errorLines.slice(0, 5).join('\n  ')}` : ''}`);
  failed = !apiProof.ok || !apiAudit.ok || !finalAudit.ok || api.errors > 0 || floors.some((floor) => !floor.proof.ok || floor.summary.errors > 0);
} catch (error) {
  failed = true;
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  if (fs.existsSync(portalLog)) process.stderr.write(`portal log: ${portalLog}\n`);
} finally {
  if (portal) await stopPortal(portal.child);
  await admin.end();
  clearTimeout(watchdog);
  if (!failed) fs.rmSync(dataDir, { recursive: true, force: true }); // it holds the generated sessions' tokens
  else process.stderr.write(`kept ${dataDir} for inspection (it holds live session tokens for ${DATABASE})\n`);
}
process.exitCode = failed ? 1 : 0;
