#!/usr/bin/env node
// Benchmark: a 100 MiB upload through the API (POST /api/applications/{id}/slots/{slot}/attachments: spooled to disk while
// hashed and sniffed, one streamed PUT to S3 under tmp/, copied to its final key in the commit) against the minio
// client putting the same file straight into the same S3 server, in the same run; and the API process's peak RSS
// growth during its upload. Bounded (N runs of one file) and loopback only. Build first:
//   NX_DAEMON=false npx nx run-many -t build --projects=@shifan/domain,@shifan/api
//   node bench/upload.bench.mjs [sizeMiB=100] [runs=5]
// A first, cold run (right after start-up) is printed but left out of the medians.
//
// Three processes: an S3 server (the API's own embedded @20minutes/s3rver, started from apps/api/dist in a child
// process of its own), the built API pointed at it with S3_ENDPOINT, and this script as the client. Both uploads
// therefore go from this process, over loopback, to the same S3 server process; only the API sits in between.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const Minio = require('minio');
const domain = require(path.join(root, 'libs/domain/dist/index.js'));

const sizeMb = Number(process.argv[2] ?? 100);
const runs = Number(process.argv[3] ?? 5);
const size = sizeMb * 1024 * 1024;
const BUCKET = 'shifan';
const PASSWORD = 'Shifan@2026';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-upload-bench-'));
const children = [];

function waitForLine(child, pattern) {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = pattern.exec(out);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code}: ${out.slice(-500)}`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

async function startS3() {
  const script = `
    const { startEmbeddedS3 } = require(${JSON.stringify(path.join(root, 'apps/api/dist/storage/embedded-s3.js'))});
    startEmbeddedS3(${JSON.stringify(path.join(work, 'objects'))}).then((s3) => {
      process.stdout.write('S3 ' + JSON.stringify({ endpoint: s3.endpoint, accessKey: s3.accessKey, secretKey: s3.secretKey }) + '\\n');
      process.once('SIGTERM', () => s3.close().then(() => process.exit(0)));
    });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const match = await waitForLine(child, /S3 (\{.*\})\n/);
  return { child, ...JSON.parse(match[1]) };
}

async function startApi(s3) {
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      DATA_DIR: path.join(work, 'api'),
      LOG_LEVEL: 'error',
      SERVE_WEB: 'false',
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY: s3.accessKey,
      S3_SECRET_KEY: s3.secretKey,
      S3_BUCKET: BUCKET,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const match = await waitForLine(child, /Health:\s+(http:\/\/\S+)\/api\/health/);
  return { child, url: match[1] };
}

function rssMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

/** Samples a process's RSS every 50 ms while `work` runs; the peak growth over the sample taken just before. */
async function withRssSampling(pid, work) {
  const baseline = rssMiB(pid);
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, 50);
  try {
    const result = await work();
    peak = Math.max(peak, rssMiB(pid));
    return { result, baseline, peak, growth: peak - baseline };
  } finally {
    clearInterval(timer);
  }
}

async function api(base, session, method, route, body) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(session ? { Cookie: session.cookie, 'X-CSRF-Token': session.csrf } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function signIn(base, login) {
  const response = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login, password: PASSWORD }) });
  if (response.status !== 200) throw new Error(`sign-in of ${login}: ${response.status}`);
  const cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  return { cookie, csrf: (await response.json()).csrfToken };
}

/** The file: `%PDF-` and random bytes, written in 1 MiB blocks (never whole in this process's memory). */
async function makeFile(file) {
  const hash = createHash('sha256');
  const out = fs.createWriteStream(file);
  for (let written = 0; written < size; ) {
    const block = written === 0 ? Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1024 * 1024 - 9)]) : randomBytes(Math.min(1024 * 1024, size - written));
    hash.update(block);
    if (!out.write(block)) await new Promise((resolve) => out.once('drain', resolve));
    written += block.length;
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return hash.digest('hex');
}

/** PUT the file to the API as a raw body with its known length, streamed from disk. */
function uploadThroughApi(base, session, applicationId, file) {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}/api/applications/${applicationId}/slots/big_pdf/attachments`, {
      method: 'POST',
      headers: {
        Cookie: session.cookie,
        'X-CSRF-Token': session.csrf,
        'Content-Type': 'application/pdf',
        'Content-Length': String(size),
        'X-File-Name': encodeURIComponent('基准测试 100MB.pdf'),
      },
    });
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => (response.statusCode === 201 ? resolve(JSON.parse(text)) : reject(new Error(`upload: ${response.statusCode} ${text}`))));
    });
    request.on('error', reject);
    fs.createReadStream(file, { highWaterMark: 1024 * 1024 }).pipe(request);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 1) => n.toFixed(digits);

try {
  const s3 = await startS3();
  const portal = await startApi(s3);

  // A call whose slot takes PDFs up to 200 MiB, opened by the city officer; the demo enterprise applies.
  const officer = await signIn(portal.url, 'city.officer');
  const today = domain.beijingDate(new Date());
  const call = await api(portal.url, officer, 'POST', '/api/calls', {
    category: 'SMART_MFG_PILOT',
    level: 'municipal',
    title: '上传基准测试批次',
    notice: 'bench/upload.bench.mjs',
    settings: domain.defaultCallSettings('SMART_MFG_PILOT', { opensOn: domain.addDays(today, -1), applicationDeadline: domain.addDays(today, 30) }),
    attachmentSlots: [{ key: 'big_pdf', name: { zh: '大文件', en: 'Big file' }, required: false, accept: ['pdf'], maxSizeMb: 200 }],
    rubric: domain.DEFAULT_RUBRIC,
  });
  await api(portal.url, officer, 'POST', `/api/calls/${call.id}/open`, {});
  const enterprise = await signIn(portal.url, '91420100MAEC200T12');
  const application = await api(portal.url, enterprise, 'POST', `/api/calls/${call.id}/applications`, {});

  const file = path.join(work, 'bench.pdf');
  const expectedSha = await makeFile(file);
  const direct = new Minio.Client({ endPoint: '127.0.0.1', port: Number(new URL(s3.endpoint).port), useSSL: false, accessKey: s3.accessKey, secretKey: s3.secretKey, region: 'us-east-1', pathStyle: true, partSize: 5 * 1024 ** 3 });

  const results = [];
  let cold;
  for (let run = 0; run <= runs; run++) {
    // Through the API, with its RSS sampled every 50 ms.
    let started = performance.now();
    const viaApi = await withRssSampling(portal.child.pid, () => uploadThroughApi(portal.url, enterprise, application.id, file));
    const apiSeconds = (performance.now() - started) / 1000;
    if (viaApi.result.sha256 !== expectedSha || viaApi.result.size !== size) throw new Error('the API stored something else');

    // Straight into the same S3 server with the minio client (a single PUT of known size, as the API does).
    const before = process.memoryUsage().rss / 1024 / 1024;
    started = performance.now();
    await direct.putObject(BUCKET, `bench/direct-${run}.pdf`, fs.createReadStream(file), size, { 'Content-Type': 'application/pdf' });
    const directSeconds = (performance.now() - started) / 1000;
    const clientGrowth = process.memoryUsage().rss / 1024 / 1024 - before;
    await direct.removeObject(BUCKET, `bench/direct-${run}.pdf`);

    const figures = { apiMBps: sizeMb / apiSeconds, directMBps: sizeMb / directSeconds, apiSeconds, directSeconds, rssBaseline: viaApi.baseline, rssGrowth: viaApi.growth, clientGrowth };
    if (run === 0) cold = figures;
    else results.push(figures);
    console.log(
      `${run === 0 ? 'cold run' : `run ${run}`}: API ${fmt(sizeMb / apiSeconds)} MiB/s (${fmt(apiSeconds, 2)} s, API RSS ${fmt(viaApi.baseline)} → peak ${fmt(viaApi.peak)} MiB, +${fmt(viaApi.growth)} MiB); ` +
        `minio direct ${fmt(sizeMb / directSeconds)} MiB/s (${fmt(directSeconds, 2)} s, client RSS +${fmt(clientGrowth)} MiB)`,
    );
  }

  const apiMBps = median(results.map((r) => r.apiMBps));
  const directMBps = median(results.map((r) => r.directMBps));
  console.log('');
  console.log(`${sizeMb} MiB file, ${runs} runs after the cold one, medians:`);
  console.log(`  through the API (spool + SHA-256 + sniff, streamed PUT to tmp/, copy in the commit): ${fmt(apiMBps)} MiB/s`);
  console.log(`  minio client straight into the same S3 server (single PUT):                       ${fmt(directMBps)} MiB/s`);
  console.log(`  ratio API / direct: ${fmt(apiMBps / directMBps, 2)}`);
  console.log(`  API peak RSS growth during its upload: ${fmt(median(results.map((r) => r.rssGrowth)))} MiB (max ${fmt(Math.max(...results.map((r) => r.rssGrowth)))} MiB); cold run: +${fmt(cold.rssGrowth)} MiB`);
  console.log(`  minio client's own RSS growth for its direct put: ${fmt(median(results.map((r) => r.clientGrowth)))} MiB (it reads a single-PUT body whole)`);
  console.log(`  (node ${process.version}, ${os.cpus().length} cores, ${os.platform()} ${os.release()})`);
} finally {
  for (const child of children.reverse()) await stop(child);
  fs.rmSync(work, { recursive: true, force: true });
}
