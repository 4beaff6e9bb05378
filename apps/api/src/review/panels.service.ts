import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type ApplicantParties,
  beijingDate,
  type CoApplication,
  type CreatePanel,
  type DeclaredRelation,
  type DeclaredRelationKind,
  drawExperts,
  findConflicts,
  type Expert,
  type ExpertInput,
  type ExpertView,
  isValidPanelSize,
  localizedMessage,
  type PanelView,
  sha256Hex,
  isActiveAssignment,
  projectNameOf,
} from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountsRepository } from '../accounts/accounts.repository';
import type { EnterpriseEntity } from '../accounts/enterprise.entity';
import type { ApplicationEntity } from '../applications/application.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { MailPort } from '../auth/mail.port';
import type { CallEntity } from '../calls/call.entity';
import { CallsRepository } from '../calls/calls.repository';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { inTransaction } from '../database/transaction';
import type { ExpertEntity } from './expert.entity';
import type { ReviewAssignmentEntity } from './review-assignment.entity';
import type { ReviewPanelEntity } from './review-panel.entity';
import { ReviewRepository } from './review.repository';
import { ReviewWorkflow } from './review-workflow';

type DrawInputs = { applicants: ApplicantParties[]; declaredRelations: DeclaredRelation[]; coApplications: CoApplication[]; coApplicationLookbackYears: number };

/** The expert pool (专家库), panels, the committed-seed draw, replacements and reminders. */
@Injectable()
export class PanelsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReviewRepository,
    private readonly accounts: AccountsRepository,
    private readonly calls: CallsRepository,
    private readonly workflow: ReviewWorkflow,
    private readonly audit: AuditService,
    private readonly mailer: MailPort,
    private readonly clock: Clock,
  ) {}

  // Expert pool

  async pageExperts(query: { field?: string; available?: 'true' | 'false'; q?: string; page: number; pageSize: number }) {
    const { items, total } = await this.repository.pageExperts({ ...query, available: query.available === undefined ? undefined : query.available === 'true' });
    const views = await Promise.all(items.map((expert) => this.expertView(expert)));
    return { items: views, total, page: query.page, pageSize: query.pageSize };
  }

  async createExpert(actor: Actor, input: ExpertInput): Promise<ExpertView> {
    const accountId = await this.expertAccount(input.accountUserName);
    const saved = await inTransaction(this.dataSource, async (manager) => {
      const expert = await this.repository.insertExpert(manager, { ...fromInput(input), accountId, createdAt: this.clock.now() });
      await this.audit.record(manager, { action: 'expert.created', actor, target: { type: 'expert', id: expert.id }, detail: { name: expert.name, employer: expert.employer } });
      return expert;
    }).catch(duplicateAccount);
    return this.expertView(saved);
  }

  async updateExpert(actor: Actor, id: number, input: { version: number; expert: ExpertInput }): Promise<ExpertView> {
    const accountId = await this.expertAccount(input.expert.accountUserName);
    const saved = await inTransaction(this.dataSource, async (manager) => {
      const expert = await this.repository.findExpertForUpdate(manager, id);
      if (!expert) throw new AppError('NOT_FOUND');
      if (expert.version !== input.version) throw new AppError('CONFLICT', [{ path: 'version', code: 'STALE_VERSION', message: String(expert.version) }]);
      Object.assign(expert, fromInput(input.expert), { accountId });
      const result = await this.repository.saveExpert(manager, expert);
      await this.audit.record(manager, { action: 'expert.updated', actor, target: { type: 'expert', id }, detail: { version: result.version } });
      return result;
    }).catch(duplicateAccount);
    return this.expertView(saved);
  }

  private async expertAccount(userName: string | null): Promise<number | null> {
    if (!userName) return null;
    const account = await this.accounts.findByUsername(userName);
    if (!account || account.role !== 'expert') {
      throw new AppError('VALIDATION_FAILED', [
        { path: 'accountUserName', code: 'NOT_AN_EXPERT_ACCOUNT', message: localizedMessage({ zh: '没有此用户名的专家账户', en: 'No expert account has this user name' }) },
      ]);
    }
    return account.id;
  }

  private async expertView(expert: ExpertEntity): Promise<ExpertView> {
    const account = expert.accountId ? await this.accounts.findById(expert.accountId) : null;
    return {
      id: expert.id,
      accountId: expert.accountId,
      accountUserName: account?.username ?? null,
      name: expert.name,
      employer: expert.employer,
      employerUscc: expert.employerUscc,
      title: expert.title,
      fields: expert.fields,
      mobile: expert.mobile,
      email: expert.email,
      relations: expert.relations as ExpertView['relations'],
      coApplications: expert.coApplications,
      available: expert.available === 1,
      version: expert.version,
    };
  }

  // Panels

  async listPanels(callId: number): Promise<PanelView[]> {
    if (!(await this.calls.find(callId))) throw new AppError('NOT_FOUND');
    const panels = await this.repository.panelsOfCall(callId);
    return Promise.all(panels.map((panel) => this.panelView(panel)));
  }

  async getPanel(id: number): Promise<PanelView> {
    return this.panelView(await this.panel(id));
  }

  async panel(id: number): Promise<ReviewPanelEntity> {
    const panel = await this.repository.findPanel(id);
    if (!panel) throw new AppError('NOT_FOUND');
    return panel;
  }

  /** Creates a panel and commits to a fresh random seed: only its SHA-256 is shown until the draw. */
  async createPanel(actor: Actor, callId: number, input: CreatePanel): Promise<PanelView> {
    const call = await this.calls.find(callId);
    if (!call) throw new AppError('NOT_FOUND');
    const size = input.size ?? call.settings.review.panelSize;
    if (!isValidPanelSize(size)) {
      throw new AppError('VALIDATION_FAILED', [{ path: 'size', code: 'INVALID_PANEL_SIZE', message: localizedMessage({ zh: '评审专家人数须为不少于5的奇数', en: 'The panel size must be an odd number ≥ 5' }) }]);
    }
    const panel = await inTransaction(this.dataSource, async (manager) => {
      await this.calls.findForUpdate(manager, callId);
      const taken = new Set((await this.repository.panelsOfCall(callId)).flatMap((existing) => existing.applicationIds));
      const accepted = (await this.repository.applicationsOfCall(callId, ['formally_accepted'], manager)).filter((application) => !taken.has(application.id));
      const chosen = input.applicationIds.length ? input.applicationIds : accepted.map((application) => application.id);
      const unknown = chosen.filter((applicationId) => !accepted.some((application) => application.id === applicationId));
      if (unknown.length || chosen.length === 0) {
        throw new AppError('ILLEGAL_TRANSITION', [], {
          zh: chosen.length === 0 ? '没有待分组的形式审查通过的申报' : `以下申报未通过形式审查或已在其他专家组：${unknown.join('、')}`,
          en: chosen.length === 0 ? 'No formally accepted application is waiting for a panel' : `Not formally accepted or already on a panel: ${unknown.join(', ')}`,
        });
      }
      const seed = randomBytes(32).toString('hex');
      const now = this.clock.now();
      const created = await this.repository.insertPanel(manager, {
        callId,
        name: input.name,
        size,
        requiredFields: [...new Set(input.requiredFields)].sort(),
        applicationIds: [...chosen].sort((a, b) => a - b),
        status: 'committed',
        seed,
        seedHash: sha256Hex(seed),
        committedAt: now,
        drawnAt: null,
        referenceDate: null,
        candidates: null,
        memberIds: null,
        reserveIds: null,
        excluded: null,
        createdBy: actor.accountId,
      });
      await this.audit.record(manager, { action: 'panel.seed_committed', actor, target: { type: 'panel', id: created.id }, detail: { callId, seedHash: created.seedHash, applications: created.applicationIds, size } });
      return created;
    });
    return this.panelView(panel);
  }

  /**
   * Draws the panel with the committed seed from the available experts, excluding everyone conflicted with any of
   * its applicants; assigns every member to every application and moves the applications to expert review.
   */
  async draw(actor: Actor, id: number): Promise<PanelView> {
    const panel = await inTransaction(this.dataSource, async (manager) => {
      const locked = await this.repository.findPanelForUpdate(manager, id);
      if (!locked) throw new AppError('NOT_FOUND');
      if (locked.status !== 'committed') throw new AppError('PANEL_ALREADY_DRAWN');
      const call = (await this.calls.findForUpdate(manager, locked.callId))!;
      const applications = await this.repository.applicationsByIds(locked.applicationIds, manager);
      const enterprises = await this.repository.enterprisesByIds(applications.map((application) => application.enterpriseId));
      const pool = await this.repository.availableExperts(manager);
      const now = this.clock.now();
      const referenceDate = beijingDate(now);
      const inputs = drawInputsOf(pool, enterprises, call);
      const result = drawExperts({ seed: locked.seed, pool: pool.map(toDomainExpert), panelSize: locked.size, requiredFields: locked.requiredFields, referenceDate, ...inputs });
      if (!result.ok) throw new AppError('PANEL_DRAW_FAILED', [{ path: 'panel', code: result.error, message: localizedMessage(result.message) }], result.message);
      locked.status = 'drawn';
      locked.drawnAt = now;
      locked.referenceDate = referenceDate;
      locked.candidates = pool.map((expert) => ({ id: expert.id, name: expert.name, employerUscc: expert.employerUscc, fields: expert.fields }));
      locked.memberIds = result.panel.map((expert) => Number(expert.id));
      locked.reserveIds = result.reserves.map((expert) => Number(expert.id));
      locked.excluded = {
        inputs: inputs as unknown as Record<string, unknown>,
        excluded: result.excluded.map((entry) => ({ expertId: Number(entry.expert.id), reasons: entry.reasons.map((reason) => ({ code: reason.code, message: reason.message })) })),
      };
      const saved = await this.repository.savePanel(manager, locked);
      await this.repository.insertAssignments(
        manager,
        applications.flatMap((application) => saved.memberIds!.map((expertId) => newAssignment(saved.id, application.id, expertId, 'drawn', null))),
      );
      for (const application of applications) {
        await this.workflow.move(manager, actor, application, call, 'start_review', now, { role: 'city_officer', detail: { panelId: saved.id } });
      }
      await this.audit.record(manager, {
        action: 'panel.drawn',
        actor,
        target: { type: 'panel', id: saved.id },
        detail: { seed: saved.seed, seedHash: saved.seedHash, members: saved.memberIds, reserves: saved.reserveIds, excluded: locked.excluded.excluded.map((entry) => entry.expertId) },
      });
      return saved;
    });
    return this.panelView(panel);
  }

  /** Runs the draw again from what was recorded and says whether it gives the same panel. */
  async replay(id: number) {
    const panel = await this.panel(id);
    if (panel.status !== 'drawn' || !panel.candidates || !panel.excluded) throw new AppError('ILLEGAL_TRANSITION');
    const inputs = panel.excluded.inputs as unknown as DrawInputs;
    const result = drawExperts({
      seed: panel.seed,
      pool: panel.candidates.map((candidate) => ({ id: String(candidate.id), name: candidate.name, employerUscc: candidate.employerUscc, fields: candidate.fields })),
      panelSize: panel.size,
      requiredFields: panel.requiredFields,
      referenceDate: panel.referenceDate!,
      ...inputs,
    });
    const replayed = result.ok ? result.panel.map((expert) => Number(expert.id)) : [];
    const recorded = panel.memberIds ?? [];
    return { matches: result.ok && replayed.length === recorded.length && replayed.every((expertId, index) => expertId === recorded[index]), seedHash: sha256Hex(panel.seed), recorded, replayed };
  }

  /**
   * Replaces an expert who stepped down from an application (conflict declared or declined): the next reserve, in the
   * draw's order, who is not already on it and has no conflict with its applicant. Runs in the caller's transaction.
   */
  async replace(manager: EntityManager, panel: ReviewPanelEntity, application: ApplicationEntity, leaving: ReviewAssignmentEntity): Promise<ReviewAssignmentEntity | null> {
    const assigned = new Set((await this.repository.assignmentsOfApplication(application.id, manager)).map((assignment) => assignment.expertId));
    const [enterprise] = await this.repository.enterprisesByIds([application.enterpriseId]);
    const call = (await this.calls.find(panel.callId, manager))!;
    const reserves = await this.repository.expertsByIds(panel.reserveIds ?? [], manager);
    const byId = new Map(reserves.map((expert) => [expert.id, expert]));
    const inputs = drawInputsOf(reserves, [enterprise], call);
    for (const reserveId of panel.reserveIds ?? []) {
      const expert = byId.get(reserveId);
      if (!expert || assigned.has(reserveId) || expert.available !== 1) continue;
      const conflicted = inputs.applicants.some(
        (applicant) =>
          findConflicts(toDomainExpert(expert), {
            applicant,
            declaredRelations: inputs.declaredRelations,
            coApplications: inputs.coApplications,
            referenceDate: panel.referenceDate!,
            coApplicationLookbackYears: inputs.coApplicationLookbackYears,
          }).length > 0,
      );
      if (conflicted) continue;
      const row = newAssignment(panel.id, application.id, reserveId, 'replacement', leaving.expertId);
      await this.repository.insertAssignments(manager, [row]);
      return (await this.repository.findAssignment(application.id, reserveId, manager))!;
    }
    return null;
  }

  /**
   * A member declined the panel (told the officer they cannot take part): every assignment they have not scored ends
   * as declined and, per application, the next reserve without a conflict takes the seat — all or nothing.
   */
  async declineMember(actor: Actor, panelId: number, expertId: number, reason: string): Promise<PanelView> {
    await inTransaction(this.dataSource, async (manager) => {
      const panel = await this.repository.findPanelForUpdate(manager, panelId);
      if (!panel) throw new AppError('NOT_FOUND');
      if (panel.status !== 'drawn') throw new AppError('ILLEGAL_TRANSITION');
      const open = (await this.repository.assignmentsOfPanel(panelId, manager)).filter(
        (assignment) => assignment.expertId === expertId && isActiveAssignment(assignment.status) && assignment.scoreStatus !== 'submitted',
      );
      if (open.length === 0) throw new AppError('NOT_FOUND');
      const replacements: Record<number, number> = {};
      for (const assignment of open) {
        assignment.status = 'declined';
        assignment.declarationNote = reason;
        await this.repository.saveAssignment(manager, assignment);
        const application = (await this.repository.applicationsByIds([assignment.applicationId], manager))[0];
        const replacement = await this.replace(manager, panel, application, assignment);
        if (!replacement) throw new AppError('NO_RESERVE_EXPERT');
        replacements[assignment.applicationId] = replacement.expertId;
      }
      await this.audit.record(manager, { action: 'panel.member_declined', actor, target: { type: 'panel', id: panelId }, detail: { expertId, reason, replacements } });
    });
    return this.getPanel(panelId);
  }

  /** E-mails every member with a declaration or a score still to do. */
  async remind(actor: Actor, id: number): Promise<{ reminded: number }> {
    const panel = await this.panel(id);
    const call = (await this.calls.find(panel.callId))!;
    const open = (await this.repository.assignmentsOfPanel(id)).filter((assignment) => isActiveAssignment(assignment.status) && assignment.scoreStatus !== 'submitted');
    const experts = await this.repository.expertsByIds(open.map((assignment) => assignment.expertId));
    for (const expert of experts) {
      const count = open.filter((assignment) => assignment.expertId === expert.id).length;
      if (!expert.email) continue;
      await this.mailer.send({
        to: expert.email,
        kind: 'review-reminder',
        subject: `【评审提醒】${call.title} · ${panel.name}`,
        text: `${expert.name} 专家：您在“${panel.name}”中还有 ${count} 项申报待声明或评分，请登录评审系统完成。\n\nReminder: ${count} application(s) in "${panel.name}" await your declaration or score.`,
      });
    }
    await inTransaction(this.dataSource, (manager) =>
      this.audit.record(manager, { action: 'panel.reminded', actor, target: { type: 'panel', id }, detail: { experts: experts.map((expert) => expert.id) } }),
    );
    return { reminded: experts.filter((expert) => expert.email).length };
  }

  async panelView(panel: ReviewPanelEntity): Promise<PanelView> {
    const assignments = await this.repository.assignmentsOfPanel(panel.id);
    const expertIds = [...(panel.memberIds ?? []), ...assignments.map((assignment) => assignment.expertId), ...(panel.excluded?.excluded.map((entry) => entry.expertId) ?? [])];
    const experts = new Map((await this.repository.expertsByIds(expertIds)).map((expert) => [expert.id, expert]));
    const applications = await this.repository.applicationsByIds(panel.applicationIds);
    const enterprises = new Map((await this.repository.enterprisesByIds(applications.map((application) => application.enterpriseId))).map((enterprise) => [enterprise.id, enterprise]));
    const memberIds = [...new Set([...(panel.memberIds ?? []), ...assignments.filter((assignment) => assignment.role === 'replacement').map((assignment) => assignment.expertId)])];
    const active = assignments.filter((assignment) => isActiveAssignment(assignment.status));
    return {
      id: panel.id,
      callId: panel.callId,
      name: panel.name,
      size: panel.size,
      requiredFields: panel.requiredFields,
      status: panel.status as PanelView['status'],
      seedHash: panel.seedHash,
      seed: panel.status === 'drawn' ? panel.seed : null,
      committedAt: panel.committedAt.toISOString(),
      drawnAt: panel.drawnAt?.toISOString() ?? null,
      candidateCount: panel.candidates?.length ?? 0,
      members: memberIds.map((expertId) => {
        const expert = experts.get(expertId);
        const own = assignments.filter((assignment) => assignment.expertId === expertId);
        return {
          expertId,
          name: expert?.name ?? String(expertId),
          employer: expert?.employer ?? '',
          title: expert?.title ?? '',
          fields: expert?.fields ?? [],
          role: (panel.memberIds ?? []).includes(expertId) ? ('drawn' as const) : ('replacement' as const),
          declined: own.length > 0 && own.every((assignment) => assignment.status === 'declined' || assignment.status === 'conflict'),
        };
      }),
      reserves: panel.reserveIds ?? [],
      excluded: (panel.excluded?.excluded ?? []).map((entry) => ({
        expertId: entry.expertId,
        name: experts.get(entry.expertId)?.name ?? String(entry.expertId),
        employer: experts.get(entry.expertId)?.employer ?? '',
        reasons: entry.reasons,
      })),
      applications: applications.map((application) => ({
        applicationId: application.id,
        receiptNo: application.receiptNo,
        enterpriseName: enterprises.get(application.enterpriseId)?.name ?? '',
        projectName: projectNameOf(application.data),
        state: application.state as PanelView['applications'][number]['state'],
        assignments: assignments
          .filter((assignment) => assignment.applicationId === application.id)
          .map((assignment) => ({
            assignmentId: assignment.id,
            expertId: assignment.expertId,
            expertName: experts.get(assignment.expertId)?.name ?? String(assignment.expertId),
            status: assignment.status as 'pending',
            scoreStatus: assignment.scoreStatus as 'none',
            total: assignment.totalHundredths === null ? null : assignment.totalHundredths / 100,
            replacesExpertId: assignment.replacesExpertId,
          })),
      })),
      progress: { expected: active.length, submitted: active.filter((assignment) => assignment.scoreStatus === 'submitted').length },
    };
  }
}

function fromInput(input: ExpertInput): Omit<ExpertEntity, 'id' | 'version' | 'accountId' | 'createdAt'> {
  return {
    name: input.name,
    employer: input.employer,
    employerUscc: input.employerUscc,
    title: input.title,
    fields: [...input.fields],
    mobile: input.mobile,
    email: input.email,
    relations: input.relations.map((relation) => ({ ...relation })),
    coApplications: input.coApplications.map((co) => ({ ...co })),
    available: input.available ? 1 : 0,
  };
}

function duplicateAccount(error: unknown): never {
  if (/duplicate|unique|constraint/i.test(String((error as Error).message))) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'accountUserName', code: 'ACCOUNT_TAKEN', message: localizedMessage({ zh: '该账户已关联其他专家', en: 'This account belongs to another expert record' }) }]);
  }
  throw error;
}

export function toDomainExpert(expert: ExpertEntity): Expert {
  return { id: String(expert.id), name: expert.name, employerUscc: expert.employerUscc, fields: expert.fields };
}

/** The draw's conflict inputs: the applicants, the relations experts declared with them and their co-applications. */
export function drawInputsOf(pool: readonly ExpertEntity[], enterprises: readonly EnterpriseEntity[], call: CallEntity): DrawInputs {
  const usccs = new Set(enterprises.map((enterprise) => enterprise.uscc));
  return {
    applicants: enterprises.map((enterprise) => ({ uscc: enterprise.uscc })),
    declaredRelations: pool.flatMap((expert) =>
      expert.relations.filter((relation) => usccs.has(relation.uscc)).map((relation) => ({ expertId: String(expert.id), kind: relation.kind as DeclaredRelationKind, ...(relation.note ? { note: relation.note } : {}) })),
    ),
    coApplications: pool.flatMap((expert) => expert.coApplications.map((co) => ({ expertId: String(expert.id), partnerUscc: co.partnerUscc, date: co.date }))),
    coApplicationLookbackYears: call.settings.review.coApplicationLookbackYears,
  };
}

function newAssignment(panelId: number, applicationId: number, expertId: number, role: 'drawn' | 'replacement', replacesExpertId: number | null): Omit<ReviewAssignmentEntity, 'id' | 'version'> {
  return {
    panelId,
    applicationId,
    expertId,
    role,
    replacesExpertId,
    status: 'pending',
    declaredAt: null,
    declarationNote: null,
    scoreStatus: 'none',
    points: {},
    comments: {},
    totalHundredths: null,
    outlierReason: null,
    submittedAt: null,
    reopenReason: null,
  };
}
