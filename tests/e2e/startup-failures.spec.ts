import { freshDataDir, runFailingStart } from '../support/portal';

describe('start-up with bad settings', () => {
  it('stops on a malformed DB_URL with one line naming it', async () => {
    const result = await runFailingStart({ DB_URL: 'not-a-url', DATA_DIR: freshDataDir() });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: DB_URL /);
    expect(result.stdout).toBe('');
  });

  it('stops after a bounded retry when the database cannot be reached, naming its host', async () => {
    const result = await runFailingStart({ DB_URL: 'mysql://root@127.0.0.1:9/shifan', DB_CONNECT_RETRIES: '3', DB_CONNECT_RETRY_DELAY_MS: '100', DATA_DIR: freshDataDir() });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^Database unreachable: cannot connect to 127\.0\.0\.1:9 after 3 attempts/)]);
  });
});
