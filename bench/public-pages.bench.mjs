#!/usr/bin/env node
// Benchmark: the public, unauthenticated publication endpoints on the seeded 2017–2019 history (12 notices and approved
// lists, 533 approved projects): the notices list, one approved list, its PDF and the open-data JSON of a year.
// Bounded: N requests per endpoint at concurrency C against 127.0.0.1 only. Run `npm run build` first.
//   node bench/public-pages.bench.mjs [requests=600] [concurrency=10]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const requests = Number(process.argv[2] ?? 600);
const concurrency = Number(process.argv[3] ?? 10);

function start(dataDir) {
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Health:\s+(http:\/\/\S+)\/api\/health/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
}

const rssMiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (n) => n.toFixed(1);

async function load(url, total) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  let bytes = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        const response = await fetch(url, { headers: { 'X-Forwarded-For': `10.9.${next % 250}.1` } });
        bytes = (await response.arrayBuffer()).byteLength;
        if (response.status !== 200) failures++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rps: total / ((performance.now() - began) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures, bytes };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-bench-'));
const portal = await start(dataDir);
const lists = await (await fetch(`${portal.url}/api/approved-lists?year=2019&category=IT_INTEGRATION`)).json();
const callId = lists.items[0].callId;
const endpoints = [
  ['GET /api/notices (page of 20)', `${portal.url}/api/notices`, requests],
  [`GET /api/approved-lists/${callId} (${lists.items[0].entries.length} entries)`, `${portal.url}/api/approved-lists/${callId}`, requests],
  ['GET /api/open-data/approved-lists/2019.json', `${portal.url}/api/open-data/approved-lists/2019.json`, requests],
  [`GET /api/approved-lists/${callId}/list.pdf`, `${portal.url}/api/approved-lists/${callId}/list.pdf`, Math.max(20, Math.floor(requests / 10))],
];
for (const [label, url, total] of endpoints) {
  for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer(); // warm-up
  const result = await load(url, total);
  console.log(`${label} x${total} at concurrency ${concurrency}: ${fmt(result.rps)} req/s, p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms, ${(result.bytes / 1024).toFixed(0)} KiB, ${result.failures} non-200`);
}
console.log(`API RSS after the runs: ${fmt(rssMiB(portal.child.pid))} MiB`);
portal.child.kill('SIGTERM');
fs.rmSync(dataDir, { recursive: true, force: true });
