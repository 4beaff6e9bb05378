#!/usr/bin/env node
// Benchmark: start-up time and memory of the built portal on embedded defaults, and the throughput and latency
// of GET /api/health. Bounded: N requests at concurrency C against 127.0.0.1 only. Run `npm run build` first.
//   node bench/startup-and-health.bench.mjs [requests=3000] [concurrency=20]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const requests = Number(process.argv[2] ?? 3000);
const concurrency = Number(process.argv[3] ?? 20);

function start(dataDir) {
  const started = performance.now();
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
      if (match) resolve({ child, url: match[1], ms: performance.now() - started });
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
}

function rssMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

function stop(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-bench-'));
const first = await start(dataDir);
const firstRss = rssMiB(first.child.pid);
await stop(first.child);
const portal = await start(dataDir);
const idleRss = rssMiB(portal.child.pid);

for (let i = 0; i < 200; i++) await (await fetch(`${portal.url}/api/health`)).arrayBuffer(); // warm-up

const latencies = [];
let next = 0;
let failures = 0;
const began = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      next++;
      const t = performance.now();
      const response = await fetch(`${portal.url}/api/health`);
      await response.arrayBuffer();
      if (response.status !== 200) failures++;
      latencies.push(performance.now() - t);
    }
  }),
);
const seconds = (performance.now() - began) / 1000;
const loadedRss = rssMiB(portal.child.pid);
await stop(portal.child);
fs.rmSync(dataDir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const fmt = (n) => n.toFixed(1);
console.log(`first start (migrations + seeds) to banner: ${fmt(first.ms)} ms, RSS ${fmt(firstRss)} MiB`);
console.log(`second start to banner:                     ${fmt(portal.ms)} ms, RSS ${fmt(idleRss)} MiB`);
console.log(`GET /api/health x${requests} at concurrency ${concurrency}: ${fmt(requests / seconds)} req/s, p50 ${fmt(percentile(latencies, 50))} ms, p95 ${fmt(percentile(latencies, 95))} ms, p99 ${fmt(percentile(latencies, 99))} ms, ${failures} non-200`);
console.log(`RSS after the load: ${fmt(loadedRss)} MiB (node ${process.version}, ${os.cpus().length} cores)`);
