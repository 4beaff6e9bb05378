import { In } from 'typeorm';
import { AccountEntity } from '../src/accounts/account.entity';
import { hashPassword } from '../src/accounts/password-hasher';
import { startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { StartupError } from '../src/common/startup-error';
import { countDemoPasswordAccounts } from '../src/seeds/demo-password-check';
import { memoryLogger, resetDatabase, testConfig } from './test-env';
import path from 'node:path';
import { repositoryRoot } from '../src/config/app-config';

/** NODE_ENV=production refuses a database where accounts still sign in with the published demo password. */
describe('production start-up and the demo password', () => {
  const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));
  const seedsDir = path.join(repositoryRoot(), 'seeds');
  const development = testConfig();
  const production = testConfig({ DATA_DIR: development.dataDir, NODE_ENV: 'production', SEED_DEMO: 'false', AUDIT_CHECKPOINT_KEY: 'k'.repeat(40) });

  const startError = async (): Promise<unknown> => {
    try {
      const server = await startServer(production, { logger: memoryLogger('error').logger, clock });
      await server.close();
      return undefined;
    } catch (error) {
      return error;
    }
  };

  beforeAll(async () => {
    await resetDatabase(development);
    // A development start loads the demo data with the published password, as a rehearsal database would have.
    const server = await startServer(development, { logger: memoryLogger('warn').logger, clock });
    await server.close();
  });

  it('refuses to start, with one line naming how many accounts and what to do, until none signs in with it', async () => {
    const dev = await startServer(development, { logger: memoryLogger('warn').logger, clock });
    const accounts = dev.dataSource.getRepository(AccountEntity);
    const demoCount = await countDemoPasswordAccounts(dev.dataSource, seedsDir);
    expect(demoCount).toBeGreaterThanOrEqual(10);
    const demoIds = (await accounts.find({ select: { id: true }, where: { status: 'active' } })).map((a) => a.id);
    await dev.close();

    const refused = await startError();
    expect(refused).toBeInstanceOf(StartupError);
    expect((refused as Error).message).toBe(
      `Demo password in use: ${demoCount} account(s) can still sign in with the published demo password of seeds/demo-accounts.json; change or disable them (or start on a database loaded without SEED_DEMO) before running with NODE_ENV=production`,
    );

    // The administrator changes the admin's password and disables every other demo account but one: one remains.
    const again = await startServer(development, { logger: memoryLogger('warn').logger, clock });
    const repo = again.dataSource.getRepository(AccountEntity);
    const admin = await repo.findOneByOrFail({ username: 'admin' });
    await repo.update({ id: admin.id }, { passwordHash: await hashPassword('Changed#2026x') });
    const keep = await repo.findOneByOrFail({ username: 'city.officer' });
    await repo.update({ id: In(demoIds.filter((id) => id !== admin.id && id !== keep.id)) }, { status: 'disabled' });
    await again.close();
    expect(((await startError()) as Error).message).toMatch(/^Demo password in use: 1 account\(s\) /);

    // Its password changed too: production starts.
    const last = await startServer(development, { logger: memoryLogger('warn').logger, clock });
    await last.dataSource.getRepository(AccountEntity).update({ id: keep.id }, { passwordHash: await hashPassword('Changed#2026y') });
    await last.close();
    expect(await startError()).toBeUndefined();
  });

  it('finds the demo password on any account sharing the seeded hash, whatever its sign-in name', async () => {
    const dev = await startServer(development, { logger: memoryLogger('warn').logger, clock });
    const repo = dev.dataSource.getRepository(AccountEntity);
    const seeded = await repo.findOneByOrFail({ username: 'expert02' });
    await repo.update({ id: seeded.id }, { status: 'active' });
    const other = await repo.findOneByOrFail({ username: 'expert03' });
    await repo.update({ id: other.id }, { username: 'renamed.expert', status: 'active' });
    expect(await countDemoPasswordAccounts(dev.dataSource, seedsDir)).toBe(2);
    await dev.close();
  });
});
