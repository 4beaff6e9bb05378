import fs from 'node:fs';
import path from 'node:path';
import {
  addDays,
  completeUscc,
  defaultPublicNoticeParagraphs,
  designationOfYear,
  formatReceiptNumber,
  publicationIssuer,
  publicationWording,
  type PublicationLevel,
  publicNoticeTitle,
  WorkingCalendar,
  beijingDate,
  callWindow,
  DEFAULT_RUBRIC,
  defaultAttachmentSlots,
  defaultCallSettings,
  DISTRICTS,
  findRecommendingUnit,
  RECOMMENDING_UNIT_CODES,
  RECOMMENDING_UNITS,
  EmailField,
  ExpertInputSchema,
  EnterpriseProfileSchema,
  KEY_FIELDS,
  MobileField,
  PROGRAMME_CATEGORIES,
  type ProgrammeCategoryCode,
  ROLES,
  UsccField,
} from '@shifan/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AccountEntity } from '../accounts/account.entity';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { hashPassword } from '../accounts/password-hasher';
import { DistrictEntity } from '../catalogue/district.entity';
import { IndustryFieldEntity } from '../catalogue/industry-field.entity';
import { ProgrammeCategoryEntity } from '../catalogue/programme-category.entity';
import { EnterpriseProfileEntity } from '../applications/enterprise-profile.entity';
import { ReceiptCounterEntity } from '../applications/receipt-counter.entity';
import { CallVersionEntity } from '../calls/call-version.entity';
import { CallEntity } from '../calls/call.entity';
import { ApplicationEventEntity } from '../applications/application-event.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { checkEligibility } from '../applications/eligibility-check';
import { FormalCheckEntity } from '../review/formal-check.entity';
import { PublicNoticeEntity } from '../publication/public-notice.entity';
import { ExpertEntity } from '../review/expert.entity';
import { loadCalendarYears } from '../calendar/calendar.repository';
import { insertHistoricalApproval } from './historical-approval';
import { SeedRunEntity } from './seed-run.entity';
import { DemoDashboardSchema, seedDemoDashboard } from '../dashboard/demo-dashboard.seed';

const DemoAccountsSchema = z.object({
  password: z.string().min(8),
  enterprises: z.array(z.object({ uscc: UsccField, name: z.string().min(4), contactName: z.string().min(2), mobile: MobileField, email: EmailField })),
  accounts: z.array(
    z.object({
      username: z.string().min(1).max(64),
      role: z.enum(ROLES),
      displayName: z.string().min(1).max(100),
      /** The USCC of the enterprise an enterprise account belongs to. */
      enterprise: z.string().length(18).optional(),
      /** The 推荐单位 a recommending-unit officer (district_officer) is bound to. */
      recommendingUnitCode: z.enum(RECOMMENDING_UNIT_CODES as [string, ...string[]]).optional(),
      mobile: MobileField.optional(),
      email: EmailField.optional(),
    }),
  ),
});

export type DemoAccounts = z.infer<typeof DemoAccountsSchema>;

interface SeedSet {
  name: string;
  demo: boolean;
  apply(manager: EntityManager, now: Date): Promise<void>;
}

const DemoExpertsSchema = z.object({
  experts: z.array(ExpertInputSchema.omit({ accountUserName: true, available: true }).extend({ username: z.string().min(1).max(64) })),
});

const DemoHistorySchema = z.object({
  approved: z.record(z.string(), z.record(z.string(), z.number().int().min(0).max(500))),
  /** The city's recommendations to the province (拟推荐 notices and 推荐名单), per programme and year. */
  recommendedToProvince: z.record(z.string(), z.record(z.string(), z.number().int().min(0).max(100))).default({}),
  /** 文号 of the 通知 publishing each list: the issuer's abbreviation and the first serial number of each year. */
  documentNumbers: z.object({ prefix: z.string().min(1), firstSerial: z.number().int().min(1) }),
  noticeStartsOn: z.string().regex(/^\d{2}-\d{2}$/),
  contact: z.object({ unit: z.string(), person: z.string(), phone: z.string(), email: z.string().nullable(), address: z.string().nullable() }),
  names: z.object({ places: z.array(z.string()).min(1), trades: z.array(z.string()).min(1), suffixes: z.array(z.string()).min(1), projects: z.array(z.string()).min(1) }),
});

const DemoReviewSchema = z.object({
  category: z.enum(['TECH_TRANSFORMATION']),
  submittedDaysAgo: z.number().int().min(1).max(30),
  enterprises: z.array(
    z.object({
      name: z.string().min(4),
      uscc: UsccField,
      /** The 推荐单位 the enterprise chose (a district's code or a zone's). */
      recommendingUnitCode: z.enum(RECOMMENDING_UNIT_CODES as [string, ...string[]]),
      /** The district of registration; for a district unit, the unit itself when omitted. */
      registeredDistrictCode: z.string().length(6).optional(),
      state: z.enum(['submitted', 'district_recommended', 'formally_accepted']),
      projectName: z.string().min(4),
      subFieldCode: z.string(),
    }),
  ),
});

const DemoCallsSchema = z.object({
  historic: z.object({ years: z.array(z.number().int()), opensOn: z.string().regex(/^\d{2}-\d{2}$/), applicationDeadline: z.string().regex(/^\d{2}-\d{2}$/) }),
  current: z.object({ openedDaysAgo: z.number().int().min(0), deadlineInDays: z.number().int().min(1) }),
  titles: z.record(z.string(), z.string()),
  notice: z.string(),
  demoProfile: z.object({ enterprise: z.string().length(18), data: z.record(z.string(), z.unknown()) }),
});

/** A call as the seeds make it: domain defaults for the category and the given schedule, published as version 1. */
async function seedCall(manager: EntityManager, category: ProgrammeCategoryCode, callYear: number, schedule: { opensOn: string; applicationDeadline: string }, status: 'open' | 'closed', texts: { title: string; notice: string }, now: Date, level: PublicationLevel = 'municipal'): Promise<CallEntity> {
  const settings = { ...defaultCallSettings(category, schedule), callYear };
  const window = callWindow(schedule);
  const values = {
    category,
    level,
    year: callYear,
    title: texts.title.replace('{year}', String(callYear)),
    notice: texts.notice.replace('{year}', String(callYear)),
    status,
    opensAt: window.opensAt,
    deadlineAt: window.deadlineAt,
    settings,
    attachmentSlots: defaultAttachmentSlots(category),
    rubric: DEFAULT_RUBRIC,
    publishedVersion: 1,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const call = await manager.save(CallEntity, manager.create(CallEntity, values));
  const { createdAt: _c, updatedAt: _u, version: _v, publishedVersion: _p, status: _s, year: _y, opensAt, deadlineAt, ...snapshot } = values;
  await manager.save(CallVersionEntity, manager.create(CallVersionEntity, { callId: call.id, versionNo: 1, snapshot: { ...snapshot, opensAt: opensAt.toISOString(), deadlineAt: deadlineAt.toISOString() }, createdAt: now, createdBy: null }));
  await manager.insert(ReceiptCounterEntity, { callId: call.id, lastNo: 0 });
  return call;
}

export function readDemoAccounts(seedsDir: string): DemoAccounts {
  return DemoAccountsSchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-accounts.json'), 'utf8')));
}

function seedSets(seedsDir: string): SeedSet[] {
  return [
    {
      name: 'catalogue-v1',
      demo: false,
      async apply(manager) {
        await manager.insert(
          ProgrammeCategoryEntity,
          PROGRAMME_CATEGORIES.map((category, index) => ({ code: category.code, nameZh: category.name.zh, nameEn: category.name.en, sortOrder: index + 1 })),
        );
        let order = 0;
        const fields: IndustryFieldEntity[] = [];
        for (const field of KEY_FIELDS) {
          fields.push({ code: field.code, parentCode: null, nameZh: field.name.zh, nameEn: field.name.en, sortOrder: ++order });
          for (const sub of field.subFields) fields.push({ code: sub.code, parentCode: field.code, nameZh: sub.name.zh, nameEn: sub.name.en, sortOrder: ++order });
        }
        await manager.insert(IndustryFieldEntity, fields);
        await manager.insert(
          DistrictEntity,
          DISTRICTS.map((district) => ({ code: district.code, nameZh: district.name.zh, nameEn: district.name.en })),
        );
      },
    },
    {
      name: 'demo-accounts-v1',
      demo: true,
      async apply(manager, now) {
        const demo = readDemoAccounts(seedsDir);
        const passwordHash = await hashPassword(demo.password);
        const enterpriseIds = new Map<string, number>();
        for (const enterprise of demo.enterprises) {
          const saved = await manager.save(EnterpriseEntity, manager.create(EnterpriseEntity, { ...enterprise, verificationStatus: 'verified', createdAt: now, version: 1 }));
          enterpriseIds.set(enterprise.uscc, saved.id);
        }
        for (const account of demo.accounts) {
          const enterpriseId = account.enterprise ? enterpriseIds.get(account.enterprise) : undefined;
          if (account.enterprise && enterpriseId === undefined) throw new Error(`demo account ${account.username}: unknown enterprise ${account.enterprise}`);
          await manager.save(
            AccountEntity,
            manager.create(AccountEntity, {
              username: account.username,
              role: account.role,
              displayName: account.displayName,
              passwordHash,
              enterpriseId: enterpriseId ?? null,
              recommendingUnitCode: account.recommendingUnitCode ?? null,
              mobile: account.mobile ?? null,
              email: account.email ?? null,
              status: 'active',
              createdAt: now,
              passwordChangedAt: now,
              version: 1,
            }),
          );
        }
      },
    },
    {
      name: 'demo-calls-v1',
      demo: true,
      async apply(manager, now) {
        const demo = DemoCallsSchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-calls.json'), 'utf8')));
        for (const year of demo.historic.years) {
          for (const category of PROGRAMME_CATEGORIES) {
            const schedule = { opensOn: `${year}-${demo.historic.opensOn}`, applicationDeadline: `${year}-${demo.historic.applicationDeadline}` };
            await seedCall(manager, category.code, year, schedule, 'closed', { title: demo.titles[category.code], notice: demo.notice }, now);
          }
        }
        const today = beijingDate(now);
        const schedule = { opensOn: addDays(today, -demo.current.openedDaysAgo), applicationDeadline: addDays(today, demo.current.deadlineInDays) };
        for (const category of PROGRAMME_CATEGORIES) {
          await seedCall(manager, category.code, Number(today.slice(0, 4)), schedule, 'open', { title: demo.titles[category.code], notice: demo.notice }, now);
        }
        const enterprise = await manager.findOneBy(EnterpriseEntity, { uscc: demo.demoProfile.enterprise });
        if (enterprise) {
          const profile = EnterpriseProfileSchema.parse(demo.demoProfile.data);
          await manager.save(EnterpriseProfileEntity, manager.create(EnterpriseProfileEntity, { enterpriseId: enterprise.id, data: profile, updatedAt: now, version: 1 }));
        }
      },
    },
    {
      name: 'demo-experts-v1',
      demo: true,
      async apply(manager, now) {
        const demo = DemoExpertsSchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-experts.json'), 'utf8')));
        const passwordHash = await hashPassword(readDemoAccounts(seedsDir).password);
        for (const { username, ...expert } of demo.experts) {
          let account = await manager.findOneBy(AccountEntity, { username });
          if (!account) {
            account = await manager.save(
              AccountEntity,
              manager.create(AccountEntity, {
                username,
                role: 'expert',
                displayName: `${expert.name}（评审专家）`,
                passwordHash,
                enterpriseId: null,
                recommendingUnitCode: null,
                mobile: expert.mobile,
                email: expert.email,
                status: 'active',
                  createdAt: now,
                passwordChangedAt: now,
                version: 1,
              }),
            );
          }
          await manager.save(ExpertEntity, manager.create(ExpertEntity, { ...expert, accountId: account.id, available: 1, createdAt: now, version: 1 }));
        }
      },
    },
    {
      name: 'demo-review-v1',
      demo: true,
      async apply(manager, now) {
        const review = DemoReviewSchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-review.json'), 'utf8')));
        const demoCalls = DemoCallsSchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-calls.json'), 'utf8')));
        await seedReview(manager, review, demoCalls.demoProfile.data, now);
      },
    },
    {
      name: 'demo-history-v1',
      demo: true,
      async apply(manager) {
        await seedHistory(manager, DemoHistorySchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-history.json'), 'utf8'))));
      },
    },
    {
      // After demo-history: uses the provincial lists it imported.
      name: 'demo-dashboard-v1',
      demo: true,
      async apply(manager) {
        await seedDemoDashboard(manager, DemoDashboardSchema.parse(JSON.parse(fs.readFileSync(path.join(seedsDir, 'demo-dashboard.json'), 'utf8'))));
      },
    },
  ];
}

/**
 * This year's technical-transformation call in review: submitted applications of fictional enterprises, some
 * recommended by their district and one through the formal check, each with its timeline, so every reviewer has work
 * on the first start. Their 申报书 are archived by the repair job a few minutes after start-up.
 */
async function seedReview(manager: EntityManager, review: z.infer<typeof DemoReviewSchema>, demoProfile: Record<string, unknown>, now: Date): Promise<void> {
  const call = await manager.findOneBy(CallEntity, { category: review.category, status: 'open' });
  const city = await manager.findOneBy(AccountEntity, { username: 'city.officer' });
  const admin = await manager.findOneBy(AccountEntity, { username: 'admin' });
  if (!call || !city || !admin) return;
  const today = beijingDate(now);
  const year = today.slice(0, 4);
  const lastMonth = addDays(today, -20);
  const submittedAt = new Date(now.getTime() - review.submittedDaysAgo * 86_400_000);
  const priorities = new Map<string, number>();
  for (const [index, entry] of review.enterprises.entries()) {
    const enterprise = await manager.save(EnterpriseEntity, manager.create(EnterpriseEntity, { uscc: entry.uscc, name: entry.name, contactName: '联系人', mobile: '13800000000', email: 'review@demo.example.cn', verificationStatus: 'verified', createdAt: submittedAt, version: 1 }));
    const unit = findRecommendingUnit(entry.recommendingUnitCode)!;
    const registeredDistrictCode = entry.registeredDistrictCode ?? unit.overlapsDistrictCodes[0];
    const devZone = unit.kind === 'zone' ? unit.code : 'NONE';
    const profile = EnterpriseProfileSchema.parse({ ...demoProfile, name: entry.name, uscc: entry.uscc, registeredDistrictCode, devZone, recommendingUnitCode: unit.code });
    await manager.save(EnterpriseProfileEntity, manager.create(EnterpriseProfileEntity, { enterpriseId: enterprise.id, data: profile, updatedAt: submittedAt, version: 1 }));
    const data = {
      projectName: entry.projectName,
      subFieldCode: entry.subFieldCode,
      projectDistrictCode: registeredDistrictCode,
      summary: '更新关键工序设备并建设生产数据采集系统,提高自动化水平和产品一致性,降低单位产品能耗。',
      startDate: addDays(today, -400),
      // Completed this year (the call requires it) and before the deadline.
      completionDate: lastMonth.startsWith(year) ? lastMonth : `${year}-01-02`,
      inProduction: true,
      inInvestmentStatistics: true,
      totalInvestmentWanYuan: 6000 + index * 800,
      equipmentInvestmentWanYuan: 3500 + index * 500,
      rdInvestmentWanYuan: 500,
      softwareInvestmentWanYuan: 300,
      expectedNewRevenueWanYuan: 12000,
      noDoubleFundingDeclared: true,
      truthfulnessPledged: true,
    };
    const eligibility = checkEligibility(call.settings, profile as Record<string, unknown>, data);
    const recommended = entry.state !== 'submitted';
    const priority = recommended ? (priorities.get(entry.recommendingUnitCode) ?? 0) + 1 : null;
    if (priority) priorities.set(entry.recommendingUnitCode, priority);
    const application = await manager.save(
      ApplicationEntity,
      manager.create(ApplicationEntity, {
        callId: call.id,
        enterpriseId: enterprise.id,
        callVersionNo: call.publishedVersion,
        state: entry.state,
        data,
        eligibility: eligibility as unknown as Record<string, unknown>,
        submittedProfile: profile as Record<string, unknown>,
        receiptNo: formatReceiptNumber(review.category, call.year, call.id, index + 1),
        submittedAt,
        recommendingUnitCode: entry.recommendingUnitCode,
        unitPriority: priority,
        reviewNotice: null,
        revisionDueOn: null,
        createdBy: admin.id,
        createdAt: submittedAt,
        updatedAt: submittedAt,
        version: 1,
      }),
    );
    const event = (action: string, fromState: string | null, toState: string, hoursLater: number, actorName: string) =>
      manager.insert(ApplicationEventEntity, { applicationId: application.id, occurredAt: new Date(submittedAt.getTime() + hoursLater * 3_600_000), action, fromState, toState, actorId: null, actorName, note: null });
    await event('submit', 'draft', 'submitted', 0, entry.name);
    if (recommended) await event('recommend', 'submitted', 'district_recommended', 24, '区经信局（演示）');
    if (entry.state === 'formally_accepted') {
      await event('accept', 'district_recommended', 'formally_accepted', 48, '市经信局（演示）');
      const checklist = call.settings.review.formalChecklist ?? [];
      await manager.insert(FormalCheckEntity, {
        applicationId: application.id,
        round: 1,
        outcome: 'accept',
        items: checklist.map((item) => ({ key: item.key, passed: true })),
        reason: null,
        snapshot: { data, attachments: [] },
        checkedBy: city.id,
        checkedByName: city.displayName,
        checkedAt: new Date(submittedAt.getTime() + 48 * 3_600_000),
      });
    }
  }
  await manager.update(ReceiptCounterEntity, { callId: call.id }, { lastNo: review.enterprises.length });
}

/**
 * The 2017–2019 results: for each closed demo call, the approved enterprises and their applications (imported as
 * approved, with a receipt number), the call's 公示 and its approved list. Deterministic: the same file gives the same
 * names, USCCs and 推荐单位.
 */
async function seedHistory(manager: EntityManager, history: z.infer<typeof DemoHistorySchema>): Promise<void> {
  const admin = await manager.findOneBy(AccountEntity, { username: 'admin' });
  const subFields = KEY_FIELDS.flatMap((field) => field.subFields.map((sub) => sub.code));
  // Approved projects spread over the units that existed then (长江新区 came after the plan), the district overlapped
  // by a zone standing for the project's district.
  const units = RECOMMENDING_UNITS.filter((unit) => !unit.establishedAfterPlan);
  // The calendar as stored (the migration seeds 2017–2026), as every working-day count of the portal.
  const calendar = WorkingCalendar.from({ years: await loadCalendarYears(manager) });
  let serial = 0;
  const documentSerials = new Map<number, number>();
  const lists: { category: string; year: number; count: number; level: PublicationLevel }[] = [
    ...Object.entries(history.approved).flatMap(([category, years]) => Object.entries(years).map(([year, count]) => ({ category, year: Number(year), count, level: 'municipal' as const }))),
    ...Object.entries(history.recommendedToProvince).flatMap(([category, years]) => Object.entries(years).map(([year, count]) => ({ category, year: Number(year), count, level: 'provincial' as const }))),
  ];
  for (const { category, year, count, level } of lists) {
    const wording = publicationWording(category as ProgrammeCategoryCode, level);
    const startsOn = `${year}-${history.noticeStartsOn}`;
    // The city's recommendations upward were their own calls (the province's 申报通知), made for the import.
    const call =
      level === 'municipal'
        ? await manager.findOneBy(CallEntity, { category, year, level, status: 'closed' })
        : await seedCall(
            manager,
            category as ProgrammeCategoryCode,
            year,
            { opensOn: `${year}-04-01`, applicationDeadline: `${year}-05-15` },
            'closed',
            { title: `${designationOfYear(wording, year).zh}推荐申报`, notice: `${designationOfYear(wording, year).zh}推荐申报：经推荐单位推荐、市级审核后，由市经济和信息化主管部门择优向省级主管部门推荐。` },
            new Date(`${year}-04-01T01:00:00Z`),
            level,
          );
    if (!call || count === 0) continue;
    const endsOn = calendar.workingPeriodEnd(startsOn, call.settings.workflow.publicNoticeWorkingDays);
    const approvedOn = addDays(endsOn, 3);
    const submittedAt = new Date(`${year}-05-20T02:00:00Z`);
    const projects = [];
    for (let index = 0; index < count; index += 1) {
      serial += 1;
      const { places, trades, suffixes, projects: projectNames } = history.names;
      const place = places[serial % places.length];
      const trade = trades[Math.floor(serial / places.length) % trades.length];
      const suffix = suffixes[Math.floor(serial / (places.length * trades.length)) % suffixes.length];
      const name = `武汉${place}${trade}${suffix}`;
      const uscc = completeUscc(`91420100MA4K${String(serial).padStart(4, '0')}`)!;
      const unit = units[serial % units.length];
      // An innovation centre is named as a centre, not a project.
      const projectName = category === 'INNOVATION_CENTRE' ? `武汉${trade}制造业创新中心` : `${trade}${projectNames[serial % projectNames.length]}`;
      const data = { projectName, subFieldCode: subFields[serial % subFields.length], projectDistrictCode: unit.overlapsDistrictCodes[0] };
      projects.push(
        await insertHistoricalApproval(manager, {
          callId: call.id,
          category: category as ProgrammeCategoryCode,
          year,
          index,
          enterprise: { uscc, name, email: 'history@demo.example.cn' },
          data,
          recommendingUnitCode: unit.code,
          submittedAt,
          createdBy: admin?.id ?? 0,
        }),
      );
    }
    await manager.update(ReceiptCounterEntity, { callId: call.id }, { lastNo: count });
    // The issuer of the year each document is dated: the 委员会 until 2018, the 局 from 2019.
    const issuer = publicationIssuer(year);
    const approvedYear = Number(approvedOn.slice(0, 4));
    const documentSerial = documentSerials.get(approvedYear) ?? history.documentNumbers.firstSerial;
    documentSerials.set(approvedYear, documentSerial + 1);
    await manager.save(
      PublicNoticeEntity,
      manager.create(PublicNoticeEntity, {
        callId: call.id,
        title: publicNoticeTitle(year, category as ProgrammeCategoryCode, level),
        paragraphs: defaultPublicNoticeParagraphs({ year, wording, projectCount: count, issuer }),
        startsOn,
        endsOn,
        workingDays: call.settings.workflow.publicNoticeWorkingDays,
        contact: { ...history.contact, unit: history.contact.unit.replace('{issuer}', issuer) },
        projects,
        publishedAt: new Date(`${startsOn}T01:00:00Z`),
        publishedBy: admin?.id ?? 0,
        approvedAt: new Date(`${approvedOn}T01:00:00Z`),
        approvedEntries: projects,
        approvedDocumentNumber: `${history.documentNumbers.prefix}〔${approvedYear}〕${documentSerial}号`,
        version: 1,
      }),
    );
  }
}

/**
 * Applies each seed set that has not run yet, each in its own transaction together with its `seed_run` record.
 * Returns the names of the sets applied now.
 */
export async function runSeeds(dataSource: DataSource, options: { seedsDir: string; demo: boolean; now?: Date }): Promise<string[]> {
  const applied: string[] = [];
  for (const set of seedSets(options.seedsDir)) {
    if (set.demo && !options.demo) continue;
    const done = await dataSource.getRepository(SeedRunEntity).existsBy({ name: set.name });
    if (done) continue;
    await dataSource.transaction(async (manager) => {
      const now = options.now ?? new Date();
      await set.apply(manager, now);
      await manager.insert(SeedRunEntity, { name: set.name, appliedAt: now });
    });
    applied.push(set.name);
  }
  return applied;
}

export async function demoSeedApplied(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(SeedRunEntity).existsBy({ name: 'demo-accounts-v1' });
}
