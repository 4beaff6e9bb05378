import { Inject, Injectable } from '@nestjs/common';
import { type AccountView, type InviteColleague, localizedMessage, TOKEN_POLICY } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { MailPort } from '../auth/mail.port';
import { SessionRepository } from '../auth/session.repository';
import { SessionService } from '../auth/session.service';
import { randomToken, sha256Hex } from '../auth/tokens';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { toAccountView } from './account-view';
import { AccountsRepository } from './accounts.repository';
import { hashPassword } from './password-hasher';
import { inTransaction } from '../database/transaction';

/** An enterprise administrator's colleagues (declarants): list, invite, disable, enable. Always within one enterprise. */
@Injectable()
export class ColleaguesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly sessionRepository: SessionRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly mail: MailPort,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor): Promise<AccountView[]> {
    return (await this.accounts.colleagues(this.enterpriseOf(actor))).map(toAccountView);
  }

  /** Creates the colleague's account, not yet active, and sends a one-time link to set a password. */
  async invite(actor: Actor, input: InviteColleague): Promise<AccountView> {
    const enterpriseId = this.enterpriseOf(actor);
    const token = randomToken();
    const unusable = await hashPassword(randomToken());
    const now = this.clock.now();
    const account = await inTransaction(this.dataSource, async (manager) => {
      if (await this.accounts.findByUsername(input.username, manager)) {
        throw new AppError('CONFLICT', [{ path: 'username', code: 'USERNAME_TAKEN', message: localizedMessage({ zh: '该用户名已被使用', en: 'This user name is taken' }) }]);
      }
      const created = await this.accounts.insertAccount(manager, {
        username: input.username,
        role: 'enterprise_user',
        displayName: input.displayName,
        passwordHash: unusable,
        enterpriseId,
        mobile: input.mobile,
        email: input.email,
        status: 'invited',
        createdAt: now,
      });
      await this.sessionRepository.insertToken(manager, {
        tokenHash: sha256Hex(token),
        accountId: created.id,
        purpose: 'invitation',
        createdAt: now,
        expiresAt: new Date(now.getTime() + TOKEN_POLICY.invitationHours * 3_600_000),
        usedAt: null,
      });
      await this.audit.record(manager, { action: 'account.invited', actor, target: { type: 'account', id: created.id }, detail: { username: created.username, role: created.role, enterpriseId } });
      return created;
    });
    const link = `${this.config.http.publicUrl ?? `http://localhost:${this.config.http.port}`}/accept-invitation?token=${token}`;
    await this.mail.send({
      kind: 'invitation',
      to: input.email,
      subject: '示范 · 企业申报账号邀请 / You are invited to Shifan',
      text: `${actor.displayName} 邀请您加入本企业的申报账号。请在${TOKEN_POLICY.invitationHours}小时内打开链接设置密码 / Open this link within ${TOKEN_POLICY.invitationHours} hours to set your password:\n${link}`,
      link,
    });
    return toAccountView(account);
  }

  /**
   * Disables (sessions end, every outstanding link is revoked, in the same transaction) or enables a colleague. A
   * colleague enabled again before ever setting a password is `invited` once more, and gets a fresh invitation link:
   * the one they had died with the disabling.
   */
  async setDisabled(actor: Actor, accountId: number, disabled: boolean): Promise<AccountView> {
    const enterpriseId = this.enterpriseOf(actor);
    if (accountId === actor.accountId) {
      throw new AppError('CONFLICT', [], { zh: '不能停用自己的账户', en: 'You cannot disable your own account' });
    }
    const token = randomToken();
    const outcome = await inTransaction(this.dataSource, async (manager) => {
      const account = await this.accounts.findByIdForUpdate(manager, accountId);
      if (!account || account.enterpriseId !== enterpriseId) throw new AppError('NOT_FOUND');
      const before = account.status;
      account.status = disabled ? 'disabled' : account.passwordChangedAt ? 'active' : 'invited';
      await this.accounts.save(manager, account);
      const now = this.clock.now();
      const endedSessions = disabled ? await this.sessions.endAllFor(manager, account.id) : 0;
      const revokedTokens = disabled ? await this.sessionRepository.revokeTokens(manager, account.id, now) : 0;
      const reinvited = !disabled && before === 'disabled' && account.status === 'invited';
      if (reinvited) {
        await this.sessionRepository.insertToken(manager, {
          tokenHash: sha256Hex(token),
          accountId: account.id,
          purpose: 'invitation',
          createdAt: now,
          expiresAt: new Date(now.getTime() + TOKEN_POLICY.invitationHours * 3_600_000),
          usedAt: null,
        });
      }
      await this.audit.record(manager, {
        action: disabled ? 'account.disabled' : 'account.enabled',
        actor,
        target: { type: 'account', id: account.id },
        detail: { from: before, to: account.status, endedSessions, revokedTokens, reinvited },
      });
      return { account, reinvited };
    });
    if (outcome.reinvited && outcome.account.email) {
      const link = `${this.config.http.publicUrl ?? `http://localhost:${this.config.http.port}`}/accept-invitation?token=${token}`;
      await this.mail.send({
        kind: 'invitation',
        to: outcome.account.email,
        subject: '示范 · 企业申报账号邀请 / You are invited to Shifan',
        text: `${actor.displayName} 重新启用了您的申报账号。请在${TOKEN_POLICY.invitationHours}小时内打开链接设置密码 / Your account was enabled again. Open this link within ${TOKEN_POLICY.invitationHours} hours to set your password:\n${link}`,
        link,
      });
    }
    return toAccountView(outcome.account);
  }

  private enterpriseOf(actor: Actor): number {
    if (actor.enterpriseId === null) throw new AppError('FORBIDDEN');
    return actor.enterpriseId;
  }
}
