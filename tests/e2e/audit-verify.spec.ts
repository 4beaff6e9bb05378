import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { freshDataDir, portalEnv, REPO_ROOT, startPortal } from '../support/portal';

const CLI = path.join(REPO_ROOT, 'apps', 'api', 'dist', 'cli.js');

function auditVerify(dataDir: string) {
  return spawnSync(process.execPath, [CLI, 'audit-verify'], { cwd: REPO_ROOT, env: portalEnv({ DATA_DIR: dataDir }), encoding: 'utf8' });
}

describe('npm run audit:verify', () => {
  it('walks the chain, then names the first link broken by an edit behind the application’s back', async () => {
    const dataDir = freshDataDir();
    const portal = await startPortal(dataDir);
    for (const login of ['admin', 'city.officer', 'expert.demo']) {
      const response = await fetch(`${portal.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ login, password: 'Shifan@2026' }),
      });
      expect(response.status).toBe(200);
    }
    await portal.stop();

    const intact = auditVerify(dataDir);
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/Audit chain intact: 3 record\(s\) verified/);

    // An edit made straight in the database file, as an intruder with file access would.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('better-sqlite3') as new (file: string) => { prepare(sql: string): { run(...args: unknown[]): unknown }; close(): void };
    const db = new Database(path.join(dataDir, 'shifan.sqlite'));
    db.prepare("UPDATE audit_log SET address = '203.0.113.9' WHERE seq = 2").run();
    db.close();

    const broken = auditVerify(dataDir);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/Audit chain BROKEN at record 2 \(content-hash\); 1 record\(s\) before it are intact/);
  });
});
