import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';
import { AttachmentEntity } from './attachment.entity';
import { SigningCopyEntity } from '../documents/signing-copy.entity';

/** The only code that reads and writes attachment rows. */
@Injectable()
export class AttachmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /**
   * The application row under a write lock (MySQL/MariaDB), so an upload or a delete and a submit or withdraw of the
   * same application happen one after the other. SQLite serialises write transactions by itself.
   */
  lockApplication(manager: EntityManager, applicationId: number): Promise<ApplicationEntity | null> {
    const lock = manager.connection.options.type === 'better-sqlite3' ? undefined : ({ mode: 'pessimistic_write' } as const);
    return manager.getRepository(ApplicationEntity).findOne({ where: { id: applicationId }, lock });
  }

  /** An attachment of the given application (another application's answers null). */
  find(applicationId: number, id: number, manager?: EntityManager): Promise<AttachmentEntity | null> {
    return this.manager(manager).getRepository(AttachmentEntity).findOneBy({ id, applicationId });
  }

  countInSlot(applicationId: number, slotKey: string, manager?: EntityManager): Promise<number> {
    return this.manager(manager).getRepository(AttachmentEntity).countBy({ applicationId, slotKey });
  }

  async insert(manager: EntityManager, values: Omit<AttachmentEntity, 'id' | 'application'>): Promise<AttachmentEntity> {
    const repository = manager.getRepository(AttachmentEntity);
    return repository.save(repository.create(values));
  }

  /** The files of one slot of an application, oldest first. */
  inSlot(applicationId: number, slotKey: string, manager?: EntityManager): Promise<AttachmentEntity[]> {
    return this.manager(manager).getRepository(AttachmentEntity).find({ where: { applicationId, slotKey }, order: { id: 'ASC' } });
  }

  /** The latest 签字盖章用 copy the enterprise printed of an application, or null when none was printed. */
  latestSigningCopy(applicationId: number, manager?: EntityManager): Promise<SigningCopyEntity | null> {
    return this.manager(manager).getRepository(SigningCopyEntity).findOne({ where: { applicationId }, order: { id: 'DESC' } });
  }

  async delete(manager: EntityManager, id: number): Promise<void> {
    await manager.getRepository(AttachmentEntity).delete({ id });
  }

  /** Which of these object keys a committed attachment row names. */
  async namedKeys(keys: string[]): Promise<Set<string>> {
    const named = new Set<string>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.dataSource.getRepository(AttachmentEntity).find({ select: { objectKey: true }, where: { objectKey: In(keys.slice(i, i + 500)) } });
      for (const row of rows) named.add(row.objectKey);
    }
    return named;
  }
}
