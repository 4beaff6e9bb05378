import { randomUUID } from 'node:crypto';
import { discardUploadLeftovers, removeObjectQuietly } from '../attachments/upload-intake';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import {
  beijingDate,
  DISPUTE_POLICY,
  type DisputeDecision,
  type DisputeFiled,
  type DisputeQuery,
  type DisputeStatus,
  type DisputeView,
  FILE_KIND_INFO,
  type FileDispute,
  hasAllVerificationDocuments,
  TOKEN_POLICY,
  type VerificationDocumentKind,
} from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { hashPassword } from '../accounts/password-hasher';
import { spoolDirectoryOf, UPLOAD_TMP_PREFIX, type UploadInput } from '../attachments/attachments.service';
import { storedFileName } from '../attachments/file-name';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { MailPort } from '../auth/mail.port';
import { SessionRepository } from '../auth/session.repository';
import { SessionService } from '../auth/session.service';
import { randomToken, sha256Hex } from '../auth/tokens';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { ObjectStorage } from '../storage/object-storage';
import { DisputeDocumentEntity } from './dispute-document.entity';
import { receiveDocument } from './document-intake';
import { UsccDisputeEntity } from './uscc-dispute.entity';

/** Where dispute documents live: `disputes/<disputeId>/<uuid>.<ext>`. */
export const DISPUTE_DOCUMENT_PREFIX = 'disputes/';
const HOUR = 3_600_000;

/**
 * USCC disputes (issue #12). Anyone may file one against a registered USCC (rate-limited per address) and then upload
 * the 营业执照 and 授权书 with the filing's one-time token; an administrator upholds it — every account of the
 * enterprise disabled, their sessions ended and links revoked, the enterprise's contact replaced by the claimant's, and
 * a new administrator account (the USCC as its sign-in name) invited by mail — or dismisses it with a reason. Both are
 * audited; the claimant's identity stays in the dispute's row and the audit names the case number.
 */
@Injectable()
export class DisputesService {
  private readonly spoolDirectory: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly sessions: SessionService,
    private readonly sessionRepository: SessionRepository,
    private readonly audit: AuditService,
    private readonly mail: MailPort,
    private readonly clock: Clock,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.spoolDirectory = spoolDirectoryOf(config);
  }

  async file(input: FileDispute): Promise<DisputeFiled> {
    const token = randomToken();
    const now = wholeSeconds(this.clock.now());
    return inTransaction(this.dataSource, async (manager) => {
      const enterprise = await manager.getRepository(EnterpriseEntity).findOneBy({ uscc: input.uscc });
      if (!enterprise) {
        throw new AppError('NOT_FOUND', [{ path: 'uscc', code: 'USCC_NOT_REGISTERED', message: input.uscc }], {
          zh: '该统一社会信用代码尚未注册，请直接注册',
          en: 'This USCC is not registered; register it instead',
        });
      }
      const repository = manager.getRepository(UsccDisputeEntity);
      const saved = await repository.save(
        repository.create({
          caseNo: `TMP-${randomUUID().slice(0, 16)}`,
          uscc: input.uscc,
          enterpriseId: enterprise.id,
          claimedName: input.enterpriseName,
          contactName: input.contactName,
          mobile: input.mobile,
          email: input.email,
          statement: input.statement,
          status: 'awaiting_documents',
          uploadTokenHash: sha256Hex(token),
          uploadTokenExpiresAt: new Date(now.getTime() + DISPUTE_POLICY.uploadHours * HOUR),
          reason: null,
          filedAt: now,
          decidedAt: null,
          decidedBy: null,
          newAccountId: null,
        }),
      );
      saved.caseNo = `ZY${beijingDate(now).slice(0, 4)}-${String(saved.id).padStart(4, '0')}`;
      await repository.update({ id: saved.id }, { caseNo: saved.caseNo });
      await this.audit.record(manager, { action: 'uscc_dispute.filed', actor: null, target: { type: 'enterprise', id: enterprise.id }, detail: { caseNo: saved.caseNo } });
      return { caseNo: saved.caseNo, status: 'awaiting_documents' as const, uploadToken: token, uploadExpiresAt: saved.uploadTokenExpiresAt!.toISOString() };
    });
  }

  /** One of the two documents, with the filing's token; with both there the case is open for the administrators. */
  async upload(caseNo: string, token: string | undefined, kind: VerificationDocumentKind, input: UploadInput) {
    const dispute = await this.dataSource.getRepository(UsccDisputeEntity).findOneBy({ caseNo });
    const now = this.clock.now();
    if (!dispute || !token || dispute.uploadTokenHash !== sha256Hex(token) || !dispute.uploadTokenExpiresAt || dispute.uploadTokenExpiresAt <= now) throw new AppError('TOKEN_INVALID');
    const { rawName, spooled } = await receiveDocument(input, this.spoolDirectory);
    const uuid = randomUUID();
    const tmpKey = `${UPLOAD_TMP_PREFIX}${uuid}`;
    const info = FILE_KIND_INFO[spooled.kind];
    const objectKey = `${DISPUTE_DOCUMENT_PREFIX}${dispute.id}/${uuid}.${info.extension}`;
    let copied = false;
    try {
      await this.storage.putFile(tmpKey, spooled.path, { size: spooled.size, contentType: info.mime, sha256: spooled.sha256, metadata: { sha256: spooled.sha256 } });
      const fileName = storedFileName(rawName, spooled.kind, kind);
      const outcome = await inTransaction(this.dataSource, async (manager) => {
        const locked = await lockDispute(manager, dispute.id);
        if (!locked || locked.uploadTokenHash !== sha256Hex(token) || !locked.uploadTokenExpiresAt || locked.uploadTokenExpiresAt <= now) throw new AppError('TOKEN_INVALID');
        const documents = manager.getRepository(DisputeDocumentEntity);
        const existing = await documents.findOneBy({ disputeId: locked.id, kind });
        const values = { fileName, contentType: info.mime, size: spooled.size, sha256: spooled.sha256, objectKey, uploadedAt: wholeSeconds(now) };
        if (existing) await documents.update({ id: existing.id }, values);
        else await documents.insert({ disputeId: locked.id, kind, ...values });
        copied = true;
        await this.storage.copy(tmpKey, objectKey);
        const kinds = (await documents.findBy({ disputeId: locked.id })).map((document) => document.kind);
        if (hasAllVerificationDocuments(kinds) && locked.status === 'awaiting_documents') {
          locked.status = 'open';
          await manager.getRepository(UsccDisputeEntity).save(locked);
        }
        await this.audit.record(manager, { action: 'uscc_dispute.document_uploaded', actor: null, target: { type: 'enterprise', id: locked.enterpriseId }, detail: { caseNo, kind, size: spooled.size, sha256: spooled.sha256, replaced: Boolean(existing) } });
        return { view: { caseNo, status: locked.status as DisputeStatus, documents: kinds.sort() as VerificationDocumentKind[] }, replacedKey: existing?.objectKey ?? null };
      });
      copied = false;
      if (outcome.replacedKey) await removeObjectQuietly(this.storage, this.logger, 'disputes', outcome.replacedKey, 'dispute document replaced');
      return outcome.view;
    } finally {
      if (copied) await removeObjectQuietly(this.storage, this.logger, 'disputes', objectKey, 'upload failed after the copy');
      await discardUploadLeftovers(this.storage, this.logger, 'disputes', tmpKey, spooled.path);
    }
  }

  async page(query: DisputeQuery) {
    const [items, total] = await this.dataSource.getRepository(UsccDisputeEntity).findAndCount({
      where: { status: query.status },
      order: query.status === 'open' || query.status === 'awaiting_documents' ? { filedAt: 'ASC', id: 'ASC' } : { decidedAt: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: await this.views(items), total, page: query.page, pageSize: query.pageSize };
  }

  async one(actor: Actor, id: number): Promise<DisputeView> {
    const dispute = await this.dataSource.getRepository(UsccDisputeEntity).findOneBy({ id });
    if (!dispute) throw new AppError('NOT_FOUND');
    await inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'uscc_dispute.viewed', actor, target: { type: 'enterprise', id: dispute.enterpriseId }, detail: { caseNo: dispute.caseNo } }));
    return (await this.views([dispute]))[0];
  }

  async openDocument(actor: Actor, id: number, kind: VerificationDocumentKind): Promise<{ document: DisputeDocumentEntity; body: Readable }> {
    const document = await this.dataSource.getRepository(DisputeDocumentEntity).findOneBy({ disputeId: id, kind });
    if (!document) throw new AppError('NOT_FOUND');
    const body = await this.storage.get(document.objectKey);
    try {
      await inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'uscc_dispute.document_downloaded', actor, target: { type: 'uscc_dispute', id }, detail: { kind } }));
    } catch (error) {
      body.destroy();
      throw error;
    }
    return { document, body };
  }

  /** Upholds or dismisses an open dispute, in one transaction; the claimant is told by mail either way. */
  async decide(actor: Actor, id: number, input: DisputeDecision): Promise<DisputeView> {
    const invitation = randomToken();
    const unusable = await hashPassword(randomToken());
    const decided = await inTransaction(this.dataSource, async (manager) => {
      const dispute = await lockDispute(manager, id);
      if (!dispute) throw new AppError('NOT_FOUND');
      if (dispute.status !== 'open') {
        throw new AppError('CONFLICT', [{ path: 'status', code: 'NOT_OPEN', message: dispute.status }], { zh: '该异议当前不能处理（材料未齐或已处理）', en: 'This dispute cannot be decided now (documents missing or already decided)' });
      }
      const now = this.clock.now();
      dispute.status = input.decision === 'uphold' ? 'upheld' : 'dismissed';
      dispute.reason = input.reason;
      dispute.decidedAt = now;
      dispute.decidedBy = actor.accountId;
      dispute.uploadTokenHash = null;
      dispute.uploadTokenExpiresAt = null;
      if (input.decision === 'dismiss') {
        await manager.getRepository(UsccDisputeEntity).save(dispute);
        await this.audit.record(manager, { action: 'uscc_dispute.dismissed', actor, target: { type: 'enterprise', id: dispute.enterpriseId }, detail: { caseNo: dispute.caseNo, reason: input.reason } });
        return dispute;
      }
      const enterprise = await manager.getRepository(EnterpriseEntity).findOne({
        where: { id: dispute.enterpriseId },
        ...(manager.connection.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' as const } }),
      });
      if (!enterprise) throw new AppError('NOT_FOUND');
      // Every account of the enterprise is disabled, its sessions ended and its links revoked; the administrator's
      // sign-in name (the USCC) is freed for the claimant's new account.
      const accounts = manager.getRepository(AccountEntity);
      const existing = await accounts.findBy({ enterpriseId: enterprise.id });
      let endedSessions = 0;
      let revokedTokens = 0;
      for (const account of existing) {
        account.status = 'disabled';
        if (account.username === enterprise.uscc) account.username = `${enterprise.uscc}.old${dispute.id}`.toLowerCase();
        await accounts.save(account);
        endedSessions += await this.sessions.endAllFor(manager, account.id);
        revokedTokens += await this.sessionRepository.revokeTokens(manager, account.id, now);
      }
      const created = await accounts.save(
        accounts.create({
          username: enterprise.uscc,
          role: 'enterprise_admin',
          displayName: dispute.contactName,
          passwordHash: unusable,
          enterpriseId: enterprise.id,
          recommendingUnitCode: null,
          mobile: dispute.mobile,
          email: dispute.email,
          status: 'invited',
          passwordChangedAt: null,
          lastSignInAt: null,
          createdAt: now,
          version: 1,
        }),
      );
      await this.sessionRepository.insertToken(manager, {
        tokenHash: sha256Hex(invitation),
        accountId: created.id,
        purpose: 'invitation',
        createdAt: now,
        expiresAt: new Date(now.getTime() + TOKEN_POLICY.invitationHours * HOUR),
        usedAt: null,
      });
      enterprise.contactName = dispute.contactName;
      enterprise.mobile = dispute.mobile;
      enterprise.email = dispute.email;
      // The administrator has just accepted the claimant's 营业执照 and 授权书: the enterprise is verified by that.
      enterprise.verificationStatus = 'verified';
      enterprise.verificationReason = null;
      enterprise.verificationDecidedAt = now;
      enterprise.verificationDecidedBy = actor.accountId;
      await manager.getRepository(EnterpriseEntity).save(enterprise);
      dispute.newAccountId = created.id;
      await manager.getRepository(UsccDisputeEntity).save(dispute);
      await this.audit.record(manager, {
        action: 'uscc_dispute.upheld',
        actor,
        target: { type: 'enterprise', id: enterprise.id },
        detail: { caseNo: dispute.caseNo, reason: input.reason, disabledAccounts: existing.map((account) => account.id), endedSessions, revokedTokens, newAccountId: created.id },
      });
      return dispute;
    });
    const base = this.config.http.publicUrl ?? `http://localhost:${this.config.http.port}`;
    if (decided.status === 'upheld') {
      const link = `${base}/accept-invitation?token=${invitation}`;
      await this.mail.send({
        kind: 'invitation',
        to: decided.email,
        subject: `示范 · 信用代码异议 ${decided.caseNo} 成立 / Your dispute ${decided.caseNo} is upheld`,
        text: `您对统一社会信用代码 ${decided.uscc} 提出的异议成立。请在${TOKEN_POLICY.invitationHours}小时内打开以下链接设置企业管理员密码,登录名为该信用代码 / Your dispute is upheld. Open this link within ${TOKEN_POLICY.invitationHours} hours to set the password of the enterprise administrator account (sign in with the USCC):\n${link}`,
        link,
      });
    } else {
      await this.mail.send({
        kind: 'dispute-dismissed',
        to: decided.email,
        subject: `示范 · 信用代码异议 ${decided.caseNo} 已驳回 / Your dispute ${decided.caseNo} is dismissed`,
        text: `理由 / Reason: ${decided.reason ?? ''}`,
      });
    }
    return (await this.views([decided]))[0];
  }

  private async views(disputes: UsccDisputeEntity[]): Promise<DisputeView[]> {
    if (!disputes.length) return [];
    const ids = disputes.map((dispute) => dispute.id);
    const documents = await this.dataSource.getRepository(DisputeDocumentEntity).createQueryBuilder('d').where('d.dispute_id IN (:...ids)', { ids }).orderBy('d.kind', 'ASC').getMany();
    const enterprises = await this.dataSource.getRepository(EnterpriseEntity).createQueryBuilder('e').where('e.id IN (:...ids)', { ids: disputes.map((dispute) => dispute.enterpriseId) }).getMany();
    return disputes.map((dispute) => ({
      id: dispute.id,
      caseNo: dispute.caseNo,
      uscc: dispute.uscc,
      enterpriseId: dispute.enterpriseId,
      registeredName: enterprises.find((enterprise) => enterprise.id === dispute.enterpriseId)?.name ?? '',
      claimedName: dispute.claimedName,
      contactName: dispute.contactName,
      mobile: dispute.mobile,
      email: dispute.email,
      statement: dispute.statement,
      status: dispute.status as DisputeStatus,
      reason: dispute.reason,
      filedAt: dispute.filedAt.toISOString(),
      decidedAt: dispute.decidedAt?.toISOString() ?? null,
      documents: documents
        .filter((document) => document.disputeId === dispute.id)
        .map((document) => ({ kind: document.kind as VerificationDocumentKind, fileName: document.fileName, contentType: document.contentType, size: document.size, sha256: document.sha256, uploadedAt: document.uploadedAt.toISOString() })),
    }));
  }

}

function lockDispute(manager: EntityManager, id: number): Promise<UsccDisputeEntity | null> {
  const repository = manager.getRepository(UsccDisputeEntity);
  return manager.connection.options.type === 'better-sqlite3' ? repository.findOneBy({ id }) : repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

function wholeSeconds(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 1000) * 1000);
}
