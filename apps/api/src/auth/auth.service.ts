import { Inject, Injectable } from '@nestjs/common';
import {
  type ChangePassword,
  checkPassword,
  isRole,
  isStaffRole,
  LOCKOUT_POLICY,
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
import { RateLimiter } from './rate-limiter';
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

/** Registration, sign-in and -out, password changes and resets, and accepting an invitation. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionService,
    private readonly sessionRepository: SessionRepository,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly mail: MailPort,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An enterprise registers itself; its first account is the administrator, signed in at once. */
  async register(input: RegisterEnterprise, meta: ClientMeta): Promise<SignedIn> {
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      if ((await this.accounts.findEnterpriseByUscc(input.uscc, manager)) || (await this.accounts.findByUsername(input.uscc, manager))) {
        throw new AppError('CONFLICT', [{ path: 'uscc', code: 'USCC_TAKEN', message: this.text('该统一社会信用代码已注册,请直接登录或找回密码', 'This USCC is already registered; sign in or reset the password') }], {
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

  async signIn(input: SignIn, meta: ClientMeta): Promise<SignedIn> {
    const login = /^[0-9A-Za-z]{18}$/.test(input.login.replace(/[\s-]/g, '')) ? normalizeUscc(input.login) : input.login.trim().toLowerCase();
    await this.rateLimiter.hit('signInPerAccount', login);

    const found = await this.accounts.findByUsername(login);
    if (!found) {
      await verifyPassword(input.password, await (decoyHash ??= hashPassword(randomToken())));
      await inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'auth.sign_in_failed', detail: { login, reason: 'unknown-login' } }));
      throw new AppError('INVALID_CREDENTIALS');
    }

    const now = this.clock.now();
    if (found.lockedUntil && found.lockedUntil > now) throw this.lockedError(found.lockedUntil);
    const passwordOk = found.status !== 'invited' && (await verifyPassword(input.password, found.passwordHash));

    const outcome = await inTransaction(this.dataSource, async (manager) => {
      const account = (await this.accounts.findByIdForUpdate(manager, found.id))!;
      const actor = { accountId: account.id, username: account.username, role: account.role as Actor['role'] };
      if (account.lockedUntil && account.lockedUntil > now) return { error: this.lockedError(account.lockedUntil) };
      if (!passwordOk) {
        account.failedAttempts += 1;
        const locked = account.failedAttempts >= LOCKOUT_POLICY.maxFailures;
        if (locked) {
          account.lockedUntil = new Date(now.getTime() + LOCKOUT_POLICY.lockMinutes * MINUTE);
          account.failedAttempts = 0;
        }
        await this.accounts.save(manager, account);
        await this.audit.record(manager, { action: 'auth.sign_in_failed', actor, target: { type: 'account', id: account.id }, detail: { login, reason: 'wrong-password' } });
        if (locked) {
          await this.audit.record(manager, { action: 'auth.locked', actor, target: { type: 'account', id: account.id }, detail: { until: account.lockedUntil!.toISOString(), minutes: LOCKOUT_POLICY.lockMinutes } });
          return { error: this.lockedError(account.lockedUntil!) };
        }
        return { error: new AppError('INVALID_CREDENTIALS') };
      }
      if (account.status === 'disabled') return { error: new AppError('ACCOUNT_DISABLED') };
      account.failedAttempts = 0;
      account.lockedUntil = null;
      account.lastSignInAt = now;
      await this.accounts.save(manager, account);
      const session = await this.sessions.issue(manager, account, meta);
      await this.audit.record(manager, { action: 'auth.signed_in', actor, target: { type: 'account', id: account.id } });
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
    const normalized = /^[0-9A-Za-z]{18}$/.test(login.replace(/[\s-]/g, '')) ? normalizeUscc(login) : login.trim().toLowerCase();
    const account = await this.accounts.findByUsername(normalized);
    if (!account || account.status !== 'active') {
      await inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'auth.password_reset_requested', detail: { login: normalized, sent: false } }));
      return;
    }
    const token = randomToken();
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (manager) => {
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
        detail: { login: normalized, sent: true },
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
    });
  }

  /** Sets a new password from a reset link: ends every session and clears a lock-out. */
  async confirmPasswordReset(input: TokenPassword): Promise<void> {
    await this.useToken(input, 'reset', async (manager, account) => {
      account.status = 'active';
      account.lockedUntil = null;
      account.failedAttempts = 0;
      const endedSessions = await this.sessions.endAllFor(manager, account.id);
      await this.audit.record(manager, { action: 'account.password_reset', actor: this.auditActor(account), target: { type: 'account', id: account.id }, detail: { endedSessions } });
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

  private lockedError(until: Date): AppError {
    const local = new Date(until.getTime() + 8 * 60 * MINUTE).toISOString().slice(11, 16); // Asia/Shanghai, UTC+8 all year
    return new AppError('ACCOUNT_LOCKED', [{ path: 'login', code: 'LOCKED_UNTIL', message: until.toISOString() }], {
      zh: `连续${LOCKOUT_POLICY.maxFailures}次密码错误,账户已锁定${LOCKOUT_POLICY.lockMinutes}分钟,请于北京时间 ${local} 后再试,或通过"忘记密码"重置。`,
      en: `${LOCKOUT_POLICY.maxFailures} wrong passwords in a row: the account is locked for ${LOCKOUT_POLICY.lockMinutes} minutes. Try again after ${local} Beijing time, or reset the password.`,
    });
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
