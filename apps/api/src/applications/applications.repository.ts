import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationEntity } from './application.entity';
import { EnterpriseProfileEntity } from './enterprise-profile.entity';
import { NotificationEntity } from './notification.entity';
import { ReceiptCounterEntity } from './receipt-counter.entity';

/** The only code that reads and writes applications, profiles, timelines, receipt counters and notifications. */
@Injectable()
export class ApplicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  private lockable(manager: EntityManager) {
    return manager.connection.options.type === 'better-sqlite3' ? undefined : ({ mode: 'pessimistic_write' } as const);
  }

  findProfile(enterpriseId: number, manager?: EntityManager): Promise<EnterpriseProfileEntity | null> {
    return this.manager(manager).getRepository(EnterpriseProfileEntity).findOneBy({ enterpriseId });
  }

  /**
   * The profile for an update, serialised on the enterprise's row: locking the (maybe missing) profile row itself
   * would take a gap lock, and two first saves would deadlock on their inserts.
   */
  async findProfileForUpdate(manager: EntityManager, enterpriseId: number): Promise<EnterpriseProfileEntity | null> {
    await manager.getRepository(EnterpriseEntity).findOne({ where: { id: enterpriseId }, lock: this.lockable(manager) });
    return manager.getRepository(EnterpriseProfileEntity).findOneBy({ enterpriseId });
  }

  async insertProfile(manager: EntityManager, profile: Omit<EnterpriseProfileEntity, 'version'>): Promise<EnterpriseProfileEntity> {
    const repository = manager.getRepository(EnterpriseProfileEntity);
    return repository.save(repository.create({ ...profile, version: 1 }));
  }

  saveProfile(manager: EntityManager, profile: EnterpriseProfileEntity): Promise<EnterpriseProfileEntity> {
    return manager.getRepository(EnterpriseProfileEntity).save(profile);
  }

  find(id: number, manager?: EntityManager): Promise<ApplicationEntity | null> {
    return this.manager(manager).getRepository(ApplicationEntity).findOneBy({ id });
  }

  findForUpdate(manager: EntityManager, id: number): Promise<ApplicationEntity | null> {
    return manager.getRepository(ApplicationEntity).findOne({ where: { id }, lock: this.lockable(manager) });
  }

  findByCallAndEnterprise(callId: number, enterpriseId: number, manager?: EntityManager): Promise<ApplicationEntity | null> {
    return this.manager(manager).getRepository(ApplicationEntity).findOneBy({ callId, enterpriseId });
  }

  listForEnterprise(enterpriseId: number): Promise<ApplicationEntity[]> {
    return this.dataSource.getRepository(ApplicationEntity).find({ where: { enterpriseId }, order: { updatedAt: 'DESC' } });
  }

  async insert(manager: EntityManager, values: Omit<ApplicationEntity, 'id' | 'version'>): Promise<ApplicationEntity> {
    const repository = manager.getRepository(ApplicationEntity);
    return repository.save(repository.create({ ...values, version: 1 }));
  }

  save(manager: EntityManager, application: ApplicationEntity): Promise<ApplicationEntity> {
    return manager.getRepository(ApplicationEntity).save(application);
  }

  /** Takes the next receipt number of a call under the counter row's lock: gap-free and never duplicated. */
  async nextReceiptSequence(manager: EntityManager, callId: number): Promise<number> {
    const repository = manager.getRepository(ReceiptCounterEntity);
    let counter = await repository.findOne({ where: { callId }, lock: this.lockable(manager) });
    if (!counter) {
      // Normally created when the call opens; if not, the first submit creates it (a racing twin's insert loses).
      await repository.insert({ callId, lastNo: 0 }).catch((error: unknown) => {
        if (!/duplicate|unique|constraint/i.test(String((error as Error).message))) throw error;
      });
      counter = await repository.findOneOrFail({ where: { callId }, lock: this.lockable(manager) });
    }
    const next = counter.lastNo + 1;
    await repository.update({ callId }, { lastNo: next });
    return next;
  }

  async addEvent(manager: EntityManager, event: Omit<ApplicationEventEntity, 'id'>): Promise<void> {
    await manager.getRepository(ApplicationEventEntity).insert(event);
  }

  events(applicationId: number): Promise<ApplicationEventEntity[]> {
    return this.dataSource.getRepository(ApplicationEventEntity).find({ where: { applicationId }, order: { id: 'ASC' } });
  }

  async notify(manager: EntityManager, notification: Omit<NotificationEntity, 'id' | 'readAt'>): Promise<void> {
    await manager.getRepository(NotificationEntity).insert({ ...notification, readAt: null });
  }

  notifications(enterpriseId: number, limit = 50): Promise<NotificationEntity[]> {
    return this.dataSource.getRepository(NotificationEntity).find({ where: { enterpriseId }, order: { id: 'DESC' }, take: limit });
  }

  async markNotificationsRead(enterpriseId: number, at: Date): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: at })
      .where('enterprise_id = :enterpriseId AND read_at IS NULL', { enterpriseId })
      .execute();
    return result.affected ?? 0;
  }

  attachments(applicationId: number, manager?: EntityManager): Promise<AttachmentEntity[]> {
    return this.manager(manager).getRepository(AttachmentEntity).find({ where: { applicationId }, order: { id: 'ASC' } });
  }
}
