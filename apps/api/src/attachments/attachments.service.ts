import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { type AttachmentSlot, type AttachmentView, FILE_KIND_INFO, isSignedSlot, localizedMessage, SIGNING_COPY_NOT_PRINTED_MESSAGE } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { toAttachmentView } from '../applications/application-view';
import { ApplicationsService } from '../applications/applications.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { CallsRepository } from '../calls/calls.repository';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ObjectStorage } from '../storage/object-storage';
import type { AttachmentEntity } from './attachment.entity';
import { AttachmentsRepository } from './attachments.repository';
import { storedFileName } from './file-name';
import { checkUploadBeforeBody, discardUploadLeftovers, emptyFile, removeObjectQuietly, spoolRefusalError } from './upload-intake';
import { SpoolRefusal, spoolUpload } from './upload-spooler';

/** Where finished objects live: `attachments/<applicationId>/<uuid>.<ext>`. */
export const ATTACHMENT_PREFIX = 'attachments/';
/** Temporary objects, removed by the cleanup job after an hour whatever they are. */
export const TMP_PREFIX = 'tmp/';
/** Where uploads wait for their row: `tmp/uploads/<uuid>`. */
export const UPLOAD_TMP_PREFIX = `${TMP_PREFIX}uploads/`;
/** Files one slot of one application may hold (a bound on what one account can store). */
export const MAX_FILES_PER_SLOT = 20;

const MIB = 1024 * 1024;

/** What the controller hands over from the HTTP request; the service knows nothing of Express. */
export interface UploadInput {
  body: Readable;
  contentType: string | undefined;
  contentEncoding: string | undefined;
  /** The declared Content-Length, or null when none was sent. */
  contentLength: number | null;
  /** Whether the request is chunked (Transfer-Encoding), i.e. has a body of unknown length. */
  chunked: boolean;
  /** The raw `X-File-Name` header (URI-encoded). */
  fileName: string | undefined;
}

export interface OpenedAttachment {
  attachment: AttachmentEntity;
  body: Readable;
}

/**
 * Attachments of an application: streamed in (spooled to the data folder while hashed, counted and sniffed), put to
 * S3 under a temporary key, then committed (row, copy to the final key, audit) in one transaction; streamed out
 * after an ownership check; deleted while the application is editable. Another enterprise's answers 404.
 */
@Injectable()
export class AttachmentsService {
  private readonly spoolDirectory: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AttachmentsRepository,
    private readonly applications: ApplicationsService,
    private readonly calls: CallsRepository,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.spoolDirectory = spoolDirectoryOf(config);
  }

  async upload(actor: Actor, applicationId: number, slotKey: string, input: UploadInput): Promise<AttachmentView> {
    const application = await this.applications.owned(actor, applicationId);
    const call = (await this.calls.find(application.callId))!;
    this.applications.assertEditable(application, call);
    const slot = call.attachmentSlots.find((candidate) => candidate.key === slotKey);
    if (!slot) throw new AppError('NOT_FOUND', [{ path: 'slot', code: 'NO_SUCH_SLOT', message: slotKey }]);
    const maxBytes = slot.maxSizeMb * MIB;
    const rawName = checkUploadBeforeBody(input, maxBytes, { tooLarge: () => tooLarge(slot), emptyFile });
    // A signed slot holds one scan, tied to the 签字盖章用 copy printed last: without one there is nothing to tie it to.
    const signed = isSignedSlot(slot);
    if (signed && !(await this.repository.latestSigningCopy(applicationId))) throw notPrinted();
    if (!signed && (await this.repository.countInSlot(applicationId, slot.key)) >= MAX_FILES_PER_SLOT) throw slotFull();

    const spooled = await spoolUpload(input.body, { directory: this.spoolDirectory, maxBytes, accept: slot.accept }).catch((error: unknown) => {
      throw error instanceof SpoolRefusal ? refusalError(error, slot) : error;
    });
    const uuid = randomUUID();
    const tmpKey = `${UPLOAD_TMP_PREFIX}${uuid}`;
    const info = FILE_KIND_INFO[spooled.kind];
    const objectKey = `${ATTACHMENT_PREFIX}${applicationId}/${uuid}.${info.extension}`;
    let copied = false;
    let replaced: AttachmentEntity[] = [];
    try {
      await this.storage.putFile(tmpKey, spooled.path, { size: spooled.size, contentType: info.mime, sha256: spooled.sha256, metadata: { sha256: spooled.sha256 } });
      const fileName = storedFileName(rawName, spooled.kind, slot.key);
      const attachment = await this.dataSource.transaction(async (manager) => {
        const locked = await this.repository.lockApplication(manager, applicationId);
        if (!locked) throw new AppError('NOT_FOUND');
        this.applications.assertEditable(locked, call);
        let signingCode: string | null = null;
        if (signed) {
          const copy = await this.repository.latestSigningCopy(applicationId, manager);
          if (!copy) throw notPrinted();
          signingCode = copy.code;
          // The new scan replaces the previous one (printed from other content, or the same scan again).
          replaced = await this.repository.inSlot(applicationId, slot.key, manager);
          for (const old of replaced) {
            await this.repository.delete(manager, old.id);
            await this.audit.record(manager, {
              action: 'attachment.deleted',
              actor,
              target: { type: 'attachment', id: old.id },
              detail: { applicationId, slotKey: old.slotKey, fileName: old.fileName, objectKey: old.objectKey, replaced: true, signingCode: old.signingCode },
            });
          }
        } else if ((await this.repository.countInSlot(applicationId, slot.key, manager)) >= MAX_FILES_PER_SLOT) throw slotFull();
        const row = await this.repository.insert(manager, {
          applicationId,
          slotKey: slot.key,
          fileName,
          contentType: info.mime,
          size: spooled.size,
          sha256: spooled.sha256,
          objectKey,
          signingCode,
          uploadedBy: actor.accountId,
          createdAt: wholeSeconds(this.clock.now()), // what a datetime column keeps, so the 201 and later reads agree
        });
        copied = true; // from here on, a failure must also remove the final object
        await this.storage.copy(tmpKey, objectKey);
        await this.audit.record(manager, {
          action: 'attachment.uploaded',
          actor,
          target: { type: 'attachment', id: row.id },
          detail: { applicationId, slotKey: slot.key, fileName, contentType: info.mime, size: spooled.size, sha256: spooled.sha256, ...(signed ? { signingCode } : {}) },
        });
        return row;
      });
      copied = false;
      for (const old of replaced) await removeObjectQuietly(this.storage, this.logger, 'attachments', old.objectKey, 'signed scan replaced');
      return toAttachmentView(attachment);
    } finally {
      if (copied) await removeObjectQuietly(this.storage, this.logger, 'attachments', objectKey, 'upload failed after the copy');
      await discardUploadLeftovers(this.storage, this.logger, 'attachments', tmpKey, spooled.path);
    }
  }

  /** The attachment and its object's stream; the download is audited before a byte is sent. */
  async open(actor: Actor, applicationId: number, attachmentId: number): Promise<OpenedAttachment> {
    await this.applications.owned(actor, applicationId);
    return this.openForReview(actor, applicationId, attachmentId);
  }

  /** For reviewers: the caller has already checked that the actor may see this application's attachment. */
  async openForReview(actor: Actor, applicationId: number, attachmentId: number): Promise<OpenedAttachment> {
    const attachment = await this.repository.find(applicationId, attachmentId);
    if (!attachment) throw new AppError('NOT_FOUND');
    const body = await this.storage.get(attachment.objectKey);
    try {
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, { action: 'attachment.downloaded', actor, target: { type: 'attachment', id: attachment.id }, detail: { applicationId, fileName: attachment.fileName } }),
      );
    } catch (error) {
      body.destroy();
      throw error;
    }
    return { attachment, body };
  }

  /** Deletes while the application is editable; the object goes once the row's delete has committed. */
  async remove(actor: Actor, applicationId: number, attachmentId: number): Promise<void> {
    const application = await this.applications.owned(actor, applicationId);
    const call = (await this.calls.find(application.callId))!;
    this.applications.assertEditable(application, call);
    const removed = await this.dataSource.transaction(async (manager) => {
      const locked = await this.repository.lockApplication(manager, applicationId);
      if (!locked) throw new AppError('NOT_FOUND');
      this.applications.assertEditable(locked, call);
      const attachment = await this.repository.find(applicationId, attachmentId, manager);
      if (!attachment) throw new AppError('NOT_FOUND');
      await this.repository.delete(manager, attachment.id);
      await this.audit.record(manager, {
        action: 'attachment.deleted',
        actor,
        target: { type: 'attachment', id: attachment.id },
        detail: { applicationId, slotKey: attachment.slotKey, fileName: attachment.fileName, objectKey: attachment.objectKey },
      });
      return attachment;
    });
    await removeObjectQuietly(this.storage, this.logger, 'attachments', removed.objectKey, 'attachment deleted');
  }


}

function wholeSeconds(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 1000) * 1000);
}

/** Temporary files of uploads in progress: DATA_DIR/uploads. */
export function spoolDirectoryOf(config: AppConfig): string {
  return path.join(config.dataDir, 'uploads');
}

function tooLarge(slot: AttachmentSlot): AppError {
  return new AppError('FILE_TOO_LARGE', [{ path: 'file', code: 'MAX_SIZE_MB', message: String(slot.maxSizeMb) }], {
    zh: `文件超过该材料允许的大小（最大 ${slot.maxSizeMb} MB）`,
    en: `The file is larger than this slot allows (at most ${slot.maxSizeMb} MB)`,
  });
}

function notPrinted(): AppError {
  return new AppError('SIGNING_COPY_NOT_PRINTED', [{ path: 'slot', code: 'SIGNING_COPY_NOT_PRINTED', message: localizedMessage(SIGNING_COPY_NOT_PRINTED_MESSAGE) }]);
}

function slotFull(): AppError {
  return new AppError('VALIDATION_FAILED', [
    { path: 'slot', code: 'TOO_MANY_FILES', message: localizedMessage({ zh: `每项材料最多上传 ${MAX_FILES_PER_SLOT} 个文件`, en: `At most ${MAX_FILES_PER_SLOT} files per slot` }) },
  ]);
}

function refusalError(refusal: SpoolRefusal, slot: AttachmentSlot): AppError {
  return spoolRefusalError(refusal, {
    tooLarge: () => tooLarge(slot),
    accept: slot.accept,
    typeRefused: (labels) => ({
      zh: `文件类型不符合该材料的要求（按文件内容识别），允许：${labels.join('、')}`,
      en: `This file type is not accepted for this slot (judged by its content); allowed: ${labels.join(', ')}`,
    }),
  });
}
