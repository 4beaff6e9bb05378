import { Injectable } from '@nestjs/common';
import type { AccountListQuery } from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike, LIKE_ESCAPE } from '../database/like';
import { AccountEntity } from './account.entity';
import { EnterpriseEntity } from './enterprise.entity';

/** The only code that reads and writes accounts and enterprises. */
@Injectable()
export class AccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private accounts(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(AccountEntity);
  }

  private enterprises(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(EnterpriseEntity);
  }

  findByUsername(username: string, manager?: EntityManager): Promise<AccountEntity | null> {
    return this.accounts(manager).findOneBy({ username });
  }

  findById(id: number, manager?: EntityManager): Promise<AccountEntity | null> {
    return this.accounts(manager).findOneBy({ id });
  }

  /** Locks the row for the rest of the transaction (MySQL); SQLite serialises writers itself. */
  findByIdForUpdate(manager: EntityManager, id: number): Promise<AccountEntity | null> {
    if (manager.connection.options.type === 'better-sqlite3') return this.accounts(manager).findOneBy({ id });
    return this.accounts(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findEnterpriseById(id: number, manager?: EntityManager): Promise<EnterpriseEntity | null> {
    return this.enterprises(manager).findOneBy({ id });
  }

  findEnterpriseByUscc(uscc: string, manager?: EntityManager): Promise<EnterpriseEntity | null> {
    return this.enterprises(manager).findOneBy({ uscc });
  }

  async insertEnterprise(
    manager: EntityManager,
    values: Omit<EnterpriseEntity, 'id' | 'version' | 'verificationStatus' | 'verificationReason' | 'verificationUnitCode' | 'verificationRequestedAt' | 'verificationDecidedAt' | 'verificationDecidedBy'>,
  ): Promise<EnterpriseEntity> {
    // A registered enterprise starts unverified: it proves control of its USCC before it can submit.
    const entity = this.enterprises(manager).create({
      ...values,
      verificationStatus: 'unverified',
      verificationReason: null,
      verificationUnitCode: null,
      verificationRequestedAt: null,
      verificationDecidedAt: null,
      verificationDecidedBy: null,
      version: 1,
    });
    return this.enterprises(manager).save(entity);
  }

  async insertAccount(manager: EntityManager, values: Partial<AccountEntity> & Pick<AccountEntity, 'username' | 'role' | 'displayName' | 'passwordHash' | 'createdAt'>): Promise<AccountEntity> {
    const entity = this.accounts(manager).create({ status: 'active', recommendingUnitCode: null, enterpriseId: null, mobile: null, email: null, passwordChangedAt: null, lastSignInAt: null, ...values, version: 1 });
    return this.accounts(manager).save(entity);
  }

  /** Saves changes of a loaded account; the version column rises by one. */
  save(manager: EntityManager, account: AccountEntity): Promise<AccountEntity> {
    return this.accounts(manager).save(account);
  }

  colleagues(enterpriseId: number): Promise<AccountEntity[]> {
    return this.accounts().find({ where: { enterpriseId }, order: { id: 'ASC' } });
  }

  async page(query: AccountListQuery): Promise<{ items: AccountEntity[]; total: number }> {
    const builder = this.accounts().createQueryBuilder('account').where('1 = 1');
    if (query.role) builder.andWhere('account.role = :role', { role: query.role });
    if (query.status) builder.andWhere('account.status = :status', { status: query.status });
    if (query.q) builder.andWhere(`(account.username LIKE :q ESCAPE '${LIKE_ESCAPE}' OR account.display_name LIKE :q ESCAPE '${LIKE_ESCAPE}')`, { q: `%${escapeLike(query.q)}%` });
    const [items, total] = await builder
      .orderBy('account.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}
