#!/usr/bin/env node
// `npm test`: every tier, in order, stopping at the first that fails. Closes with one summary line over all
// jest runs ("total: N passed, N failed"). Each stage can also be run alone: see docs/testing.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-test-results-'));
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', SHIFAN_TEST_RESULTS_DIR: resultsDir };

const stages = [
  ['build the libraries and apps', ['run-many', '-t', 'build']],
  ['lint (module boundaries included) and typecheck', ['run-many', '-t', 'lint', 'typecheck']],
  ['unit tests', ['run-many', '-t', 'test', '--skip-nx-cache']],
  [`API integration tests on ${process.env.DB_URL ? 'DB_URL (MySQL/MariaDB)' : 'the embedded SQLite database'}`, ['run', '@shifan/api:integration']],
  ['browser and cross-app tests', ['run', '@shifan/tests:e2e']],
];

const nx = path.join(import.meta.dirname, '..', 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
let failedStage;
for (const [title, args] of stages) {
  process.stdout.write(`\n=== ${title}\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [nx, ...args, '--outputStyle=stream'], { stdio: 'inherit', env });
  process.stdout.write(`=== ${title}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (run.status !== 0) {
    failedStage = title;
    break;
  }
}

let passed = 0;
let failed = 0;
process.stdout.write('\nTest summary\n');
for (const file of fs.readdirSync(resultsDir).sort()) {
  const result = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'));
  passed += result.passed;
  failed += result.failed;
  process.stdout.write(`  ${result.name}: ${result.passed} passed, ${result.failed} failed${result.skipped ? `, ${result.skipped} skipped` : ''}\n`);
}
fs.rmSync(resultsDir, { recursive: true, force: true });
if (failedStage) process.stdout.write(`Stopped: "${failedStage}" failed.\n`);
process.stdout.write(`total: ${passed} passed, ${failed} failed\n`);
process.exit(failedStage || failed > 0 ? 1 : 0);
