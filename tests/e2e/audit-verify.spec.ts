import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { freshDataDir, portalEnv, REPO_ROOT, startPortal } from '../support/portal';

const CLI = path.join(REPO_ROOT, 'apps', 'api', 'dist', 'cli.js');

function cli(command: string, dataDir: string, extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, command], { cwd: REPO_ROOT, env: portalEnv({ DATA_DIR: dataDir, ...extra }), encoding: 'utf8' });
}

function auditVerify(dataDir: string) {
  return cli('audit-verify', dataDir);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (file: string) => {
  prepare(sql: string): { run(...args: unknown[]): unknown; get(...args: unknown[]): unknown };
  close(): void;
};

/** The sequence number of the chain's last record (start-up's demo seeds already write some, through the services). */
function lastAuditSeq(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'shifan.sqlite'));
  const { last } = db.prepare('SELECT MAX(seq) AS last FROM audit_log').get() as { last: number | null };
  db.close();
  return last ?? 0;
}

const checkpointKey = (seq: number) => `audit/checkpoints/${String(seq).padStart(12, '0')}.json`;

async function portalWithSignIns(logins: string[]): Promise<string> {
  const dataDir = freshDataDir();
  const portal = await startPortal(dataDir);
  for (const login of logins) {
    const response = await fetch(`${portal.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login, password: 'Shifan@2026' }),
    });
    expect(response.status).toBe(200);
  }
  await portal.stop();
  return dataDir;
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

    // The three sign-ins are the last three records, after whatever the demo seeds recorded at start-up.
    const last = lastAuditSeq(dataDir);
    expect(last).toBeGreaterThanOrEqual(3);
    const intact = auditVerify(dataDir);
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(new RegExp(`Audit chain intact: ${last} record\\(s\\) verified`));

    // An edit made straight in the database file, as an intruder with file access would: the second sign-in's address.
    const edited = last - 1;
    const db = new Database(path.join(dataDir, 'shifan.sqlite'));
    db.prepare("UPDATE audit_log SET address = '203.0.113.9' WHERE seq = ?").run(edited);
    db.close();

    const broken = auditVerify(dataDir);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`Audit chain BROKEN at record ${edited} \\(content-hash\\); ${edited - 1} record\\(s\\) before it are intact`));
  });

  it('holds the chain against the signed checkpoint in S3: deleting the last records and moving the head back is named', async () => {
    const dataDir = await portalWithSignIns(['admin', 'city.officer', 'expert.demo', 'admin']);
    const last = lastAuditSeq(dataDir);
    const checkpoint = cli('audit-checkpoint', dataDir);
    expect(checkpoint.status).toBe(0);
    expect(checkpoint.stdout).toMatch(new RegExp(`Checkpoint written: record ${last} `));
    const intact = auditVerify(dataDir);
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(new RegExp(`Audit chain intact: ${last} record\\(s\\) verified, 1 signed checkpoint\\(s\\) hold`));

    // An intruder with file access removes the last two records and rewinds the head: the chain alone would still verify.
    const kept = last - 2;
    const db = new Database(path.join(dataDir, 'shifan.sqlite'));
    const { hash } = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(kept) as { hash: string };
    db.prepare('DELETE FROM audit_log WHERE seq > ?').run(kept);
    db.prepare('UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1').run(kept, hash);
    db.close();

    const broken = auditVerify(dataDir);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`Audit chain BROKEN at record ${last} (checkpoint-missing): checkpoint ${checkpointKey(last)} names a record the table no longer has`);
  });

  it('reports a checkpoint signed with another key', async () => {
    const dataDir = await portalWithSignIns(['admin']);
    // Written by someone who does not hold this installation's key (DATA_DIR/audit-checkpoint.key).
    const forged = cli('audit-checkpoint', dataDir, { AUDIT_CHECKPOINT_KEY: 'not-the-key-of-this-installation-0123456789' });
    expect(forged.status).toBe(0);
    const verify = auditVerify(dataDir);
    expect(verify.status).toBe(1);
    expect(verify.stdout).toContain(`Audit chain BROKEN: checkpoint ${checkpointKey(lastAuditSeq(dataDir))} has an invalid signature`);
  });
});
