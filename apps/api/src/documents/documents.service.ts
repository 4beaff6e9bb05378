import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  callSummaryRow,
  DOCUMENT_KIND_LABELS,
  type DocumentKind,
  type DocumentVerification,
  formatVerificationCode,
  parseVerificationCode,
  type ProgrammeCategoryCode,
  sortCallSummaryRows,
} from '@shifan/domain';
import { DataSource } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { CallsRepository } from '../calls/calls.repository';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { inTransaction } from '../database/transaction';
import { ObjectStorage } from '../storage/object-storage';
import { DocumentArchiver, isArchivable } from './document-archiver';
import type { DocumentEntity } from './document.entity';
import { DocumentsRepository } from './documents.repository';
import { renderCallSummaryWorkbook } from './renderers/call-summary.workbook';

export interface DocumentDownload {
  body: Buffer | Readable;
  size: number;
  fileName: string;
  /** The verification code as printed. */
  code: string;
}

/**
 * Downloads of an application's documents (ownership-checked, audited), the public verification of a printed code,
 * and the officers' 汇总表 of a call.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly archiver: DocumentArchiver,
    private readonly repository: DocumentsRepository,
    private readonly applications: ApplicationsService,
    private readonly calls: CallsRepository,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The archived 申报书 of the current submission, or a draft rendered now while the application can be edited. */
  async applicationForm(actor: Actor, applicationId: number): Promise<DocumentDownload> {
    const application = await this.applications.owned(actor, applicationId);
    if (!isArchivable(application)) {
      const draft = await this.archiver.renderDraft(application);
      await this.recordDownload(actor, applicationId, 'application_form', { draft: true, code: draft.seal.code });
      return { body: draft.pdf, size: draft.pdf.length, fileName: `申报书-草稿-${applicationId}.pdf`, code: formatVerificationCode(draft.seal.code) };
    }
    const archived = (await this.archiver.archiveSubmission(applicationId, actor))?.find((row) => row.kind === 'application_form');
    if (!archived) throw new AppError('NOT_FOUND'); // superseded by a withdrawal while being fetched
    return this.openArchived(actor, archived, `申报书-${archived.receiptNo}.pdf`);
  }

  /**
   * The submitted 申报书 for a reviewer who may see the application (the caller checks that): the archived PDF of the
   * latest submission, byte for byte; never a draft. Audited like the enterprise's own downloads.
   */
  async submittedApplicationForm(actor: Actor, applicationId: number): Promise<DocumentDownload> {
    const application = await this.repository.findApplication(applicationId);
    if (!application || !isArchivable(application)) throw new AppError('NOT_FOUND');
    const archived = (await this.archiver.archiveSubmission(applicationId, actor))?.find((row) => row.kind === 'application_form');
    if (!archived) throw new AppError('NOT_FOUND');
    return this.openArchived(actor, archived, `申报书-${archived.receiptNo}.pdf`);
  }

  /** The receipt of the latest submission; 404 before the first. */
  async receipt(actor: Actor, applicationId: number): Promise<DocumentDownload> {
    const application = await this.applications.owned(actor, applicationId);
    const current = isArchivable(application) ? (await this.archiver.archiveSubmission(applicationId, actor))?.find((row) => row.kind === 'receipt') : undefined;
    const receipt = current ?? (await this.repository.latest(applicationId, 'receipt'));
    if (!receipt) throw new AppError('NOT_FOUND');
    return this.openArchived(actor, receipt, `申报回执-${receipt.receiptNo}.pdf`);
  }

  /** What a printed code certifies, for anyone; nothing beyond the facts printed on the document itself. */
  async verify(input: string): Promise<DocumentVerification> {
    const code = parseVerificationCode(input);
    const document = code ? await this.repository.findByCode(code) : null;
    if (!document) return { code: code ? formatVerificationCode(code) : input, found: false, document: null };
    const application = await this.repository.findApplication(document.applicationId);
    const current = application !== null && isArchivable(application) && application.submittedAt!.getTime() === document.submittedAt.getTime();
    return {
      code: formatVerificationCode(document.code),
      found: true,
      document: {
        kind: document.kind as DocumentKind,
        kindLabel: DOCUMENT_KIND_LABELS[document.kind as DocumentKind],
        receiptNo: document.receiptNo,
        enterpriseName: document.enterpriseName,
        callTitle: document.callTitle,
        submittedAt: document.submittedAt.toISOString(),
        contentSha256: document.contentSha256,
        current,
      },
    };
  }

  /** The 汇总表 of a call: every application ever submitted to it, in receipt order. */
  async callSummary(actor: Actor, callId: number): Promise<{ body: Buffer; fileName: string; rows: number }> {
    const call = await this.calls.find(callId);
    if (!call) throw new AppError('NOT_FOUND');
    const applications = await this.repository.submittedApplicationsOfCall(callId);
    const enterpriseIds = [...new Set(applications.map((application) => application.enterpriseId))];
    const [enterprises, profiles] = await Promise.all([this.repository.enterprises(enterpriseIds), this.repository.profiles(enterpriseIds)]);
    const rows = sortCallSummaryRows(
      applications.map((application) => {
        const enterprise = enterprises.get(application.enterpriseId);
        return callSummaryRow({
          category: call.category as ProgrammeCategoryCode,
          enterprise: { name: enterprise?.name ?? '', uscc: enterprise?.uscc ?? '' },
          profile: profiles.get(application.enterpriseId) ?? {},
          data: application.data,
          state: application.state,
          receiptNo: application.receiptNo,
          submittedAt: application.submittedAt?.toISOString() ?? null,
        });
      }),
    );
    const now = this.clock.now();
    const body = await renderCallSummaryWorkbook({ callTitle: call.title, rows, createdAt: now });
    await inTransaction(this.dataSource, (manager) =>
      this.audit.record(manager, { action: 'call.summary_exported', actor, target: { type: 'call', id: callId }, detail: { rows: rows.length, size: body.length } }),
    );
    return { body, fileName: `申报汇总表-${call.year}-${callId}.xlsx`, rows: rows.length };
  }

  private async openArchived(actor: Actor, document: DocumentEntity, fileName: string): Promise<DocumentDownload> {
    const body = await this.storage.get(document.objectKey);
    try {
      await this.recordDownload(actor, document.applicationId, document.kind as DocumentKind, { draft: false, code: document.code, receiptNo: document.receiptNo, documentId: document.id });
    } catch (error) {
      body.destroy();
      throw error;
    }
    return { body, size: document.size, fileName, code: formatVerificationCode(document.code) };
  }

  private recordDownload(actor: Actor, applicationId: number, kind: DocumentKind, detail: Record<string, unknown>): Promise<unknown> {
    return inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'document.downloaded', actor, target: { type: 'application', id: applicationId }, detail: { kind, ...detail } }));
  }
}
