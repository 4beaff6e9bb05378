import { Injectable } from '@nestjs/common';
import type { AuditQuery, AuditVerification } from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { currentAddress, currentRequestId } from '../common/logging/request-context';
import { ObjectStorage } from '../storage/object-storage';
import { CheckpointSigner } from './audit-checkpoint';
import { verifyAuditTrail } from './audit-verify';
import type { AuditLogEntity } from './audit-log.entity';
import { AuditRepository } from './audit.repository';
import { inTransaction } from '../database/transaction';

export interface AuditEvent {
  action: string;
  target?: { type: string; id: string | number };
  detail?: Record<string, unknown>;
  /** Who acted, when not the signed-in actor (e.g. a failed sign-in names the login tried). */
  actor?: Pick<Actor, 'accountId' | 'username' | 'role'> | null;
}

/** Records what happened, with who, when, from where and under which request id. */
@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly signer: CheckpointSigner,
  ) {}

  /** A download of the trail is itself an audited event. */
  async recordExport(actor: Actor, filter: Omit<AuditQuery, 'page' | 'pageSize'>): Promise<void> {
    await inTransaction(this.dataSource, (manager) => this.record(manager, { action: 'audit.exported', actor, detail: { filter } }));
  }

  /** A reviewer's or expert's read of an application's details: one append, in its own small transaction. */
  async recordApplicationView(actor: Actor, applicationId: number, detail: Record<string, unknown>): Promise<void> {
    await inTransaction(this.dataSource, (manager) => this.record(manager, { action: 'application.viewed', actor, target: { type: 'application', id: applicationId }, detail }));
  }

  /** Appends within the caller's transaction, so the record and the change it describes commit together. */
  record(manager: EntityManager, event: AuditEvent): Promise<AuditLogEntity> {
    const actor = event.actor ?? null;
    return this.repository.append(manager, {
      occurredAt: this.clock.now().toISOString(),
      actorId: actor?.accountId ?? null,
      actorName: actor?.username ?? null,
      actorRole: actor?.role ?? null,
      action: event.action,
      targetType: event.target?.type ?? null,
      targetId: event.target ? String(event.target.id) : null,
      detail: event.detail ? JSON.stringify(event.detail) : null,
      address: currentAddress(),
      requestId: currentRequestId() ?? null,
    });
  }

  page(query: AuditQuery) {
    return this.repository.page(query);
  }

  matching(query: Omit<AuditQuery, 'page' | 'pageSize'>) {
    return this.repository.matching(query);
  }

  /** Walks the whole chain from one consistent snapshot and holds it against the signed checkpoints in S3. */
  verify(): Promise<AuditVerification> {
    return verifyAuditTrail(this.dataSource, { storage: this.storage, signer: this.signer });
  }
}
