import { Injectable } from '@nestjs/common';
import { DRAFT_DOCUMENT_STATES } from '@shifan/domain';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { EnterpriseProfileEntity } from '../applications/enterprise-profile.entity';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { DocumentEntity } from './document.entity';
import { SigningCopyEntity } from './signing-copy.entity';

/** The only code that reads and writes archived document rows, and reads what the documents print. */
@Injectable()
export class DocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findByCode(code: string): Promise<DocumentEntity | null> {
    return this.dataSource.getRepository(DocumentEntity).findOneBy({ code });
  }

  /** The documents archived for one submission of an application (identified by its submission time). */
  forSubmission(applicationId: number, submittedAt: Date, manager?: EntityManager): Promise<DocumentEntity[]> {
    return this.manager(manager).getRepository(DocumentEntity).find({ where: { applicationId, submittedAt }, order: { id: 'ASC' } });
  }

  /** The latest archived document of a kind (the receipt of the last submission). */
  latest(applicationId: number, kind: string): Promise<DocumentEntity | null> {
    return this.dataSource.getRepository(DocumentEntity).findOne({ where: { applicationId, kind }, order: { submittedAt: 'DESC', id: 'DESC' } });
  }

  async insert(manager: EntityManager, values: Omit<DocumentEntity, 'id' | 'application'>): Promise<DocumentEntity> {
    const repository = manager.getRepository(DocumentEntity);
    return repository.save(repository.create(values));
  }

  /** Which of these object keys a committed document row names. */
  async namedKeys(keys: string[]): Promise<Set<string>> {
    const rows = await inChunks(keys, (chunk) => this.dataSource.getRepository(DocumentEntity).find({ select: { objectKey: true }, where: { objectKey: In(chunk) } }));
    return new Set(rows.map((row) => row.objectKey));
  }

  findApplication(id: number, manager?: EntityManager): Promise<ApplicationEntity | null> {
    return this.manager(manager).getRepository(ApplicationEntity).findOneBy({ id });
  }

  /** The application under a write lock (MySQL/MariaDB; SQLite serialises write transactions by itself). */
  lockApplication(manager: EntityManager, id: number): Promise<ApplicationEntity | null> {
    const lock = manager.connection.options.type === 'better-sqlite3' ? undefined : ({ mode: 'pessimistic_write' } as const);
    return manager.getRepository(ApplicationEntity).findOne({ where: { id }, lock });
  }

  /** The applications of a call that were ever submitted (drafts are the enterprise's own business). */
  submittedApplicationsOfCall(callId: number): Promise<ApplicationEntity[]> {
    return this.dataSource.getRepository(ApplicationEntity).find({ where: { callId, receiptNo: Not(IsNull()) }, order: { id: 'ASC' } });
  }

  async enterprises(ids: number[]): Promise<Map<number, EnterpriseEntity>> {
    const rows = await inChunks(ids, (chunk) => this.dataSource.getRepository(EnterpriseEntity).findBy({ id: In(chunk) }));
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Profile data by enterprise (an enterprise that never saved its profile is absent). */
  async profiles(enterpriseIds: number[]): Promise<Map<number, Record<string, unknown>>> {
    const rows = await inChunks(enterpriseIds, (chunk) => this.dataSource.getRepository(EnterpriseProfileEntity).findBy({ enterpriseId: In(chunk) }));
    return new Map(rows.map((row) => [row.enterpriseId, row.data]));
  }

  /**
   * Applications submitted in the portal before `before` whose current submission has no archived receipt (the receipt
   * is written with its 申报书, in one transaction).
   */
  async unarchivedSubmissions(before: Date, limit: number): Promise<number[]> {
    const rows: { id: number }[] = await this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .leftJoin(DocumentEntity, 'document', "document.application_id = application.id AND document.submitted_at = application.submitted_at AND document.kind = 'receipt'")
      .select('application.id', 'id')
      .where('application.receipt_no IS NOT NULL')
      .andWhere('application.submitted_at < :before', { before })
      .andWhere('application.state NOT IN (:...editable)', { editable: DRAFT_DOCUMENT_STATES })
      // Records imported from before the portal (the seeded 2017–2019 results) were never submitted here: every portal
      // submission keeps the profile it was checked against, and only those have a 申报书 to archive.
      .andWhere('application.submitted_profile IS NOT NULL')
      .andWhere('document.id IS NULL')
      .orderBy('application.id', 'ASC')
      .limit(limit)
      .getRawMany();
    return rows.map((row) => Number(row.id));
  }

  /** Records a printed 签字盖章用 copy. */
  async insertSigningCopy(manager: EntityManager, values: Omit<SigningCopyEntity, 'id' | 'application'>): Promise<SigningCopyEntity> {
    const repository = manager.getRepository(SigningCopyEntity);
    return repository.save(repository.create(values));
  }

  /** The first print of a 签字盖章用 copy with this code (the same content prints the same code). */
  firstSigningCopyByCode(code: string): Promise<SigningCopyEntity | null> {
    return this.dataSource.getRepository(SigningCopyEntity).findOne({ where: { code }, order: { id: 'ASC' } });
  }

  /** The printed 签字盖章用 copies of an application, latest first. */
  signingCopies(applicationId: number): Promise<SigningCopyEntity[]> {
    return this.dataSource.getRepository(SigningCopyEntity).find({ where: { applicationId }, order: { id: 'DESC' } });
  }

  attachments(applicationId: number): Promise<AttachmentEntity[]> {
    return this.dataSource.getRepository(AttachmentEntity).find({ where: { applicationId }, order: { id: 'ASC' } });
  }
}

/** Runs an IN (…) query 500 values at a time (bounded statements on every database). */
async function inChunks<V, R>(values: V[], query: (chunk: V[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < values.length; i += 500) results.push(...(await query(values.slice(i, i + 500))));
  return results;
}
