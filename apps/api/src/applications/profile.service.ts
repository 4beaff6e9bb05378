import { Injectable } from '@nestjs/common';
import { classifyEnterpriseSize, EnterpriseProfileDraftSchema, isAboveDesignatedSize, type ProfileView, type SaveProfile } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { issuesToDetails, zodErrorMap } from '../common/errors/zod-issues';
import { currentLocale } from '../common/logging/request-context';
import { ApplicationsRepository } from './applications.repository';
import type { EnterpriseProfileEntity } from './enterprise-profile.entity';
import { inTransaction } from '../database/transaction';

/** The enterprise's profile: the facts every application's eligibility reads. Saved with an optimistic version. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor): Promise<ProfileView> {
    const enterpriseId = enterpriseOf(actor);
    const profile = await this.applications.findProfile(enterpriseId);
    if (profile) return toProfileView(profile);
    const enterprise = await this.accounts.findEnterpriseById(enterpriseId);
    return toProfileView(null, { name: enterprise?.name, uscc: enterprise?.uscc, contactName: enterprise?.contactName, contactPhone: enterprise?.mobile, contactEmail: enterprise?.email });
  }

  /** Profile data of an enterprise for eligibility (empty when never saved). */
  async dataOf(enterpriseId: number): Promise<Record<string, unknown>> {
    return (await this.applications.findProfile(enterpriseId))?.data ?? {};
  }

  async save(actor: Actor, input: SaveProfile): Promise<ProfileView> {
    const enterpriseId = enterpriseOf(actor);
    const enterprise = await this.accounts.findEnterpriseById(enterpriseId);
    if (!enterprise) throw new AppError('NOT_FOUND');
    const parsed = EnterpriseProfileDraftSchema.safeParse({ ...input.data, uscc: enterprise.uscc }, { error: zodErrorMap(currentLocale()) });
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', issuesToDetails(parsed.error.issues, currentLocale()));
    const data = parsed.data as Record<string, unknown>;
    return inTransaction(this.dataSource, async (manager) => {
      const existing = await this.applications.findProfileForUpdate(manager, enterpriseId);
      const currentVersion = existing?.version ?? 0;
      if (currentVersion !== input.version) {
        throw new AppError('CONFLICT', [{ path: 'version', code: 'STALE_VERSION', message: String(currentVersion) }], {
          zh: '企业信息已被同事修改，请查看最新内容后再保存',
          en: 'A colleague changed the profile; review the latest version before saving',
        });
      }
      const now = this.clock.now();
      const saved = existing
        ? await this.applications.saveProfile(manager, Object.assign(existing, { data, updatedAt: now }))
        : await this.applications.insertProfile(manager, { enterpriseId, data, updatedAt: now });
      await this.audit.record(manager, { action: 'profile.saved', actor, target: { type: 'enterprise', id: enterpriseId }, detail: { version: saved.version, fields: Object.keys(data).length } });
      return toProfileView(saved);
    });
  }
}

function enterpriseOf(actor: Actor): number {
  if (actor.enterpriseId === null) {
    throw new AppError('FORBIDDEN', [], { zh: '只有企业账户有企业信息', en: 'Only enterprise accounts have a profile' });
  }
  return actor.enterpriseId;
}

function toProfileView(profile: EnterpriseProfileEntity | null, prefill: Record<string, unknown> = {}): ProfileView {
  const data = profile?.data ?? Object.fromEntries(Object.entries(prefill).filter(([, value]) => value !== undefined && value !== null));
  const employees = typeof data.employees === 'number' ? data.employees : undefined;
  const revenue = typeof data.revenueWanYuan === 'number' ? data.revenueWanYuan : undefined;
  return {
    data,
    version: profile?.version ?? 0,
    sizeClass: employees !== undefined && revenue !== undefined ? classifyEnterpriseSize({ employees, revenueWanYuan: revenue }) : null,
    aboveDesignatedSize: revenue !== undefined ? isAboveDesignatedSize(revenue) : null,
    updatedAt: profile ? profile.updatedAt.toISOString() : null,
  };
}

