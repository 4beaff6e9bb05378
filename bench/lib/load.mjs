// Helpers shared by the burst benchmarks (deadline-burst, two-process-burst): the city officer over HTTP, an open call
// to submit to, the concurrent load itself and its summary, CPU seconds of a process.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..', '..');
const domain = createRequire(import.meta.url)(path.join(root, 'libs/domain/dist'));

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** CPU seconds (user + system) a process has used so far, from /proc; NaN when it cannot be read. */
export function cpuSecondsOf(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** Signs in `credentials` ({ login, password }); answers the session cookie and CSRF token. */
export async function signIn(url, credentials) {
  const response = await fetch(`${url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`sign-in of ${credentials.login} failed: ${response.status} ${JSON.stringify(body)}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { cookie, csrf: body.csrfToken };
}

/** A JSON request as a signed-in user; throws on any answer of 300 or more. */
export async function officerCall(url, officer, method, route, body) {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (response.status >= 300) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** An open smart-manufacturing call whose attachment slots are all optional, so submits need no uploads. */
export async function openCall(url, officer, title) {
  const today = domain.beijingDate(new Date());
  const created = await officerCall(url, officer, 'POST', '/api/calls', {
    category: 'SMART_MFG_PILOT',
    level: 'municipal',
    title,
    notice: '',
    settings: domain.defaultCallSettings('SMART_MFG_PILOT', { opensOn: domain.addDays(today, -7), applicationDeadline: domain.addDays(today, 30) }),
    attachmentSlots: domain.defaultAttachmentSlots('SMART_MFG_PILOT').map((slot) => ({ ...slot, required: false })),
    rubric: domain.DEFAULT_RUBRIC,
  });
  return officerCall(url, officer, 'POST', `/api/calls/${created.id}/open`);
}

/** Runs `task(i)` for i in 0..n-1 with `concurrency` at a time; returns latencies (ms), wall seconds and outcomes. */
export async function burst(n, concurrency, task) {
  const latencies = new Array(n);
  const outcomes = new Map();
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        let outcome;
        try {
          outcome = await task(i);
        } catch (error) {
          outcome = `exception ${error?.code ?? error?.name ?? ''} ${String(error?.message ?? error).slice(0, 160)}`;
        }
        latencies[i] = performance.now() - t;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  return { latencies: [...latencies].sort((a, b) => a - b), seconds, outcomes };
}

/** Throughput, latency percentiles and the outcomes other than 'ok' of a burst of `n`. */
export function summarise(label, result, n) {
  const l = result.latencies;
  return {
    label,
    throughput: n / result.seconds,
    seconds: result.seconds,
    p50: percentile(l, 50),
    p95: percentile(l, 95),
    p99: percentile(l, 99),
    max: l[l.length - 1],
    errors: n - (result.outcomes.get('ok') ?? 0),
    outcomes: Object.fromEntries([...result.outcomes].filter(([key]) => key !== 'ok')),
  };
}
