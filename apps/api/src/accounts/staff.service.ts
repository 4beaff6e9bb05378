import { Injectable } from '@nestjs/common';
import { type AccountListQuery, type AccountView, type CreateStaff, isRole, isStaffRole, localizedMessage, type UpdateStaff } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { SessionRepository } from '../auth/session.repository';
import { SessionService } from '../auth/session.service';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { toAccountView } from './account-view';
import { AccountsRepository } from './accounts.repository';
import { hashPassword } from './password-hasher';
import { inTransaction } from '../database/transaction';

/** The administrator's user management: staff accounts (district, city, expert, admin) and disabling any account. */
@Injectable()
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionService,
    private readonly sessionRepository: SessionRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async page(query: AccountListQuery) {
    const { items, total } = await this.accounts.page(query);
    return { items: items.map(toAccountView), total, page: query.page, pageSize: query.pageSize };
  }

  async create(actor: Actor, input: CreateStaff): Promise<AccountView> {
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      if (await this.accounts.findByUsername(input.username, manager)) {
        throw new AppError('CONFLICT', [{ path: 'username', code: 'USERNAME_TAKEN', message: localizedMessage({ zh: '该用户名已被使用', en: 'This user name is taken' }) }]);
      }
      const now = this.clock.now();
      const account = await this.accounts.insertAccount(manager, {
        username: input.username,
        role: input.role,
        displayName: input.displayName,
        passwordHash,
        recommendingUnitCode: input.recommendingUnitCode ?? null,
        mobile: input.mobile ?? null,
        email: input.email ?? null,
        createdAt: now,
        passwordChangedAt: now,
      });
      await this.audit.record(manager, { action: 'account.created', actor, target: { type: 'account', id: account.id }, detail: { username: account.username, role: account.role, recommendingUnitCode: account.recommendingUnitCode } });
      return toAccountView(account);
    });
  }

  /** Edits a staff account's name, role and district, or disables/enables any account; refuses a stale version. */
  async update(actor: Actor, accountId: number, input: UpdateStaff): Promise<AccountView> {
    return inTransaction(this.dataSource, async (manager) => {
      const account = await this.accounts.findByIdForUpdate(manager, accountId);
      if (!account) throw new AppError('NOT_FOUND');
      if (account.version !== input.version) {
        throw new AppError('CONFLICT', [{ path: 'version', code: 'STALE_VERSION', message: String(account.version) }], {
          zh: '该账户已被他人修改，请刷新后重试',
          en: 'Someone else changed this account; reload and try again',
        });
      }
      const staff = isRole(account.role) && isStaffRole(account.role);
      if (!staff && (input.role !== undefined || input.recommendingUnitCode !== undefined || input.displayName !== undefined)) {
        throw new AppError('VALIDATION_FAILED', [{ path: 'role', code: 'NOT_STAFF', message: localizedMessage({ zh: '企业账户由企业自行管理，这里只能停用或启用', en: 'Enterprise accounts are managed by their enterprise; here they can only be disabled or enabled' }) }]);
      }
      if (input.disabled !== undefined && accountId === actor.accountId) {
        throw new AppError('CONFLICT', [], { zh: '不能停用自己的账户', en: 'You cannot disable your own account' });
      }
      const changes: Record<string, [unknown, unknown]> = {};
      const set = <K extends 'displayName' | 'role' | 'recommendingUnitCode' | 'status'>(key: K, value: (typeof account)[K]) => {
        if (account[key] !== value) {
          changes[key] = [account[key], value];
          account[key] = value;
        }
      };
      if (input.displayName !== undefined) set('displayName', input.displayName);
      if (input.role !== undefined) set('role', input.role);
      if (input.recommendingUnitCode !== undefined) set('recommendingUnitCode', input.recommendingUnitCode);
      if (input.role !== undefined && input.role !== 'district_officer' && input.recommendingUnitCode === undefined) set('recommendingUnitCode', null);
      if (input.disabled !== undefined) set('status', input.disabled ? 'disabled' : account.passwordChangedAt ? 'active' : 'invited');
      if (account.role === 'district_officer' && !account.recommendingUnitCode) {
        throw new AppError('VALIDATION_FAILED', [{ path: 'recommendingUnitCode', code: 'REQUIRED', message: localizedMessage({ zh: '推荐单位审核员须指定所属推荐单位', en: 'A recommending-unit officer needs a recommending unit' }) }]);
      }
      if (!Object.keys(changes).length) return toAccountView(account);
      const saved = await this.accounts.save(manager, account);
      // A disabled account must not come back by itself: its sessions end and every outstanding link dies with them.
      const disabling = Boolean(changes.status) && saved.status === 'disabled';
      const endedSessions = disabling ? await this.sessions.endAllFor(manager, saved.id) : 0;
      const revokedTokens = disabling ? await this.sessionRepository.revokeTokens(manager, saved.id, this.clock.now()) : 0;
      await this.audit.record(manager, { action: 'account.updated', actor, target: { type: 'account', id: saved.id }, detail: { changes, endedSessions, revokedTokens } });
      if (changes.role) await this.audit.record(manager, { action: 'account.role_changed', actor, target: { type: 'account', id: saved.id }, detail: { from: changes.role[0], to: changes.role[1] } });
      return toAccountView(saved);
    });
  }
}
