import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDataDir, portalEnv, REPO_ROOT, startPortal } from '../support/portal';

const CLI = path.join(REPO_ROOT, 'apps', 'api', 'dist', 'cli.js');
const KEY = { AUDIT_CHECKPOINT_KEY: 'e2e-backup-checkpoint-key-0123456789abcdef' };

function cli(dataDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env: portalEnv({ DATA_DIR: dataDir, ...KEY }), encoding: 'utf8' });
}

describe('npm run backup / npm run restore (the command line, on the embedded defaults)', () => {
  it('backs up a used portal, restores it into an empty data folder where audit:verify passes, and refuses a second restore', async () => {
    const source = freshDataDir();
    const portal = await startPortal(source, KEY);
    const signedIn = await fetch(`${portal.url}/api/auth/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: 'Shifan@2026' }) });
    expect(signedIn.status).toBe(200);
    await portal.stop();
    expect(cli(source, 'audit-checkpoint').status).toBe(0);

    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-e2e-backup-')), 'copy');
    const backedUp = cli(source, 'backup', folder);
    expect(backedUp.stderr).toBe('');
    expect(backedUp.status).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    const objects = manifest.objects.length;
    expect(backedUp.stdout).toMatch(new RegExp(`^Backup written to .*copy: ${manifest.tables.length} tables, \\d+ rows, ${objects} objects`));
    // The checkpoint names the chain's last record: the sign-in, after what the demo seeds recorded at start-up.
    const checkpointKey = manifest.objects.map((object: { key: string }) => object.key).find((key: string) => key.startsWith('audit/checkpoints/'));
    expect(checkpointKey).toMatch(/^audit\/checkpoints\/\d{12}\.json$/);
    const lastSeq = Number(checkpointKey.slice('audit/checkpoints/'.length, -'.json'.length));

    const target = freshDataDir();
    const restored = cli(target, 'restore', folder);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(new RegExp(`^Restored ${manifest.tables.length} tables \\(\\d+ rows\\) and ${objects} objects from .*; every SHA-256 matched the manifest`));
    const verified = cli(target, 'audit-verify');
    expect(verified.stdout).toMatch(new RegExp(`Audit chain intact: ${lastSeq} record\\(s\\) verified, 1 signed checkpoint\\(s\\) hold`));

    const again = cli(target, 'restore', folder);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/The database is not empty \(table seed_run has rows\); restore onto an empty database, or pass --force/);
  });
});
