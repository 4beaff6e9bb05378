import { ConfigError, loadConfig } from './app-config';

/** What NODE_ENV=production changes: nothing trusted by default, no demo data, Secure cookies, bounded database waits. */
describe('production settings', () => {
  const production = { NODE_ENV: 'production', AUDIT_CHECKPOINT_KEY: 'k'.repeat(40) };

  const failure = (env: Record<string, string>): ConfigError => {
    try {
      loadConfig(env);
    } catch (error) {
      return error as ConfigError;
    }
    throw new Error('loadConfig did not fail');
  };

  it('trusts no proxy in production unless TRUST_PROXY says so; loopback outside production', () => {
    expect(loadConfig(production).http.trustProxy).toEqual([]);
    expect(loadConfig({}).http.trustProxy).toEqual(['loopback']);
    expect(loadConfig({ ...production, TRUST_PROXY: '172.28.0.0/24, 10.0.0.5' }).http.trustProxy).toEqual(['172.28.0.0/24', '10.0.0.5']);
    expect(loadConfig({ TRUST_PROXY: 'none' }).http.trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'loopback,fd00::/8' }).http.trustProxy).toEqual(['loopback', 'fd00::/8']);
  });

  it.each(['nginx', '10.0.0.0/33', '300.1.1.1', '10.0.0.0/8/1', '::1/129'])('refuses TRUST_PROXY=%s with one line naming it', (value) => {
    const error = failure({ TRUST_PROXY: value });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.variable).toBe('TRUST_PROXY');
    expect(error.message).toMatch(/^Configuration error: TRUST_PROXY has an invalid entry/);
    expect(error.message).not.toContain('\n');
  });

  it('refuses SEED_DEMO=true in production, and defaults it to false there (true elsewhere)', () => {
    const error = failure({ ...production, SEED_DEMO: 'true' });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.variable).toBe('SEED_DEMO');
    expect(error.message).toBe('Configuration error: SEED_DEMO must be false when NODE_ENV=production (the demo accounts have published passwords)');
    expect(loadConfig(production).seed.demo).toBe(false);
    expect(loadConfig({ ...production, SEED_DEMO: 'false' }).seed.demo).toBe(false);
    expect(loadConfig({}).seed.demo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seed.demo).toBe(false);
  });

  it('makes cookies always Secure in production only', () => {
    expect(loadConfig(production).http.alwaysSecureCookies).toBe(true);
    expect(loadConfig({}).http.alwaysSecureCookies).toBe(false);
  });

  it('bounds database waits with documented defaults, and takes other values', () => {
    expect(loadConfig({}).db.timeouts).toEqual({ connectMs: 3000, acquireMs: 8000, queryMs: 8000 });
    expect(loadConfig({}).http.retryAfterSeconds).toBe(5);
    const tuned = loadConfig({ DB_CONNECT_TIMEOUT_MS: '1000', DB_ACQUIRE_TIMEOUT_MS: '2000', DB_QUERY_TIMEOUT_MS: '0', RETRY_AFTER_SECONDS: '30' });
    expect(tuned.db.timeouts).toEqual({ connectMs: 1000, acquireMs: 2000, queryMs: 0 });
    expect(tuned.http.retryAfterSeconds).toBe(30);
    for (const [variable, value] of [
      ['DB_CONNECT_TIMEOUT_MS', 'soon'],
      ['DB_ACQUIRE_TIMEOUT_MS', '5'],
      ['DB_QUERY_TIMEOUT_MS', '-1'],
      ['RETRY_AFTER_SECONDS', '0'],
    ]) {
      expect(failure({ [variable]: value }).variable).toBe(variable);
    }
  });
});
