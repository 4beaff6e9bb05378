import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import {
  approvedListTitle,
  approvedListNoticeTitle,
  type ApprovedListView,
  beijingDate,
  buildApprovedListDocument,
  buildPublicNoticeDocument,
  defaultApprovedListParagraphs,
  defaultPublicNoticeParagraphs,
  normaliseDocumentNumber,
  parseDocumentNumber,
  publicationIssuer,
  publicationOutcomeTexts,
  publicationRecipients,
  publicationWording,
  type PublishApprovedList,
  FILE_KIND_INFO,
  findSubField,
  localizedMessage,
  noticePhase,
  type NoticeView,
  type ObjectionDecision,
  type ObjectionInput,
  type ObjectionReceipt,
  type ObjectionView,
  type ProgrammeCategoryCode,
  type PublishNotice,
  publicNoticeTitle,
  SEALED_LETTER_MAX_MB,
  TOKEN_POLICY,
  isObjectionOpen,
  recommendingUnitNameZh,
  subFieldNameZh,
  projectNameOf,
  subFieldCodeOf,
} from '@shifan/domain';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ApplicationsRepository } from '../applications/applications.repository';
import { renderApprovedList } from '../documents/renderers/approved-list.renderer';
import { renderApprovedListWorkbook } from '../documents/renderers/approved-list.workbook';
import { renderPublicNotice } from '../documents/renderers/public-notice.renderer';
import { spoolDirectoryOf, UPLOAD_TMP_PREFIX } from '../attachments/attachments.service';
import { storedFileName } from '../attachments/file-name';
import { SpoolRefusal, spoolUpload } from '../attachments/upload-spooler';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import type { Actor } from '../auth/actor';
import type { CallEntity } from '../calls/call.entity';
import { CallsRepository } from '../calls/calls.repository';
import { Clock } from '../common/clock';
import type { FileDownload } from '../common/http/downloads';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { RankingService } from '../review/ranking.service';
import { ReviewRepository } from '../review/review.repository';
import { ReviewWorkflow } from '../review/review-workflow';
import { ObjectStorage } from '../storage/object-storage';
import type { ObjectionEntity } from './objection.entity';
import type { NoticeProjectRecord, PublicNoticeEntity } from './public-notice.entity';
import { PublicationRepository } from './publication.repository';

const SEALED_LETTER_MAX_BYTES = SEALED_LETTER_MAX_MB * 1024 * 1024;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
/** The call as the publication wording needs it: its programme and level decide the nouns, verbs and titles. */
const callFacts = (call: CallEntity) => ({ id: call.id, title: call.title, year: call.year, category: call.category as ProgrammeCategoryCode, level: call.level as 'municipal' | 'provincial' | 'national' });
const wordingOf = (call: CallEntity) => publicationWording(call.category as ProgrammeCategoryCode, call.level);

/** Publication (issue #8): notices, objections, the approved list, open data and the dashboard. */
@Injectable()
export class PublicationService {
  private readonly spoolDirectory: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PublicationRepository,
    private readonly review: ReviewRepository,
    private readonly applications: ApplicationsRepository,
    private readonly calls: CallsRepository,
    private readonly workflow: ReviewWorkflow,
    private readonly ranking: RankingService,
    private readonly audit: AuditService,
    private readonly storage: ObjectStorage,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.spoolDirectory = spoolDirectoryOf(config);
  }

  private today(): string {
    return beijingDate(this.clock.now());
  }

  // Notices

  async pageNotices(query: { year?: number; category?: string; page: number; pageSize: number }) {
    const { items, total } = await this.repository.pageNotices(query);
    const counts = await this.repository.objectionCounts(items.map(({ notice }) => notice.id));
    const views = items.map(({ notice, call }) => this.noticeView(notice, call, counts.get(notice.id)!));
    return { items: views, total, page: query.page, pageSize: query.pageSize };
  }

  async notice(id: number): Promise<NoticeView> {
    const notice = await this.repository.findNotice(id);
    if (!notice) throw new AppError('NOT_FOUND');
    return this.viewOf(notice, (await this.calls.find(notice.callId))!);
  }

  private async viewOf(notice: PublicNoticeEntity, call: CallEntity): Promise<NoticeView> {
    return this.noticeView(notice, call, (await this.repository.objectionCounts([notice.id])).get(notice.id)!);
  }

  private noticeView(notice: PublicNoticeEntity, call: CallEntity, objections: { total: number; open: number }): NoticeView {
    return {
      id: notice.id,
      callId: call.id,
      callTitle: call.title,
      category: call.category,
      level: call.level,
      year: call.year,
      title: notice.title,
      paragraphs: notice.paragraphs,
      listName: wordingOf(call).proposedListName.zh,
      objectNoun: wordingOf(call).objectNoun.zh,
      issuer: publicationIssuer(Number(beijingDate(notice.publishedAt).slice(0, 4))),
      startsOn: notice.startsOn,
      endsOn: notice.endsOn,
      workingDays: notice.workingDays,
      phase: noticePhase(notice.startsOn, notice.endsOn, this.today()),
      contact: notice.contact,
      projects: notice.projects.map((project) => ({
        applicationId: project.applicationId,
        enterpriseName: project.enterpriseName,
        projectName: project.projectName,
        subFieldCode: project.subFieldCode,
        recommendingUnitCode: project.recommendingUnitCode,
        withdrawn: project.withdrawn,
      })),
      publishedAt: notice.publishedAt.toISOString(),
      objections,
      approvedListPublished: notice.approvedAt !== null,
    };
  }

  /**
   * Publishes the 公示 of the call's shortlist: the end date from the working-day calendar, the projects as they stand
   * (rank order), and every shortlisted application moves into the notice — one transaction.
   */
  async publishNotice(actor: Actor, callId: number, input: PublishNotice): Promise<NoticeView> {
    const call = await this.calls.find(callId);
    if (!call) throw new AppError('NOT_FOUND');
    const workingDays = input.workingDays ?? call.settings.workflow.publicNoticeWorkingDays;
    // A period that runs into a year not entered yet answers 422 CALENDAR_OUT_OF_RANGE, before anything is written.
    const endsOn = await this.calendar.compute((calendar) => calendar.workingPeriodEnd(input.startsOn, workingDays), 'startsOn');
    const order = await this.rankOrder(callId);
    const notice = await inTransaction(this.dataSource, async (manager) => {
      await this.calls.findForUpdate(manager, callId);
      if (await this.repository.findNoticeOfCall(callId, manager)) throw new AppError('NOTICE_EXISTS');
      const shortlisted = await this.review.applicationsOfCall(callId, ['shortlisted'], manager);
      if (shortlisted.length === 0) throw new AppError('ILLEGAL_TRANSITION', [], { zh: '本批次没有拟入选项目', en: 'Nothing is shortlisted in this call' });
      const enterprises = new Map((await this.review.enterprisesByIds(shortlisted.map((application) => application.enterpriseId))).map((enterprise) => [enterprise.id, enterprise]));
      const projects: NoticeProjectRecord[] = shortlisted
        .map((application) => ({
          applicationId: application.id,
          enterpriseName: enterprises.get(application.enterpriseId)?.name ?? '',
          uscc: enterprises.get(application.enterpriseId)?.uscc ?? '',
          projectName: projectNameOf(application.data),
          subFieldCode: subFieldCodeOf(application.data),
          recommendingUnitCode: application.recommendingUnitCode,
          rank: order.get(application.id) ?? Number.MAX_SAFE_INTEGER,
          withdrawn: false,
        }))
        .sort((a, b) => a.rank - b.rank || a.applicationId - b.applicationId)
        .map((project, index) => ({ ...project, rank: index + 1 }));
      const now = this.clock.now();
      const created = await this.repository.insertNotice(manager, {
        callId,
        title: publicNoticeTitle(call.year, call.category as ProgrammeCategoryCode, call.level),
        paragraphs: input.text.trim()
          ? input.text
              .split(/\n+/)
              .map((line) => line.trim())
              .filter(Boolean)
          : defaultPublicNoticeParagraphs({ year: call.year, wording: wordingOf(call), projectCount: projects.length, issuer: publicationIssuer(Number(this.today().slice(0, 4))) }),
        startsOn: input.startsOn,
        endsOn,
        workingDays,
        contact: input.contact,
        projects,
        publishedAt: now,
        publishedBy: actor.accountId,
        approvedAt: null,
        approvedEntries: null,
        approvedDocumentNumber: null,
      });
      for (const application of shortlisted) {
        await this.workflow.move(manager, actor, application, call, 'start_public_notice', now, {
          role: 'city_officer',
          note: `公示期 ${input.startsOn} 至 ${endsOn}`,
          detail: { noticeId: created.id },
          notify: { kind: 'in_public_notice', zh: `已进入公示（${input.startsOn} 至 ${endsOn}）`, en: `In public notice (${input.startsOn} to ${endsOn})` },
        });
      }
      await this.audit.record(manager, { action: 'notice.published', actor, target: { type: 'call', id: callId }, detail: { noticeId: created.id, startsOn: input.startsOn, endsOn, workingDays, projects: projects.length } });
      return created;
    });
    return this.viewOf(notice, call);
  }

  /** The rank of each scored application of the call (trimmed-mean order with its tie-breaks): the lists' order. */
  private async rankOrder(callId: number): Promise<Map<number, number>> {
    const ranking = await this.ranking.ranking(callId);
    return new Map(ranking.rows.map((row) => [row.applicationId, row.rank]));
  }

  async noticePdf(id: number): Promise<FileDownload> {
    const notice = await this.repository.findNotice(id);
    if (!notice) throw new AppError('NOT_FOUND');
    const call = (await this.calls.find(notice.callId))!;
    const document = buildPublicNoticeDocument({
      call: callFacts(call),
      startsOn: notice.startsOn,
      endsOn: notice.endsOn,
      workingDays: notice.workingDays,
      contact: { department: notice.contact.unit, person: notice.contact.person, phone: notice.contact.phone, email: notice.contact.email, address: notice.contact.address },
      projects: notice.projects.filter((project) => !project.withdrawn).map((project) => ({ enterpriseName: project.enterpriseName, projectName: project.projectName, field: subFieldNameZh(project.subFieldCode), district: recommendingUnitNameZh(project.recommendingUnitCode) })),
      issuedOn: beijingDate(notice.publishedAt),
      title: notice.title,
      paragraphs: notice.paragraphs,
    });
    const rendered = await renderPublicNotice(document, { creationDate: notice.publishedAt });
    return { body: rendered.pdf, fileName: `${notice.title}.pdf`, contentType: 'application/pdf' };
  }

  // Objections

  /** Files an objection during the notice period; a person's or unit's real identity is required (checked by the schema). */
  async fileObjection(noticeId: number, input: ObjectionInput): Promise<ObjectionReceipt> {
    const notice = await this.repository.findNotice(noticeId);
    if (!notice) throw new AppError('NOT_FOUND');
    if (noticePhase(notice.startsOn, notice.endsOn, this.today()) !== 'open') throw new AppError('NOTICE_NOT_OPEN');
    const project = notice.projects.find((entry) => entry.applicationId === input.applicationId && !entry.withdrawn);
    if (!project) throw new AppError('NOT_FOUND', [{ path: 'applicationId', code: 'NOT_ON_NOTICE', message: localizedMessage({ zh: '该项目不在本次公示名单中', en: 'This project is not on the notice' }) }]);
    const organisation = input.objectorKind === 'organisation';
    const token = organisation ? randomBytes(24).toString('base64url') : null;
    const now = this.clock.now();
    const saved = await inTransaction(this.dataSource, async (manager) => {
      const objection = await this.repository.insertObjection(manager, {
        caseNo: `TMP-${randomUUID().slice(0, 16)}`,
        noticeId,
        applicationId: input.applicationId,
        objectorKind: input.objectorKind,
        name: input.name,
        identityNumber: input.identityNumber,
        phone: input.phone,
        email: input.email,
        address: input.address,
        statement: input.statement,
        evidence: input.evidence,
        sealedLetter: null,
        uploadTokenHash: token ? sha256(token) : null,
        uploadTokenExpiresAt: token ? new Date(now.getTime() + TOKEN_POLICY.sealedLetterUploadMinutes * 60_000) : null,
        status: 'received',
        outcome: null,
        upheldAction: null,
        receivedAt: now,
        decidedAt: null,
        decidedBy: null,
      });
      // The case number comes from the row id, so two objections filed at once never share one.
      objection.caseNo = `YY${beijingDate(now).slice(0, 4)}-${String(objection.id).padStart(4, '0')}`;
      const result = await this.repository.saveObjection(manager, objection);
      // The audit trail names the case, not the objector: their identity stays in the case record.
      await this.audit.record(manager, { action: 'objection.received', actor: null, target: { type: 'objection', id: result.id }, detail: { caseNo: result.caseNo, noticeId, applicationId: input.applicationId, objectorKind: input.objectorKind } });
      return result;
    });
    return { caseNo: saved.caseNo, receivedAt: saved.receivedAt.toISOString(), sealedLetterRequired: organisation, uploadToken: token };
  }

  /** Stores an organisation's sealed letter, once, with the token of its filing (streamed, hashed, type-sniffed). */
  async uploadSealedLetter(caseNo: string, token: string | undefined, input: { body: Readable; fileName: string | undefined; contentLength: number | null }) {
    const objection = await this.repository.findObjectionByCaseNo(caseNo);
    const now = this.clock.now();
    if (!objection || !token || !objection.uploadTokenHash || objection.uploadTokenHash !== sha256(token) || !objection.uploadTokenExpiresAt || objection.uploadTokenExpiresAt <= now) {
      throw new AppError('TOKEN_INVALID');
    }
    if (input.contentLength !== null && input.contentLength > SEALED_LETTER_MAX_BYTES) throw new AppError('FILE_TOO_LARGE');
    const spooled = await spoolUpload(input.body, { directory: this.spoolDirectory, maxBytes: SEALED_LETTER_MAX_BYTES, accept: ['pdf', 'jpeg', 'png'] }).catch((error: unknown) => {
      if (error instanceof SpoolRefusal) throw new AppError(error.reason === 'too-large' ? 'FILE_TOO_LARGE' : error.reason === 'type-not-allowed' ? 'FILE_TYPE_NOT_ALLOWED' : 'VALIDATION_FAILED');
      throw error;
    });
    const info = FILE_KIND_INFO[spooled.kind];
    const objectKey = `objections/${objection.id}/${randomUUID()}.${info.extension}`;
    const fileName = storedFileName(decodeURIComponentSafe(input.fileName) ?? `盖章函.${info.extension}`, spooled.kind, 'sealed-letter');
    // As attachments do: to a temporary key first (swept by the cleanup job if we crash), copied to its final key inside
    // the transaction that records it, and removed again if that transaction fails.
    const tmpKey = `${UPLOAD_TMP_PREFIX}${randomUUID()}`;
    let copied = false;
    try {
      await this.storage.putFile(tmpKey, spooled.path, { size: spooled.size, contentType: info.mime, sha256: spooled.sha256, metadata: { sha256: spooled.sha256 } });
      await inTransaction(this.dataSource, async (manager) => {
        const locked = (await this.repository.findObjectionForUpdate(manager, objection.id))!;
        if (locked.uploadTokenHash !== sha256(token)) throw new AppError('TOKEN_INVALID');
        locked.sealedLetter = { objectKey, fileName, contentType: info.mime, size: spooled.size, sha256: spooled.sha256 };
        locked.uploadTokenHash = null;
        locked.uploadTokenExpiresAt = null;
        await this.repository.saveObjection(manager, locked);
        copied = true;
        await this.storage.copy(tmpKey, objectKey);
        await this.audit.record(manager, { action: 'objection.sealed_letter_uploaded', actor: null, target: { type: 'objection', id: objection.id }, detail: { caseNo, size: spooled.size, sha256: spooled.sha256 } });
      });
    } catch (error) {
      if (copied) await this.storage.remove(objectKey).catch(() => undefined);
      throw error;
    } finally {
      await this.storage.remove(tmpKey).catch(() => undefined);
      await rm(spooled.path, { force: true });
    }
    return { fileName, size: spooled.size, sha256: spooled.sha256 };
  }

  async objections(actor: Actor, noticeId: number): Promise<ObjectionView[]> {
    const notice = await this.repository.findNotice(noticeId);
    if (!notice) throw new AppError('NOT_FOUND');
    const objections = await this.repository.objectionsOfNotice(noticeId);
    await inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'objection.list_viewed', actor, target: { type: 'notice', id: noticeId }, detail: { cases: objections.length } }));
    return objections.map((objection) => objectionView(objection, notice));
  }

  /**
   * Moves a case. Upheld: `remove` takes the project off the list (not approved), `return_to_review` sends it back
   * to the ranking; the enterprise is told the outcome, never who objected.
   */
  async decide(actor: Actor, id: number, input: ObjectionDecision): Promise<ObjectionView> {
    const result = await inTransaction(this.dataSource, async (manager) => {
      const objection = await this.repository.findObjectionForUpdate(manager, id);
      if (!objection) throw new AppError('NOT_FOUND');
      if (objection.version !== input.version) throw new AppError('CONFLICT', [{ path: 'version', code: 'STALE_VERSION', message: String(objection.version) }]);
      if (!isObjectionOpen(objection.status) || (input.status === 'investigating' && objection.status === 'investigating')) throw new AppError('ILLEGAL_TRANSITION');
      const notice = (await this.repository.findNoticeForUpdate(manager, objection.noticeId))!;
      const now = this.clock.now();
      objection.status = input.status;
      if (input.status !== 'investigating') {
        objection.outcome = input.outcome;
        objection.decidedAt = now;
        objection.decidedBy = actor.accountId;
      }
      if (input.status === 'upheld') {
        objection.upheldAction = input.action;
        const application = (await this.applications.findForUpdate(manager, objection.applicationId))!;
        if (application.state === 'in_public_notice') {
          const call = (await this.calls.find(application.callId, manager))!;
          await this.workflow.move(manager, actor, application, call, input.action === 'remove' ? 'decline' : 'return_to_review', now, {
            role: 'city_officer',
            note: `公示异议成立（案件 ${objection.caseNo}）：${input.outcome}`,
            detail: { objection: objection.caseNo },
            notify:
              input.action === 'remove'
                ? { kind: 'not_approved', ...publicationOutcomeTexts(wordingOf(call)).removedAfterObjection }
                : { kind: 'returned_to_review', ...publicationOutcomeTexts(wordingOf(call)).returnedAfterObjection },
          });
          notice.projects = notice.projects.map((project) => (project.applicationId === application.id ? { ...project, withdrawn: true } : project));
          await this.repository.saveNotice(manager, notice);
        }
      }
      const saved = await this.repository.saveObjection(manager, objection);
      await this.audit.record(manager, { action: `objection.${input.status}`, actor, target: { type: 'objection', id }, detail: { caseNo: saved.caseNo, ...(input.status === 'upheld' ? { action: input.action } : {}) } });
      return { saved, notice };
    });
    return objectionView(result.saved, result.notice);
  }

  async sealedLetter(actor: Actor, id: number): Promise<{ body: Readable; fileName: string; contentType: string; size: number }> {
    const objection = await this.repository.findObjection(id);
    if (!objection?.sealedLetter) throw new AppError('NOT_FOUND');
    const body = await this.storage.get(objection.sealedLetter.objectKey);
    await inTransaction(this.dataSource, (manager) => this.audit.record(manager, { action: 'objection.sealed_letter_downloaded', actor, target: { type: 'objection', id }, detail: {} }));
    return { body, fileName: objection.sealedLetter.fileName, contentType: objection.sealedLetter.contentType, size: objection.sealedLetter.size };
  }

  // Approved list

  /** After the notice has ended and every case is closed: the listed projects are approved and the list published. */
  async publishApprovedList(actor: Actor, callId: number, input: PublishApprovedList): Promise<ApprovedListView> {
    const call = await this.calls.find(callId);
    if (!call) throw new AppError('NOT_FOUND');
    // The 通知 is dated today: its 文号 carries this year (武经信〔2026〕12号 for a list published in 2026).
    const documentNumber = normaliseDocumentNumber(input.documentNumber);
    const issueYear = Number(this.today().slice(0, 4));
    if (parseDocumentNumber(documentNumber)?.year !== issueYear) {
      throw new AppError('VALIDATION_FAILED', [
        {
          path: 'documentNumber',
          code: 'DOCUMENT_NUMBER_YEAR',
          message: localizedMessage({ zh: `文号的年份应为发布当年（〔${issueYear}〕）`, en: `The document number’s year must be the year of publication (〔${issueYear}〕)` }),
        },
      ]);
    }
    const notice = await inTransaction(this.dataSource, async (manager) => {
      await this.calls.findForUpdate(manager, callId);
      const found = await this.repository.findNoticeOfCall(callId, manager);
      if (!found) throw new AppError('NOT_FOUND', [], { zh: '本批次尚未发布公示', en: 'This call has no notice yet' });
      const locked = (await this.repository.findNoticeForUpdate(manager, found.id))!;
      if (locked.approvedAt) throw new AppError('NOTICE_EXISTS');
      if (noticePhase(locked.startsOn, locked.endsOn, this.today()) !== 'ended') throw new AppError('NOTICE_PERIOD_NOT_ENDED');
      const open = (await this.repository.objectionsOfNotice(locked.id, manager)).filter((objection) => isObjectionOpen(objection.status));
      if (open.length) throw new AppError('OBJECTIONS_OPEN', open.map((objection) => ({ path: 'objections', code: objection.status, message: objection.caseNo })));
      const now = this.clock.now();
      const entries: NoticeProjectRecord[] = [];
      for (const project of locked.projects.filter((entry) => !entry.withdrawn)) {
        const application = (await this.applications.findForUpdate(manager, project.applicationId))!;
        if (application.state !== 'in_public_notice') continue;
        await this.workflow.move(manager, actor, application, call, 'approve', now, {
          role: 'city_officer',
          noticeEndsOn: locked.endsOn,
          detail: { noticeId: locked.id },
          notify: { kind: 'approved', ...publicationOutcomeTexts(wordingOf(call)).approved },
        });
        entries.push({ ...project, rank: entries.length + 1 });
      }
      locked.approvedAt = now;
      locked.approvedEntries = entries;
      locked.approvedDocumentNumber = documentNumber;
      const saved = await this.repository.saveNotice(manager, locked);
      await this.audit.record(manager, { action: 'approved_list.published', actor, target: { type: 'call', id: callId }, detail: { noticeId: saved.id, documentNumber, approved: entries.map((entry) => entry.applicationId) } });
      return saved;
    });
    return approvedView(notice, call);
  }

  async pageApprovedLists(query: { year?: number; category?: string; page: number; pageSize: number }) {
    const { items, total } = await this.repository.pageNotices({ ...query, approvedOnly: true });
    return { items: items.map(({ notice, call }) => approvedView(notice, call)), total, page: query.page, pageSize: query.pageSize };
  }

  async approvedList(callId: number): Promise<ApprovedListView> {
    const notice = await this.repository.findNoticeOfCall(callId);
    if (!notice?.approvedAt) throw new AppError('NOT_FOUND');
    return approvedView(notice, (await this.calls.find(callId))!);
  }

  async approvedListPdf(callId: number): Promise<FileDownload> {
    const { document, notice } = await this.approvedDocument(callId);
    const rendered = await renderApprovedList(document, { creationDate: notice.approvedAt! });
    return { body: rendered.pdf, fileName: `${document.title}.pdf`, contentType: 'application/pdf' };
  }

  async approvedListXlsx(callId: number): Promise<FileDownload> {
    const { document, notice } = await this.approvedDocument(callId);
    const body = await renderApprovedListWorkbook(document, { createdAt: notice.approvedAt! });
    return { body, fileName: `${document.title}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  }

  private async approvedDocument(callId: number) {
    const notice = await this.repository.findNoticeOfCall(callId);
    if (!notice?.approvedAt || !notice.approvedEntries) throw new AppError('NOT_FOUND');
    const call = (await this.calls.find(callId))!;
    const document = buildApprovedListDocument({
      call: callFacts(call),
      documentNumber: notice.approvedDocumentNumber,
      publicNoticeTitle: notice.title,
      entries: notice.approvedEntries.map((entry) => ({ enterpriseName: entry.enterpriseName, uscc: entry.uscc, projectName: entry.projectName, field: subFieldNameZh(entry.subFieldCode), district: recommendingUnitNameZh(entry.recommendingUnitCode) })),
      issuedOn: beijingDate(notice.approvedAt),
    });
    return { document, notice };
  }

  async openData(year: number) {
    const notices = await this.repository.approvedNoticesOfYear(year);
    return {
      dataset: 'wuhan-mc2025-approved-lists' as const,
      year,
      generatedAt: this.clock.now().toISOString(),
      license: `政府公开信息，可自由使用，请注明来源：${publicationIssuer(Number(this.today().slice(0, 4)))} / Public government information; free to reuse with attribution`,
      lists: notices.map((notice) => approvedView(notice, (notice as PublicNoticeEntity & { call: CallEntity }).call)),
    };
  }
}

function decodeURIComponentSafe(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function objectionView(objection: ObjectionEntity, notice: PublicNoticeEntity): ObjectionView {
  const project = notice.projects.find((entry) => entry.applicationId === objection.applicationId);
  return {
    id: objection.id,
    caseNo: objection.caseNo,
    noticeId: objection.noticeId,
    applicationId: objection.applicationId,
    projectName: project?.projectName ?? '',
    enterpriseName: project?.enterpriseName ?? '',
    objectorKind: objection.objectorKind as ObjectionView['objectorKind'],
    name: objection.name,
    identityNumber: objection.identityNumber,
    phone: objection.phone,
    email: objection.email,
    address: objection.address,
    statement: objection.statement,
    evidence: objection.evidence,
    sealedLetter: objection.sealedLetter ? { fileName: objection.sealedLetter.fileName, size: objection.sealedLetter.size, sha256: objection.sealedLetter.sha256 } : null,
    status: objection.status as ObjectionView['status'],
    outcome: objection.outcome,
    upheldAction: objection.upheldAction as ObjectionView['upheldAction'],
    receivedAt: objection.receivedAt.toISOString(),
    decidedAt: objection.decidedAt?.toISOString() ?? null,
    version: objection.version,
  };
}

function approvedView(notice: PublicNoticeEntity, call: CallEntity): ApprovedListView {
  return {
    callId: call.id,
    callTitle: call.title,
    category: call.category,
    level: call.level,
    year: call.year,
    title: approvedListTitle(call.year, call.category as ProgrammeCategoryCode, call.level),
    noticeTitle: approvedListNoticeTitle(call.year, call.category as ProgrammeCategoryCode, call.level),
    documentNumber: notice.approvedDocumentNumber,
    recipients: publicationRecipients(),
    paragraphs: defaultApprovedListParagraphs({ year: call.year, wording: publicationWording(call.category as ProgrammeCategoryCode, call.level), entryCount: (notice.approvedEntries ?? []).length, noticeTitle: notice.title }),
    objectNoun: publicationWording(call.category as ProgrammeCategoryCode, call.level).objectNoun.zh,
    issuer: publicationIssuer(Number(beijingDate(notice.approvedAt!).slice(0, 4))),
    issuedOn: beijingDate(notice.approvedAt!),
    publishedAt: notice.approvedAt!.toISOString(),
    noticeId: notice.id,
    entries: (notice.approvedEntries ?? []).map((entry) => ({
      rank: entry.rank,
      enterpriseName: entry.enterpriseName,
      uscc: entry.uscc,
      projectName: entry.projectName,
      subFieldCode: entry.subFieldCode,
      subFieldName: entry.subFieldCode ? (findSubField(entry.subFieldCode)?.name.zh ?? null) : null,
      recommendingUnitCode: entry.recommendingUnitCode,
      recommendingUnitName: entry.recommendingUnitCode ? recommendingUnitNameZh(entry.recommendingUnitCode) : null,
    })),
  };
}
