import { randomUUID } from 'node:crypto';
import { discardUploadLeftovers, removeObjectQuietly } from '../attachments/upload-intake';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import {
  canUploadVerificationDocuments,
  type EnterpriseVerificationView,
  FILE_KIND_INFO,
  hasAllVerificationDocuments,
  type VerificationDecision,
  type VerificationDocumentKind,
  type VerificationQuery,
  type VerificationStatus,
  routedRecommendingUnit,
} from '@shifan/domain';
import { DataSource } from 'typeorm';
import type { EnterpriseEntity } from '../accounts/enterprise.entity';
import { ApplicationsRepository } from '../applications/applications.repository';
import { spoolDirectoryOf, UPLOAD_TMP_PREFIX, type UploadInput } from '../attachments/attachments.service';
import { storedFileName } from '../attachments/file-name';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { ObjectStorage } from '../storage/object-storage';
import type { EnterpriseDocumentEntity } from './enterprise-document.entity';
import { receiveDocument } from './document-intake';
import { VerificationRepository } from './verification.repository';

/** Where verification documents live: `enterprise-documents/<enterpriseId>/<uuid>.<ext>`. */
export const ENTERPRISE_DOCUMENT_PREFIX = 'enterprise-documents/';

export interface OpenedDocument {
  document: EnterpriseDocumentEntity;
  body: Readable;
}

/**
 * An enterprise proves control of its USCC (issue #12): its administrator uploads the 营业执照 and the 授权书 (streamed
 * and sniffed like attachments, put to S3 under a temporary key, copied to the final key in the transaction that
 * writes the row); with both there the request waits for an officer of its 推荐单位 (or the city), who accepts or
 * rejects it with a reason. Only a verified enterprise may submit applications.
 */
@Injectable()
export class VerificationService {
  private readonly spoolDirectory: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VerificationRepository,
    private readonly applications: ApplicationsRepository,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.spoolDirectory = spoolDirectoryOf(config);
  }

  /** The enterprise's own verification: status, reason, documents. */
  async own(actor: Actor): Promise<EnterpriseVerificationView> {
    const enterprise = await this.repository.enterprise(enterpriseOf(actor));
    if (!enterprise) throw new AppError('NOT_FOUND');
    return this.view(enterprise);
  }

  /** Uploads (or replaces) one of the two documents; with both there, the request goes to the officers. */
  async upload(actor: Actor, kind: VerificationDocumentKind, input: UploadInput): Promise<EnterpriseVerificationView> {
    const enterpriseId = enterpriseOf(actor);
    const before = await this.repository.enterprise(enterpriseId);
    if (!before) throw new AppError('NOT_FOUND');
    assertUploadable(before);
    const { rawName, spooled } = await receiveDocument(input, this.spoolDirectory);
    const uuid = randomUUID();
    const tmpKey = `${UPLOAD_TMP_PREFIX}${uuid}`;
    const info = FILE_KIND_INFO[spooled.kind];
    const objectKey = `${ENTERPRISE_DOCUMENT_PREFIX}${enterpriseId}/${uuid}.${info.extension}`;
    let copied = false;
    try {
      await this.storage.putFile(tmpKey, spooled.path, { size: spooled.size, contentType: info.mime, sha256: spooled.sha256, metadata: { sha256: spooled.sha256 } });
      const fileName = storedFileName(rawName, spooled.kind, kind);
      const { view, replacedKey } = await inTransaction(this.dataSource, async (manager) => {
        const enterprise = await this.repository.lockEnterprise(manager, enterpriseId);
        if (!enterprise) throw new AppError('NOT_FOUND');
        assertUploadable(enterprise);
        const now = wholeSeconds(this.clock.now());
        const existing = await this.repository.document(enterpriseId, kind, manager);
        const values = { fileName, contentType: info.mime, size: spooled.size, sha256: spooled.sha256, objectKey, uploadedBy: actor.accountId, uploadedAt: now };
        if (existing) await this.repository.replaceDocument(manager, existing.id, values);
        else await this.repository.insertDocument(manager, { enterpriseId, kind, ...values });
        copied = true; // from here on, a failure must also remove the final object
        await this.storage.copy(tmpKey, objectKey);
        await this.audit.record(manager, {
          action: 'enterprise.verification_document_uploaded',
          actor,
          target: { type: 'enterprise', id: enterpriseId },
          detail: { kind, fileName, contentType: info.mime, size: spooled.size, sha256: spooled.sha256, replaced: Boolean(existing) },
        });
        const documents = await this.repository.documents([enterpriseId], manager);
        if (hasAllVerificationDocuments(documents.map((document) => document.kind))) {
          const from = enterprise.verificationStatus;
          const profile = (await this.applications.findProfile(enterpriseId, manager))?.data ?? {};
          enterprise.verificationStatus = 'pending';
          enterprise.verificationReason = null;
          enterprise.verificationRequestedAt = now;
          enterprise.verificationDecidedAt = null;
          enterprise.verificationDecidedBy = null;
          enterprise.verificationUnitCode = routedRecommendingUnit(profile);
          await this.repository.saveEnterprise(manager, enterprise);
          await this.audit.record(manager, {
            action: 'enterprise.verification_requested',
            actor,
            target: { type: 'enterprise', id: enterpriseId },
            detail: { from, recommendingUnitCode: enterprise.verificationUnitCode },
          });
        }
        return { view: this.viewOf(enterprise, documents), replacedKey: existing?.objectKey ?? null };
      });
      copied = false;
      if (replacedKey) await removeObjectQuietly(this.storage, this.logger, 'verification', replacedKey, 'verification document replaced');
      return view;
    } finally {
      if (copied) await removeObjectQuietly(this.storage, this.logger, 'verification', objectKey, 'upload failed after the copy');
      await discardUploadLeftovers(this.storage, this.logger, 'verification', tmpKey, spooled.path);
    }
  }

  /** The officer's queue: their 推荐单位's enterprises (a city officer: all, or one unit's), in one state, oldest request first. */
  async queue(actor: Actor, query: VerificationQuery) {
    const unit = unitScope(actor) ?? query.recommendingUnitCode ?? null;
    const { items, total } = await this.repository.page({ status: query.status, recommendingUnitCode: unit }, query.page, query.pageSize);
    const documents = await this.repository.documents(items.map((item) => item.id));
    return {
      items: items.map((item) => this.viewOf(item, documents.filter((document) => document.enterpriseId === item.id))),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** One enterprise's verification, for an officer who may decide it; anyone else's answers 404. */
  async forOfficer(actor: Actor, enterpriseId: number): Promise<EnterpriseVerificationView> {
    return this.view(await this.inScope(actor, enterpriseId));
  }

  /** A document's bytes for the enterprise itself; the download is audited before a byte is sent. */
  async openOwn(actor: Actor, kind: VerificationDocumentKind): Promise<OpenedDocument> {
    return this.open(actor, enterpriseOf(actor), kind);
  }

  /** A document's bytes for an officer in scope. */
  async openForOfficer(actor: Actor, enterpriseId: number, kind: VerificationDocumentKind): Promise<OpenedDocument> {
    await this.inScope(actor, enterpriseId);
    return this.open(actor, enterpriseId, kind);
  }

  /** Accepts (verified) or rejects (with the reason the enterprise will read) a pending request; the enterprise is notified. */
  async decide(actor: Actor, enterpriseId: number, input: VerificationDecision): Promise<EnterpriseVerificationView> {
    await this.inScope(actor, enterpriseId);
    return inTransaction(this.dataSource, async (manager) => {
      const enterprise = await this.repository.lockEnterprise(manager, enterpriseId);
      if (!enterprise) throw new AppError('NOT_FOUND');
      if (enterprise.verificationStatus !== 'pending') {
        throw new AppError('CONFLICT', [{ path: 'status', code: 'NOT_PENDING', message: enterprise.verificationStatus }], {
          zh: '该企业当前没有待审核的认证申请（可能已由他人处理）',
          en: 'This enterprise has no verification request waiting (someone may have decided it already)',
        });
      }
      const now = this.clock.now();
      const accepted = input.decision === 'accept';
      enterprise.verificationStatus = accepted ? 'verified' : 'rejected';
      enterprise.verificationReason = accepted ? null : (input.reason ?? null);
      enterprise.verificationDecidedAt = now;
      enterprise.verificationDecidedBy = actor.accountId;
      await this.repository.saveEnterprise(manager, enterprise);
      await this.audit.record(manager, {
        action: accepted ? 'enterprise.verification_accepted' : 'enterprise.verification_rejected',
        actor,
        target: { type: 'enterprise', id: enterpriseId },
        detail: { uscc: enterprise.uscc, reason: enterprise.verificationReason },
      });
      await this.applications.notify(manager, {
        enterpriseId,
        accountId: null,
        applicationId: null,
        kind: accepted ? 'verification_accepted' : 'verification_rejected',
        titleZh: accepted ? '企业认证已通过，现在可以提交申报' : `企业认证未通过：${truncate(enterprise.verificationReason ?? '', 150)}`,
        titleEn: accepted ? 'Your enterprise is verified; you can now submit applications' : `Enterprise verification rejected: ${truncate(enterprise.verificationReason ?? '', 150)}`,
        createdAt: now,
      });
      return this.viewOf(enterprise, await this.repository.documents([enterpriseId], manager));
    });
  }

  private async open(actor: Actor, enterpriseId: number, kind: VerificationDocumentKind): Promise<OpenedDocument> {
    const document = await this.repository.document(enterpriseId, kind);
    if (!document) throw new AppError('NOT_FOUND');
    const body = await this.storage.get(document.objectKey);
    try {
      await inTransaction(this.dataSource, (manager) =>
        this.audit.record(manager, { action: 'enterprise.verification_document_downloaded', actor, target: { type: 'enterprise', id: enterpriseId }, detail: { kind, fileName: document.fileName } }),
      );
    } catch (error) {
      body.destroy();
      throw error;
    }
    return { document, body };
  }

  /** Recommending-unit officers decide their unit's enterprises, city officers every one; others' answer 404. */
  private async inScope(actor: Actor, enterpriseId: number): Promise<EnterpriseEntity> {
    const enterprise = await this.repository.enterprise(enterpriseId);
    const unit = unitScope(actor);
    if (!enterprise || (unit !== null && enterprise.verificationUnitCode !== unit)) throw new AppError('NOT_FOUND');
    return enterprise;
  }

  private async view(enterprise: EnterpriseEntity): Promise<EnterpriseVerificationView> {
    return this.viewOf(enterprise, await this.repository.documents([enterprise.id]));
  }

  private viewOf(enterprise: EnterpriseEntity, documents: EnterpriseDocumentEntity[]): EnterpriseVerificationView {
    return {
      enterpriseId: enterprise.id,
      uscc: enterprise.uscc,
      enterpriseName: enterprise.name,
      status: enterprise.verificationStatus as VerificationStatus,
      reason: enterprise.verificationReason,
      recommendingUnitCode: enterprise.verificationUnitCode,
      requestedAt: enterprise.verificationRequestedAt?.toISOString() ?? null,
      decidedAt: enterprise.verificationDecidedAt?.toISOString() ?? null,
      documents: documents.map((document) => ({
        kind: document.kind as VerificationDocumentKind,
        fileName: document.fileName,
        contentType: document.contentType,
        size: document.size,
        sha256: document.sha256,
        uploadedAt: document.uploadedAt.toISOString(),
      })),
    };
  }


}

function enterpriseOf(actor: Actor): number {
  if (actor.enterpriseId === null) throw new AppError('FORBIDDEN');
  return actor.enterpriseId;
}

/** The 推荐单位 a recommending-unit officer is bound to; null (every unit) for a city officer. */
function unitScope(actor: Actor): string | null {
  if (actor.role === 'city_officer') return null;
  if (actor.role === 'district_officer' && actor.recommendingUnitCode) return actor.recommendingUnitCode;
  throw new AppError('FORBIDDEN');
}

function assertUploadable(enterprise: EnterpriseEntity): void {
  if (!canUploadVerificationDocuments(enterprise.verificationStatus as VerificationStatus)) {
    throw new AppError('CONFLICT', [{ path: 'status', code: 'VERIFICATION_LOCKED', message: enterprise.verificationStatus }], {
      zh: enterprise.verificationStatus === 'verified' ? '企业已通过认证，无需再上传材料' : '认证材料正在审核中，审核结束前不能更换',
      en: enterprise.verificationStatus === 'verified' ? 'The enterprise is already verified' : 'The documents are being reviewed; they cannot be changed until the decision',
    });
  }
}

function wholeSeconds(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 1000) * 1000);
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
