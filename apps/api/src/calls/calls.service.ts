import { Injectable } from '@nestjs/common';
import { type CallInput, type CallListQuery, type CallView, callWindow, can, localizedMessage, type UpdateCall } from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import type { CallEntity } from './call.entity';
import { snapshotOf, toCallView } from './call-view';
import { CallsRepository } from './calls.repository';
import { inTransaction } from '../database/transaction';

const PUBLIC_STATUSES = ['open', 'closed'];
const ALL_STATUSES = ['draft', 'open', 'closed'];

/**
 * Calls (申报批次): city officers create them as drafts, open and close them; once open, every edit is published as a
 * new version, and each application keeps the version it was checked against.
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calls: CallsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async page(actor: Actor | null, query: CallListQuery) {
    const { items, total } = await this.calls.page(query, this.visibleStatuses(actor));
    return { items: items.map(toCallView), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor | null, id: number): Promise<CallView> {
    const call = await this.calls.find(id);
    if (!call || !this.visibleStatuses(actor).includes(call.status)) throw new AppError('NOT_FOUND');
    return toCallView(call);
  }

  /** A call that applicants can see (open or closed); drafts are 404 to them. */
  async visibleCall(id: number, manager?: EntityManager): Promise<CallEntity> {
    const call = await this.calls.find(id, manager);
    if (!call || !PUBLIC_STATUSES.includes(call.status)) throw new AppError('NOT_FOUND');
    return call;
  }

  async create(actor: Actor, input: CallInput): Promise<CallView> {
    const window = callWindow(input.settings.schedule);
    const now = this.clock.now();
    return inTransaction(this.dataSource, async (manager) => {
      const call = await this.calls.create(manager, {
        category: input.category,
        level: input.level,
        year: input.settings.callYear,
        title: input.title,
        notice: input.notice,
        status: 'draft',
        opensAt: window.opensAt,
        deadlineAt: window.deadlineAt,
        settings: input.settings,
        attachmentSlots: input.attachmentSlots,
        rubric: input.rubric,
        publishedVersion: 0,
        createdAt: now,
        updatedAt: now,
      });
      await this.audit.record(manager, { action: 'call.created', actor, target: { type: 'call', id: call.id }, detail: { title: call.title, category: call.category, year: call.year } });
      return toCallView(call);
    });
  }

  /** Edits a call; refuses a stale version. Once the call is open the edit is published as a new version. */
  async update(actor: Actor, id: number, input: UpdateCall): Promise<CallView> {
    return inTransaction(this.dataSource, async (manager) => {
      const call = await this.calls.findForUpdate(manager, id);
      if (!call) throw new AppError('NOT_FOUND');
      if (call.version !== input.version) {
        throw new AppError('CONFLICT', [{ path: 'version', code: 'STALE_VERSION', message: String(call.version) }], { zh: '该批次已被他人修改，请刷新后重试', en: 'Someone else changed this call; reload and try again' });
      }
      if (call.status !== 'draft' && input.call.category !== call.category) {
        throw new AppError('VALIDATION_FAILED', [{ path: 'call.category', code: 'FROZEN', message: localizedMessage({ zh: '批次开放后不能更改项目类别', en: 'The category cannot change once the call is open' }) }]);
      }
      const window = callWindow(input.call.settings.schedule);
      Object.assign(call, {
        category: input.call.category,
        level: input.call.level,
        year: input.call.settings.callYear,
        title: input.call.title,
        notice: input.call.notice,
        settings: input.call.settings,
        attachmentSlots: input.call.attachmentSlots,
        rubric: input.call.rubric,
        opensAt: window.opensAt,
        deadlineAt: window.deadlineAt,
        updatedAt: this.clock.now(),
      });
      if (call.status !== 'draft') await this.publish(manager, call, actor);
      const saved = await this.calls.save(manager, call);
      await this.audit.record(manager, { action: 'call.updated', actor, target: { type: 'call', id: call.id }, detail: { publishedVersion: saved.publishedVersion } });
      return toCallView(saved);
    });
  }

  async open(actor: Actor, id: number): Promise<CallView> {
    return this.changeStatus(actor, id, 'draft', 'open', 'call.opened');
  }

  async close(actor: Actor, id: number): Promise<CallView> {
    return this.changeStatus(actor, id, 'open', 'closed', 'call.closed');
  }

  private async changeStatus(actor: Actor, id: number, from: string, to: string, action: string): Promise<CallView> {
    return inTransaction(this.dataSource, async (manager) => {
      const call = await this.calls.findForUpdate(manager, id);
      if (!call) throw new AppError('NOT_FOUND');
      if (call.status !== from) {
        throw new AppError('CONFLICT', [{ path: 'status', code: 'WRONG_STATUS', message: call.status }], {
          zh: `批次当前状态为"${call.status}"，不能执行此操作`,
          en: `The call is ${call.status}; this cannot be done now`,
        });
      }
      call.status = to;
      call.updatedAt = this.clock.now();
      if (to === 'open') {
        await this.publish(manager, call, actor);
        await this.calls.ensureReceiptCounter(manager, call.id);
      }
      const saved = await this.calls.save(manager, call);
      await this.audit.record(manager, { action, actor, target: { type: 'call', id: call.id }, detail: { publishedVersion: saved.publishedVersion } });
      return toCallView(saved);
    });
  }

  private async publish(manager: EntityManager, call: CallEntity, actor: Actor | null): Promise<void> {
    call.publishedVersion += 1;
    await this.calls.insertVersion(manager, { callId: call.id, versionNo: call.publishedVersion, snapshot: snapshotOf(call), createdAt: this.clock.now(), createdBy: actor?.accountId ?? null });
  }

  private visibleStatuses(actor: Actor | null): string[] {
    return actor && can(actor.role, 'calls.read_all') ? ALL_STATUSES : PUBLIC_STATUSES;
  }
}
