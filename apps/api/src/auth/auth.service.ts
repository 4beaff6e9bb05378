import { Inject, Injectable } from '@nestjs/common';
import {
  type ChangePassword,
  checkPassword,
  isRole,
  isStaffRole,
  localizedMessage,
  normalizeUscc,
  type RegisterEnterprise,
  SESSION_POLICY,
  type SessionView,
  type SignIn,
  TOKEN_POLICY,
  type TokenPassword,
} from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import type { EnterpriseEntity } from '../accounts/enterprise.entity';
import { toAccountView, toEnterpriseView } from '../accounts/account-view';
import { AccountsRepository } from '../accounts/accounts.repository';
import { hashPassword, verifyPassword } from '../accounts/password-hasher';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Actor } from './actor';
import { MailPort } from './mail.port';
import { SignInThrottle, throttledError } from './sign-in-throttle';
import { type IssuedSession, SessionService } from './session.service';
import { SessionRepository } from './session.repository';
import { randomToken, sha256Hex } from './tokens';
import { inTransaction } from '../database/transaction';

export interface ClientMeta {
  address: string | null;
  userAgent: string | null;
}

export interface SignedIn {
  session: IssuedSession;
  view: SessionView;
}

const MINUTE = 60_000;
/** Verified against when the login is unknown, so a wrong name costs as much time as a wrong password. */
let decoyHash: Promise<string> | undefined;

/** A USCC however it is typed (spaces, dashes, lower case), or a user name in lower case. */
export function normalizeLogin(login: string): string {
  return /^[0-9A-Za-z]{18}$/.test(login.replace(/[\s-]/g, '')) ? normalizeUscc(login) : login.trim().toLowerCase();
}

/** Two first failures of one login at once both insert its row; the loser runs again against the winner's row. */
async function retryOnDuplicateKey<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
    if (code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') return work();
    throw error;
  }
}

/** Registration, sign-in and -out, password changes and resets, and accepting an invitation. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionService,
    private readonly sessionRepository: SessionRepository,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly mail: MailPort,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An enterprise registers itself; its first account is the administrator, signed in at once. */
  async register(input: RegisterEnterprise, meta: ClientMeta): Promise<SignedIn> {
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      if ((await this.accounts.findEnterpriseByUscc(input.uscc, manager)) || (await this.accounts.findByUsername(input.uscc, manager))) {
        throw new AppError('CONFLICT', [{ path: 'uscc', code: 'USCC_TAKEN', message: this.text('该统一社会信用代码已注册，请直接登录或找回密码', 'This USCC is already registered; sign in or reset the password') }], {
          zh: '该企业已注册',
          en: 'This enterprise is already registered',
        });
      }
      const now = this.clock.now();
      const enterprise = await this.accounts.insertEnterprise(manager, {
        uscc: input.uscc,
        name: input.enterpriseName,
        contactName: input.contactName,
        mobile: input.mobile,
        email: input.email,
        createdAt: now,
      });
      const account = await this.accounts.insertAccount(manager, {
        username: input.uscc,
        role: 'enterprise_admin',
        displayName: input.contactName,
        passwordHash,
        enterpriseId: enterprise.id,
        mobile: input.mobile,
        email: input.email,
        createdAt: now,
        passwordChangedAt: now,
        lastSignInAt: now,
      });
      const actor = { accountId: account.id, username: account.username, role: 'enterprise_admin' as const };
      await this.audit.record(manager, { action: 'account.registered', actor, target: { type: 'enterprise', id: enterprise.id }, detail: { uscc: enterprise.uscc, name: enterprise.name } });
      const session = await this.sessions.issue(manager, account, meta);
      await this.audit.record(manager, { action: 'auth.signed_in', actor, target: { type: 'account', id: account.id } });
      return { session, view: this.sessionView(account, enterprise, session) };
    });
  }

  /**
   * Signs in, throttled per (login, client address) pair with a slower login-wide ceiling (SIGN_IN_THROTTLE_POLICY):
   * no account is ever locked, so knowing a USCC is not enough to keep its owner out. A throttled attempt is refused
   * before the password is checked, with the same answer whether the login exists or not.
   */
  async signIn(input: SignIn, meta: ClientMeta): Promise<SignedIn> {
    const login = normalizeLogin(input.login);
    const now = this.clock.now();
    try {
      await this.throttle.assertAllowed(login, meta.address, now);
    } catch (error) {
      await inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'auth.sign_in_failed', detail: { login, reason: 'throttled' } }));
      throw error;
    }

    const found = await this.accounts.findByUsername(login);
    const passwordOk = found
      ? found.status !== 'invited' && (await verifyPassword(input.password, found.passwordHash))
      : await verifyPassword(input.password, await (decoyHash ??= hashPassword(randomToken()))).then(() => false);

    if (!passwordOk) {
      const failure = await retryOnDuplicateKey(() =>
        inTransaction(this.dataSource, async (manager) => {
          const outcome = await this.throttle.recordFailure(manager, login, meta.address, now);
          const actor = found ? this.auditActor(found) : null;
          const target = found ? { type: 'account', id: found.id } : undefined;
          const counts = { pairFailures: outcome.pairFailures, loginFailures: outcome.loginFailures };
          await this.audit.record(manager, { action: 'auth.sign_in_failed', actor, target, detail: { login, reason: found ? 'wrong-password' : 'unknown-login', ...counts } });
          if (outcome.blockedUntil) {
            await this.audit.record(manager, { action: 'auth.throttled', actor, target, detail: { login, scope: outcome.scope, until: outcome.blockedUntil.toISOString(), ...counts } });
          }
          return outcome;
        }),
      );
      if (failure.blockedUntil && failure.scope) throw throttledError(failure.blockedUntil, failure.scope);
      throw new AppError('INVALID_CREDENTIALS');
    }

    const outcome = await inTransaction(this.dataSource, async (manager) => {
      const account = (await this.accounts.findByIdForUpdate(manager, found!.id))!;
      if (account.status === 'disabled') return { error: new AppError('ACCOUNT_DISABLED') };
      await this.throttle.clearPair(manager, login, meta.address);
      account.lastSignInAt = now;
      await this.accounts.save(manager, account);
      const session = await this.sessions.issue(manager, account, meta);
      await this.audit.record(manager, { action: 'auth.signed_in', actor: this.auditActor(account), target: { type: 'account', id: account.id } });
      const enterprise = account.enterpriseId ? await this.accounts.findEnterpriseById(account.enterpriseId, manager) : null;
      return { signedIn: { session, view: this.sessionView(account, enterprise, session) } };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.signedIn;
  }

  async signOut(actor: Actor): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await this.sessions.end(manager, actor.sessionHash);
      await this.audit.record(manager, { action: 'auth.signed_out', actor, target: { type: 'account', id: actor.accountId } });
    });
  }

  async me(actor: Actor, expiresAt: { idleExpiresAt: Date; expiresAt: Date }): Promise<SessionView> {
    const account = await this.accounts.findById(actor.accountId);
    if (!account) throw new AppError('SESSION_EXPIRED');
    const enterprise = account.enterpriseId ? await this.accounts.findEnterpriseById(account.enterpriseId) : null;
    return {
      account: toAccountView(account),
      enterprise: enterprise ? toEnterpriseView(enterprise) : null,
      idleExpiresAt: expiresAt.idleExpiresAt.toISOString(),
      expiresAt: expiresAt.expiresAt.toISOString(),
    };
  }

  /** Changes the password and ends every other session of the account. */
  async changePassword(actor: Actor, input: ChangePassword): Promise<{ endedSessions: number }> {
    const account = await this.accounts.findById(actor.accountId);
    if (!account || !(await verifyPassword(input.currentPassword, account.passwordHash))) {
      throw new AppError('VALIDATION_FAILED', [{ path: 'currentPassword', code: 'WRONG_PASSWORD', message: this.text('当前密码不正确', 'The current password is wrong') }]);
    }
    this.assertPasswordPolicy(input.newPassword, account, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    return inTransaction(this.dataSource, async (manager) => {
      const locked = (await this.accounts.findByIdForUpdate(manager, account.id))!;
      locked.passwordHash = passwordHash;
      locked.passwordChangedAt = this.clock.now();
      await this.accounts.save(manager, locked);
      const endedSessions = await this.sessions.endAllFor(manager, account.id, actor.sessionHash);
      await this.audit.record(manager, { action: 'account.password_changed', actor, target: { type: 'account', id: account.id }, detail: { endedSessions } });
      return { endedSessions };
    });
  }

  /**
   * Starts a password reset. Always answers the same way, so nobody learns whether an account exists; when it does,
   * a one-time link goes out through the mail port (the log on the embedded default).
   */
  async requestPasswordReset(login: string): Promise<void> {
    const normalized = normalizeLogin(login);
    const account = await this.accounts.findByUsername(normalized);
    if (!account || account.status !== 'active') {
      await inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'auth.password_reset_requested', detail: { login: normalized, sent: false } }));
      return;
    }
    const token = randomToken();
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (manager) => {
      // A newer link replaces every older one still unused, so only the latest mail works.
      const revokedTokens = await this.sessionRepository.revokeTokens(manager, account.id, now, 'reset');
      await this.sessionRepository.insertToken(manager, {
        tokenHash: sha256Hex(token),
        accountId: account.id,
        purpose: 'reset',
        createdAt: now,
        expiresAt: new Date(now.getTime() + TOKEN_POLICY.resetMinutes * MINUTE),
        usedAt: null,
      });
      await this.audit.record(manager, {
        action: 'auth.password_reset_requested',
        actor: { accountId: account.id, username: account.username, role: account.role as Actor['role'] },
        target: { type: 'account', id: account.id },
        detail: { login: normalized, sent: true, revokedTokens },
      });
    });
    const app = isRole(account.role) && isStaffRole(account.role) ? '/review' : '';
    const link = `${this.publicUrl()}${app}/reset-password?token=${token}`;
    await this.mail.send({
      kind: 'password-reset',
      to: account.email ?? account.username,
      subject: '示范 · 重置密码 / Reset your password',
      text: `请在${TOKEN_POLICY.resetMinutes}分钟内打开以下链接设置新密码 / Open this link within ${TOKEN_POLICY.resetMinutes} minutes to set a new password:\n${link}`,
      link,
    }).catch(() => undefined); // a refused mail is logged by the mailer; the answer stays 202, so it reveals nothing
  }

  /**
   * Sets a new password from a reset link: ends every session and forgets every failed sign-in of the login (the
   * owner's way past any throttling). It never changes the account's status: a disabled account stays disabled
   * (its links were revoked when it was disabled; one that slipped through is refused here).
   */
  async confirmPasswordReset(input: TokenPassword): Promise<void> {
    await this.useToken(input, 'reset', async (manager, account) => {
      if (account.status !== 'active') throw new AppError('TOKEN_INVALID');
      const endedSessions = await this.sessions.endAllFor(manager, account.id);
      const clearedThrottles = await this.throttle.clearLogin(manager, account.username);
      await this.audit.record(manager, { action: 'account.password_reset', actor: this.auditActor(account), target: { type: 'account', id: account.id }, detail: { endedSessions, clearedThrottles } });
    });
  }

  /** A colleague invited into an enterprise sets a password and can then sign in. */
  async acceptInvitation(input: TokenPassword): Promise<void> {
    await this.useToken(input, 'invitation', async (manager, account) => {
      if (account.status !== 'invited') throw new AppError('TOKEN_INVALID');
      account.status = 'active';
      await this.audit.record(manager, { action: 'account.invitation_accepted', actor: this.auditActor(account), target: { type: 'account', id: account.id } });
    });
  }

  private async useToken(input: TokenPassword, purpose: 'reset' | 'invitation', apply: (manager: EntityManager, account: AccountEntity) => Promise<void>): Promise<void> {
    const tokenHash = sha256Hex(input.token);
    const now = this.clock.now();
    const stored = await inTransaction(this.dataSource, (manager) => this.sessionRepository.findToken(manager, tokenHash));
    if (!stored || stored.purpose !== purpose || stored.usedAt || stored.expiresAt <= now) throw new AppError('TOKEN_INVALID');
    const account = await this.accounts.findById(stored.accountId);
    if (!account) throw new AppError('TOKEN_INVALID');
    this.assertPasswordPolicy(input.newPassword, account, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    await inTransaction(this.dataSource, async (manager) => {
      if (!(await this.sessionRepository.useToken(manager, tokenHash, now))) throw new AppError('TOKEN_INVALID');
      const locked = (await this.accounts.findByIdForUpdate(manager, account.id))!;
      locked.passwordHash = passwordHash;
      locked.passwordChangedAt = now;
      await apply(manager, locked);
      await this.accounts.save(manager, locked);
    });
  }

  private assertPasswordPolicy(password: string, account: AccountEntity, path: string): void {
    const problems = checkPassword(password, [account.username]);
    if (problems.length) {
      throw new AppError(
        'VALIDATION_FAILED',
        problems.map((problem) => ({ path, code: problem.code, message: this.text(problem.message.zh, problem.message.en) })),
      );
    }
  }

  private auditActor(account: AccountEntity) {
    return { accountId: account.id, username: account.username, role: account.role as Actor['role'] };
  }

  private sessionView(account: AccountEntity, enterprise: EnterpriseEntity | null, session: IssuedSession): SessionView {
    const now = this.clock.now();
    return {
      account: toAccountView(account),
      enterprise: enterprise ? toEnterpriseView(enterprise) : null,
      csrfToken: session.csrfToken,
      idleExpiresAt: new Date(now.getTime() + SESSION_POLICY.idleMinutes * MINUTE).toISOString(),
      expiresAt: session.expiresAt.toISOString(),
    };
  }

  private publicUrl(): string {
    return this.config.http.publicUrl ?? `http://localhost:${this.config.http.port}`;
  }

  /** Detail messages carry both languages; the error filter picks the reader's. */
  private text(zh: string, en: string): string {
    return localizedMessage({ zh, en });
  }
}
