import { Injectable } from '@nestjs/common';
import { pairDelaySeconds, SIGN_IN_THROTTLE_POLICY } from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { SignInFailureEntity } from './sign-in-failure.entity';
import { sha256Hex } from './tokens';

const SECOND = 1000;
const HOUR = 3_600_000;
/** The detail code under which a throttled answer gives the ISO time from which the next attempt is checked. */
export const RETRY_AT = 'RETRY_AT';

export interface FailureOutcome {
  pairFailures: number;
  loginFailures: number;
  /** Set when this failure started (or lengthened) a wait; the audit records it. */
  blockedUntil: Date | null;
  scope: 'pair' | 'login' | null;
}

/**
 * Throttles sign-in per (login, client address) pair, with a slower login-wide ceiling across addresses, instead of
 * locking accounts (SIGN_IN_THROTTLE_POLICY). A refused attempt is answered at once with the time it may be retried;
 * nothing sleeps, so the answer costs no server time and tests move a ManualClock instead of waiting.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Refuses, before the password is checked, a login that must still wait at this address (or anywhere). */
  async assertAllowed(login: string, address: string | null, now: Date): Promise<void> {
    const rows = await this.dataSource.getRepository(SignInFailureEntity).findBy([{ keyHash: pairKey(login, address) }, { keyHash: loginKey(login) }]);
    const blocking = rows
      .filter((row) => !isForgotten(row, now) && row.blockedUntil && row.blockedUntil > now)
      .sort((a, b) => b.blockedUntil!.getTime() - a.blockedUntil!.getTime())[0];
    if (blocking) throw throttledError(blocking.blockedUntil!, blocking.address === null ? 'login' : 'pair');
  }

  /** Counts a wrong password (or an unknown login) for the pair and for the login, inside the caller's transaction. */
  async recordFailure(manager: EntityManager, login: string, address: string | null, now: Date): Promise<FailureOutcome> {
    const policy = SIGN_IN_THROTTLE_POLICY;
    const pair = await this.bump(manager, pairKey(login, address), login, address ?? 'unknown', now, (failures) => {
      const seconds = pairDelaySeconds(failures);
      return seconds ? new Date(now.getTime() + seconds * SECOND) : null;
    });
    const all = await this.bump(manager, loginKey(login), login, null, now, (failures) =>
      failures >= policy.loginCeilingFailures ? new Date(now.getTime() + policy.loginSpacingSeconds * SECOND) : null,
    );
    const pairWait = pair.blockedUntil && pair.blockedUntil > now ? pair.blockedUntil : null;
    const loginWait = all.blockedUntil && all.blockedUntil > now ? all.blockedUntil : null;
    const scope = pairWait && (!loginWait || pairWait >= loginWait) ? 'pair' : loginWait ? 'login' : null;
    return { pairFailures: pair.failures, loginFailures: all.failures, blockedUntil: scope === 'pair' ? pairWait : loginWait, scope };
  }

  /** The right password from a pair forgets that pair's failures (the login-wide count decays on its own). */
  async clearPair(manager: EntityManager, login: string, address: string | null): Promise<void> {
    await manager.getRepository(SignInFailureEntity).delete({ keyHash: pairKey(login, address) });
  }

  /** A password reset forgets every failure of the login, from every address: the owner's way out. */
  async clearLogin(manager: EntityManager, login: string): Promise<number> {
    return (await manager.getRepository(SignInFailureEntity).delete({ login })).affected ?? 0;
  }

  private async bump(manager: EntityManager, keyHash: string, login: string, address: string | null, now: Date, blockFor: (failures: number) => Date | null): Promise<SignInFailureEntity> {
    const repository = manager.getRepository(SignInFailureEntity);
    const row =
      manager.connection.options.type === 'better-sqlite3'
        ? await repository.findOneBy({ keyHash })
        : await repository.findOne({ where: { keyHash }, lock: { mode: 'pessimistic_write' } });
    if (!row) {
      const created: SignInFailureEntity = { keyHash, login: login.slice(0, 191), address: address?.slice(0, 64) ?? null, failures: 1, lastFailureAt: now, blockedUntil: blockFor(1) };
      await repository.insert(created);
      return created;
    }
    row.failures = isForgotten(row, now) ? 1 : row.failures + 1;
    row.lastFailureAt = now;
    row.blockedUntil = blockFor(row.failures);
    await repository.update({ keyHash }, { failures: row.failures, lastFailureAt: now, blockedUntil: row.blockedUntil });
    return row;
  }
}

function pairKey(login: string, address: string | null): string {
  return sha256Hex(`${login}\n${address ?? 'unknown'}`);
}

function loginKey(login: string): string {
  return sha256Hex(`${login}\n*`);
}

function isForgotten(row: SignInFailureEntity, now: Date): boolean {
  return now.getTime() - row.lastFailureAt.getTime() >= SIGN_IN_THROTTLE_POLICY.failureMemoryHours * HOUR;
}

/**
 * The throttled answer. It depends only on the time the wait ends, never on whether the login exists or on the
 * password, so it tells a prober nothing.
 */
export function throttledError(until: Date, scope: 'pair' | 'login'): AppError {
  const local = new Date(until.getTime() + 8 * HOUR).toISOString().slice(11, 19); // Asia/Shanghai, UTC+8 all year
  const text =
    scope === 'pair'
      ? {
          zh: `从当前网络地址登录该账户的密码错误次数过多，请于北京时间 ${local} 后再试，或通过"忘记密码"重置密码后立即登录。其他网络地址不受影响。`,
          en: `Too many wrong passwords for this account from your address. Try again after ${local} Beijing time, or reset the password to sign in at once. Other addresses are not affected.`,
        }
      : {
          zh: `该账户近期密码错误次数过多，每次尝试须间隔${SIGN_IN_THROTTLE_POLICY.loginSpacingSeconds}秒，请于北京时间 ${local} 后再试，或通过"忘记密码"重置密码后立即登录。`,
          en: `This account has had too many wrong passwords lately, so attempts are spaced ${SIGN_IN_THROTTLE_POLICY.loginSpacingSeconds} seconds apart. Try again after ${local} Beijing time, or reset the password to sign in at once.`,
        };
  return new AppError('SIGN_IN_THROTTLED', [{ path: 'login', code: RETRY_AT, message: until.toISOString() }], text);
}
