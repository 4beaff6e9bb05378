import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { EnterpriseDocumentEntity } from './enterprise-document.entity';

/** The only code that touches verification documents and the enterprise's verification columns. */
@Injectable()
export class VerificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  enterprise(enterpriseId: number, manager?: EntityManager): Promise<EnterpriseEntity | null> {
    return (manager ?? this.dataSource.manager).getRepository(EnterpriseEntity).findOneBy({ id: enterpriseId });
  }

  /** The enterprise's row, locked for the rest of the transaction (uploads and decisions serialise on it). */
  lockEnterprise(manager: EntityManager, enterpriseId: number): Promise<EnterpriseEntity | null> {
    const repository = manager.getRepository(EnterpriseEntity);
    return manager.connection.options.type === 'better-sqlite3'
      ? repository.findOneBy({ id: enterpriseId })
      : repository.findOne({ where: { id: enterpriseId }, lock: { mode: 'pessimistic_write' } });
  }

  async saveEnterprise(manager: EntityManager, enterprise: EnterpriseEntity): Promise<EnterpriseEntity> {
    return manager.getRepository(EnterpriseEntity).save(enterprise);
  }

  documents(enterpriseIds: number[], manager?: EntityManager): Promise<EnterpriseDocumentEntity[]> {
    if (!enterpriseIds.length) return Promise.resolve([]);
    return (manager ?? this.dataSource.manager)
      .getRepository(EnterpriseDocumentEntity)
      .createQueryBuilder('d')
      .where('d.enterprise_id IN (:...ids)', { ids: enterpriseIds })
      .orderBy('d.kind', 'ASC')
      .getMany();
  }

  document(enterpriseId: number, kind: string, manager?: EntityManager): Promise<EnterpriseDocumentEntity | null> {
    return (manager ?? this.dataSource.manager).getRepository(EnterpriseDocumentEntity).findOneBy({ enterpriseId, kind });
  }

  async insertDocument(manager: EntityManager, values: Omit<EnterpriseDocumentEntity, 'id' | 'enterprise'>): Promise<EnterpriseDocumentEntity> {
    const repository = manager.getRepository(EnterpriseDocumentEntity);
    return repository.save(repository.create(values));
  }

  async replaceDocument(manager: EntityManager, id: number, values: Partial<Omit<EnterpriseDocumentEntity, 'id' | 'enterprise'>>): Promise<void> {
    await manager.getRepository(EnterpriseDocumentEntity).update({ id }, values);
  }

  /** A page of enterprises in one verification state, optionally of one district: pending oldest request first, others latest decision first. */
  async page(filter: { status: string; recommendingUnitCode: string | null }, page: number, pageSize: number): Promise<{ items: EnterpriseEntity[]; total: number }> {
    const where: FindOptionsWhere<EnterpriseEntity> = { verificationStatus: filter.status };
    if (filter.recommendingUnitCode) where.verificationUnitCode = filter.recommendingUnitCode;
    const [items, total] = await this.dataSource.getRepository(EnterpriseEntity).findAndCount({
      where,
      order: filter.status === 'pending' ? { verificationRequestedAt: 'ASC', id: 'ASC' } : { verificationDecidedAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }
}
