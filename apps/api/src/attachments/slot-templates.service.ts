import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { type AttachmentSlot, DEFAULT_SLOT_TEMPLATE_MAX_MB, FILE_KIND_INFO, SLOT_TEMPLATE_KINDS, type SlotTemplateView } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import type { CallEntity } from '../calls/call.entity';
import { CallsRepository } from '../calls/calls.repository';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ObjectStorage } from '../storage/object-storage';
import { spoolDirectoryOf, UPLOAD_TMP_PREFIX, type UploadInput } from './attachments.service';
import { storedFileName } from './file-name';
import type { SlotTemplateEntity } from './slot-template.entity';
import { SlotTemplatesRepository } from './slot-templates.repository';
import { checkUploadBeforeBody, discardUploadLeftovers, emptyFile, removeObjectQuietly, spoolRefusalError } from './upload-intake';
import { SpoolRefusal, spoolUpload } from './upload-spooler';

/** Where templates live: `templates/<callId>/<uuid>.<ext>`. */
export const TEMPLATE_PREFIX = 'templates/';

const MIB = 1024 * 1024;

export interface OpenedTemplate {
  template: SlotTemplateEntity;
  body: Readable;
}

/**
 * The template files of a call's attachment slots (信用承诺书, 授权书 …). The call's officer uploads, replaces or
 * removes one per slot (streamed through the same intake as attachments: spooled, hashed, sniffed; row, copy and
 * audit in one transaction); an enterprise downloads the templates of the call it applies to, from its application.
 */
@Injectable()
export class SlotTemplatesService {
  private readonly spoolDirectory: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SlotTemplatesRepository,
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

  /** Uploads (or replaces) the template of a slot; the replaced object goes once the commit is done. */
  async upload(actor: Actor, callId: number, slotKey: string, input: UploadInput): Promise<SlotTemplateView> {
    const { slot } = await this.slotOf(callId, slotKey);
    const maxBytes = DEFAULT_SLOT_TEMPLATE_MAX_MB * MIB;
    const rawName = checkUploadBeforeBody(input, maxBytes, { tooLarge, emptyFile });
    const spooled = await spoolUpload(input.body, { directory: this.spoolDirectory, maxBytes, accept: SLOT_TEMPLATE_KINDS }).catch((error: unknown) => {
      throw error instanceof SpoolRefusal ? refusalError(error) : error;
    });
    const uuid = randomUUID();
    const tmpKey = `${UPLOAD_TMP_PREFIX}${uuid}`;
    const info = FILE_KIND_INFO[spooled.kind];
    const objectKey = `${TEMPLATE_PREFIX}${callId}/${uuid}.${info.extension}`;
    let copied = false;
    let replaced: SlotTemplateEntity | null = null;
    try {
      await this.storage.putFile(tmpKey, spooled.path, { size: spooled.size, contentType: info.mime, sha256: spooled.sha256, metadata: { sha256: spooled.sha256 } });
      const fileName = storedFileName(rawName, spooled.kind, slot.key);
      const template = await this.dataSource.transaction(async (manager) => {
        const call = await this.calls.findForUpdate(manager, callId);
        if (!call || !call.attachmentSlots.some((candidate) => candidate.key === slot.key)) throw new AppError('NOT_FOUND', [{ path: 'slot', code: 'NO_SUCH_SLOT', message: slot.key }]);
        replaced = await this.repository.find(callId, slot.key, manager);
        if (replaced) await this.repository.delete(manager, replaced.id);
        const row = await this.repository.insert(manager, {
          callId,
          slotKey: slot.key,
          fileName,
          contentType: info.mime,
          size: spooled.size,
          sha256: spooled.sha256,
          objectKey,
          uploadedBy: actor.accountId,
          uploadedAt: wholeSeconds(this.clock.now()),
        });
        copied = true;
        await this.storage.copy(tmpKey, objectKey);
        await this.audit.record(manager, {
          action: replaced ? 'slot_template.replaced' : 'slot_template.uploaded',
          actor,
          target: { type: 'call', id: callId },
          detail: { slotKey: slot.key, fileName, contentType: info.mime, size: spooled.size, sha256: spooled.sha256, ...(replaced ? { replacedFileName: replaced.fileName, replacedObjectKey: replaced.objectKey } : {}) },
        });
        return row;
      });
      copied = false;
      if (replaced) await removeObjectQuietly(this.storage, this.logger, 'templates', (replaced as SlotTemplateEntity).objectKey, 'template replaced');
      return toSlotTemplateView(template, slot);
    } finally {
      if (copied) await removeObjectQuietly(this.storage, this.logger, 'templates', objectKey, 'upload failed after the copy');
      await discardUploadLeftovers(this.storage, this.logger, 'templates', tmpKey, spooled.path);
    }
  }

  /** Removes a slot's template (404 when it has none); audited. */
  async remove(actor: Actor, callId: number, slotKey: string): Promise<void> {
    const removed = await this.dataSource.transaction(async (manager) => {
      const call = await this.calls.findForUpdate(manager, callId);
      if (!call) throw new AppError('NOT_FOUND');
      const template = await this.repository.find(callId, slotKey, manager);
      if (!template) throw new AppError('NOT_FOUND');
      await this.repository.delete(manager, template.id);
      await this.audit.record(manager, { action: 'slot_template.removed', actor, target: { type: 'call', id: callId }, detail: { slotKey, fileName: template.fileName, objectKey: template.objectKey } });
      return template;
    });
    await removeObjectQuietly(this.storage, this.logger, 'templates', removed.objectKey, 'template removed');
  }

  /** The templates of a call, in the order of its slots (a template of a slot since removed from the call is left out). */
  async list(callId: number): Promise<SlotTemplateView[]> {
    const call = await this.calls.find(callId);
    if (!call) throw new AppError('NOT_FOUND');
    return this.viewsOf(call);
  }

  async viewsOf(call: CallEntity): Promise<SlotTemplateView[]> {
    const templates = new Map((await this.repository.ofCall(call.id)).map((template) => [template.slotKey, template]));
    return call.attachmentSlots.flatMap((slot) => {
      const template = templates.get(slot.key);
      return template ? [toSlotTemplateView(template, slot)] : [];
    });
  }

  /** For the call's officers. */
  async openForOfficer(actor: Actor, callId: number, slotKey: string): Promise<OpenedTemplate> {
    return this.open(actor, callId, slotKey, null);
  }

  /** For the enterprise: the template of a slot of the call its application is in (another enterprise's answers 404). */
  async openForApplicant(actor: Actor, applicationId: number, slotKey: string): Promise<OpenedTemplate> {
    const application = await this.applications.owned(actor, applicationId);
    return this.open(actor, application.callId, slotKey, applicationId);
  }

  private async open(actor: Actor, callId: number, slotKey: string, applicationId: number | null): Promise<OpenedTemplate> {
    const { call } = await this.slotOf(callId, slotKey);
    const template = await this.repository.find(call.id, slotKey);
    if (!template) throw new AppError('NOT_FOUND');
    const body = await this.storage.get(template.objectKey);
    try {
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, { action: 'slot_template.downloaded', actor, target: { type: 'call', id: callId }, detail: { slotKey, fileName: template.fileName, ...(applicationId ? { applicationId } : {}) } }),
      );
    } catch (error) {
      body.destroy();
      throw error;
    }
    return { template, body };
  }

  private async slotOf(callId: number, slotKey: string): Promise<{ call: CallEntity; slot: AttachmentSlot }> {
    const call = await this.calls.find(callId);
    if (!call) throw new AppError('NOT_FOUND');
    const slot = call.attachmentSlots.find((candidate) => candidate.key === slotKey);
    if (!slot) throw new AppError('NOT_FOUND', [{ path: 'slot', code: 'NO_SUCH_SLOT', message: slotKey }]);
    return { call, slot };
  }
}

export function toSlotTemplateView(template: SlotTemplateEntity, slot: Pick<AttachmentSlot, 'name'>): SlotTemplateView {
  return {
    slotKey: template.slotKey,
    slotName: slot.name,
    fileName: template.fileName,
    contentType: template.contentType,
    size: template.size,
    sha256: template.sha256,
    uploadedAt: template.uploadedAt.toISOString(),
  };
}

function wholeSeconds(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 1000) * 1000);
}

function tooLarge(): AppError {
  return new AppError('FILE_TOO_LARGE', [{ path: 'file', code: 'MAX_SIZE_MB', message: String(DEFAULT_SLOT_TEMPLATE_MAX_MB) }], {
    zh: `模板文件超过允许的大小（最大 ${DEFAULT_SLOT_TEMPLATE_MAX_MB} MB）`,
    en: `The template is larger than allowed (at most ${DEFAULT_SLOT_TEMPLATE_MAX_MB} MB)`,
  });
}

function refusalError(refusal: SpoolRefusal): AppError {
  return spoolRefusalError(refusal, {
    tooLarge,
    accept: SLOT_TEMPLATE_KINDS,
    typeRefused: (labels) => ({
      zh: `模板文件类型不符合要求（按文件内容识别），允许：${labels.join('、')}`,
      en: `This file type is not accepted for a template (judged by its content); allowed: ${labels.join(', ')}`,
    }),
  });
}
