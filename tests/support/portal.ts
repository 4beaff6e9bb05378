import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const API_MAIN = path.join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');

export interface Portal {
  url: string;
  dataDir: string;
  stdout: () => string;
  stop(): Promise<void>;
}

export function freshDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-e2e-'));
}

/** The environment of a start on embedded defaults: only what the test sets, nothing from the caller's DB_URL. */
export function portalEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', LOG_LEVEL: 'warn', ...extra };
  return env;
}

/** Starts the built portal (`node apps/api/dist/main.js`, what `npm start` runs) and waits for its banner. */
export async function startPortal(dataDir: string, extra: Record<string, string> = {}): Promise<Portal> {
  const child = spawn(process.execPath, [API_MAIN], { cwd: REPO_ROOT, env: portalEnv({ DATA_DIR: dataDir, ...extra }), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start in 60 s\n${out}\n${err}`)), 60000);
    const check = () => {
      const match = /Health:\s+(http:\/\/\S+)\/api\/health/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`portal exited with ${code}\n${out}\n${err}`));
    });
  });
  return { url, dataDir, stdout: () => out, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Runs the portal expecting it to fail at start-up; resolves with its exit code and output. */
export function runFailingStart(env: Record<string, string>, timeoutMs = 30000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [API_MAIN], { cwd: REPO_ROOT, env: portalEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`start did not fail within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
