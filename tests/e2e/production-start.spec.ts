import { freshDataDir, runFailingStart, startPortal } from '../support/portal';

/** What `npm start` with NODE_ENV=production refuses, each with one line on stderr. */
describe('production start-up refusals', () => {
  const production = { NODE_ENV: 'production', AUDIT_CHECKPOINT_KEY: 'e2e-audit-checkpoint-key-of-forty-chars!!' };

  it('stops on SEED_DEMO=true with one line naming it', async () => {
    const result = await runFailingStart({ ...production, SEED_DEMO: 'true', DATA_DIR: freshDataDir() });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['Configuration error: SEED_DEMO must be false when NODE_ENV=production (the demo accounts have published passwords)']);
    expect(result.stdout).toBe('');
  });

  it('stops on a database whose demo accounts still have the published password, naming how many', async () => {
    const dataDir = freshDataDir();
    const rehearsal = await startPortal(dataDir, { SERVE_WEB: 'false' });
    await rehearsal.stop();
    const result = await runFailingStart({ ...production, DATA_DIR: dataDir, SERVE_WEB: 'false' }, 60000);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^Demo password in use: \d+ account\(s\) can still sign in with the published demo password of seeds\/demo-accounts\.json; change or disable them/)]);
  });
});
