import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { SlotTemplateEntity } from './slot-template.entity';

/** The only code that reads and writes slot template rows. */
@Injectable()
export class SlotTemplatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  find(callId: number, slotKey: string, manager?: EntityManager): Promise<SlotTemplateEntity | null> {
    return this.manager(manager).getRepository(SlotTemplateEntity).findOneBy({ callId, slotKey });
  }

  /** The templates of a call, in no particular order (the caller orders them by the call's slots). */
  ofCall(callId: number): Promise<SlotTemplateEntity[]> {
    return this.dataSource.getRepository(SlotTemplateEntity).find({ where: { callId }, order: { id: 'ASC' } });
  }

  async insert(manager: EntityManager, values: Omit<SlotTemplateEntity, 'id' | 'call'>): Promise<SlotTemplateEntity> {
    const repository = manager.getRepository(SlotTemplateEntity);
    return repository.save(repository.create(values));
  }

  async delete(manager: EntityManager, id: number): Promise<void> {
    await manager.getRepository(SlotTemplateEntity).delete({ id });
  }

  /** Which of these object keys a committed template row names. */
  async namedKeys(keys: string[]): Promise<Set<string>> {
    const named = new Set<string>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.dataSource.getRepository(SlotTemplateEntity).find({ select: { objectKey: true }, where: { objectKey: In(keys.slice(i, i + 500)) } });
      for (const row of rows) named.add(row.objectKey);
    }
    return named;
  }
}
