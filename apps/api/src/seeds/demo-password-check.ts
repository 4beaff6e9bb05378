import fs from 'node:fs';
import path from 'node:path';
import { type DataSource, In, Not } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { verifyPassword } from '../accounts/password-hasher';
import { StartupError } from '../common/startup-error';
import { readDemoAccounts } from './seed-runner';

/**
 * The accounts that can still sign in with the published demo password (seeds/demo-accounts.json). Checked with the
 * password hasher, so a changed password is never a false alarm. Every scrypt check costs tens of milliseconds, so
 * not every account is tried: the candidates are the sign-in names the demo seeds create, plus any account whose
 * stored hash is shared with another one (the demo seeds hash the password once for all their accounts; a password
 * set by a person has its own salt). Disabled accounts cannot sign in and are not counted.
 */
export async function countDemoPasswordAccounts(dataSource: DataSource, seedsDir: string): Promise<number> {
  const demo = readDemoAccounts(seedsDir);
  const names = new Set(demo.accounts.map((account) => account.username));
  const expertsFile = path.join(seedsDir, 'demo-experts.json');
  if (fs.existsSync(expertsFile)) {
    const experts = JSON.parse(fs.readFileSync(expertsFile, 'utf8')) as { experts?: { username?: unknown }[] };
    for (const expert of experts.experts ?? []) if (typeof expert.username === 'string') names.add(expert.username);
  }
  const accounts = dataSource.getRepository(AccountEntity);
  const shared = (await accounts
    .createQueryBuilder('account')
    .select('account.passwordHash', 'hash')
    .groupBy('account.passwordHash')
    .having('COUNT(*) > 1')
    .getRawMany()) as { hash: string }[];
  const candidates = [
    ...(names.size ? await accounts.find({ select: { id: true, passwordHash: true }, where: { username: In([...names]), status: Not('disabled') } }) : []),
    ...(shared.length ? await accounts.find({ select: { id: true, passwordHash: true }, where: { passwordHash: In(shared.map((row) => row.hash)), status: Not('disabled') } }) : []),
  ];
  const verdicts = new Map<string, boolean>();
  const matching = new Set<number>();
  for (const account of candidates) {
    if (!verdicts.has(account.passwordHash)) verdicts.set(account.passwordHash, await verifyPassword(demo.password, account.passwordHash));
    if (verdicts.get(account.passwordHash)) matching.add(account.id);
  }
  return matching.size;
}

/** Production refuses to start while any account still signs in with the published demo password. */
export async function assertNoDemoPasswords(dataSource: DataSource, seedsDir: string): Promise<void> {
  const count = await countDemoPasswordAccounts(dataSource, seedsDir);
  if (count > 0) {
    throw new StartupError(
      `Demo password in use: ${count} account(s) can still sign in with the published demo password of seeds/demo-accounts.json; ` +
        'change or disable them (or start on a database loaded without SEED_DEMO) before running with NODE_ENV=production',
    );
  }
}
