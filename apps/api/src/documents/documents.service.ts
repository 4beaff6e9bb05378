import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  type ApplicationDocumentsView,
  callSummaryRow,
  checkSignedScans,
  signedCopyOutdatedMessage,
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
import { SlotTemplatesService } from '../attachments/slot-templates.service';
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
    private readonly templates: SlotTemplatesService,
  ) {}

  /**
   * The 签字盖章用 copy of the application as it stands now: no 草稿 watermark, marked 签字盖章用, its 核验码 on every
   * page. Only while the application can be edited (once submitted, the archived 申报书 is the copy of record). Each
   * print is recorded (application, 核验码, who, when) with its audit entry in one transaction: a scan uploaded
   * afterwards is tied to the latest one.
   */
  async signingCopy(actor: Actor, applicationId: number): Promise<DocumentDownload> {
    const application = await this.applications.owned(actor, applicationId);
    // Printable exactly while the application can be edited (and so submitted): the same rule as uploads and saves.
    this.applications.assertEditable(application, (await this.calls.find(application.callId))!);
    const rendered = await this.archiver.renderSigningCopy(application);
    await inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const copy = await this.repository.insertSigningCopy(manager, { applicationId, code: rendered.seal.code, contentSha256: rendered.seal.contentSha256, printedBy: actor.accountId, printedAt: new Date(Math.floor(now.getTime() / 1000) * 1000) });
      await this.audit.record(manager, { action: 'document.signing_copy_printed', actor, target: { type: 'application', id: applicationId }, detail: { signingCopyId: copy.id, code: rendered.seal.code } });
    });
    return { body: rendered.pdf, size: rendered.pdf.length, fileName: `申报书-签字盖章用-${applicationId}-${formatVerificationCode(rendered.seal.code)}.pdf`, code: formatVerificationCode(rendered.seal.code) };
  }

  /**
   * The documents area of an application: its 签字盖章用 copy (current 核验码, the latest print), the signed scans and
   * whether they still match the content (the warning the submit would refuse with), the archived 申报书 and 回执 once
   * submitted, and the templates of the call's slots.
   */
  async overview(actor: Actor, applicationId: number): Promise<ApplicationDocumentsView> {
    const application = await this.applications.owned(actor, applicationId);
    const call = (await this.calls.find(application.callId))!;
    const editable = this.editableNow(application, call);
    const archivable = isArchivable(application);
    const [copies, attachments, templates] = await Promise.all([this.repository.signingCopies(applicationId), this.repository.attachments(applicationId), this.templates.viewsOf(call)]);
    const current = editable ? (await this.archiver.signingCopy(application)).seal.code : null;
    const check = checkSignedScans({
      slots: call.attachmentSlots,
      attachments: attachments.map(({ id, slotKey, fileName, signingCode }) => ({ attachmentId: id, slotKey, fileName, signingCode })),
      currentCode: current ?? '',
    });
    const latest = copies[0] ?? null;
    const archived = archivable ? ((await this.archiver.archiveSubmission(applicationId, actor)) ?? []) : [];
    const code = (kind: string) => {
      const row = archived.find((document) => document.kind === kind);
      return row ? formatVerificationCode(row.code) : null;
    };
    return {
      applicationId,
      editable,
      signingCopy: {
        available: editable,
        currentCode: current ? formatVerificationCode(current) : null,
        latestPrinted: latest ? { code: formatVerificationCode(latest.code), printedAt: latest.printedAt.toISOString(), current: latest.code === current } : null,
        printCount: copies.length,
      },
      signedScans: check.scans.map((scan) => ({ attachmentId: scan.attachmentId, slotKey: scan.slotKey, fileName: scan.fileName, code: scan.signingCode ? formatVerificationCode(scan.signingCode) : null, current: editable ? scan.current : true })),
      signedScansCurrent: !editable || check.ok,
      warning: editable && !check.ok ? signedCopyOutdatedMessage(check.outdated[0], current!) : null,
      archived: { applicationForm: code('application_form'), receipt: code('receipt'), receiptNo: application.receiptNo },
      templates,
    };
  }

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
    if (!document) {
      const signingCopy = code ? await this.verifySigningCopy(code) : null;
      return { code: code ? formatVerificationCode(code) : input, found: signingCopy !== null, document: null, signingCopy };
    }
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

  private editableNow(application: Parameters<ApplicationsService['assertEditable']>[0], call: Parameters<ApplicationsService['assertEditable']>[1]): boolean {
    try {
      this.applications.assertEditable(application, call);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A printed 签字盖章用 copy's code: what it was printed from, and whether it still stands for the application (its
   * content unchanged while editable; once submitted, whether the signed scan submitted carries it).
   */
  private async verifySigningCopy(code: string): Promise<DocumentVerification['signingCopy']> {
    const copy = await this.repository.firstSigningCopyByCode(code);
    if (!copy) return null;
    const application = await this.repository.findApplication(copy.applicationId);
    if (!application) return null;
    const [call, enterprises, attachments] = await Promise.all([this.calls.find(application.callId), this.repository.enterprises([application.enterpriseId]), this.repository.attachments(application.id)]);
    const submitted = isArchivable(application);
    const signedKeys = new Set((call?.attachmentSlots ?? []).filter((slot) => slot.signed === true).map((slot) => slot.key));
    const current = submitted
      ? attachments.some((attachment) => signedKeys.has(attachment.slotKey) && attachment.signingCode === code)
      : (await this.archiver.signingCopy(application)).seal.code === code;
    return {
      enterpriseName: enterprises.get(application.enterpriseId)?.name ?? '',
      callTitle: call?.title ?? '',
      printedAt: copy.printedAt.toISOString(),
      contentSha256: copy.contentSha256,
      current,
      submitted,
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
          recommendingUnitCode: application.recommendingUnitCode,
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
