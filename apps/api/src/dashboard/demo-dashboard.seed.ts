import {
  addDays,
  callWindow,
  completeUscc,
  DEFAULT_RUBRIC,
  defaultAttachmentSlots,
  defaultCallSettings,
  defaultPublicNoticeParagraphs,
  designationOfYear,
  isRecordableIndicator,
  PROGRAMME_CATEGORY_CODES,
  type ProgrammeCategoryCode,
  publicationIssuer,
  publicationWording,
  publicNoticeTitle,
  RECOMMENDING_UNIT_CODES,
  findRecommendingUnit,
  UPWARD_LEVELS,
  UpwardOutcomeCreateSchema,
  WorkingCalendar,
} from '@shifan/domain';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { AccountEntity } from '../accounts/account.entity';
import { ReceiptCounterEntity } from '../applications/receipt-counter.entity';
import { loadCalendarYears } from '../calendar/calendar.repository';
import { CallVersionEntity } from '../calls/call-version.entity';
import { CallEntity } from '../calls/call.entity';
import { PublicNoticeEntity, type NoticeProjectRecord } from '../publication/public-notice.entity';
import { insertHistoricalApproval } from '../seeds/historical-approval';
import { IndicatorValueEntity } from './indicator-value.entity';
import { UpwardOutcomeEntity } from './upward-outcome.entity';

const Outcome = z.object({
  count: z.number().int().min(0),
  issuingBody: z.string().min(4).optional(),
  documentNo: z.string().nullable().optional(),
  decidedOn: z.iso.date().optional(),
});

export const DemoDashboardSchema = z.object({
  names: z.object({
    places: z.array(z.string()).min(1),
    trades: z.array(z.string()).min(1),
    suffix: z.string(),
    projects: z.record(z.string(), z.string()),
  }),
  units: z.array(z.enum(RECOMMENDING_UNIT_CODES as [string, ...string[]])).min(1),
  recommendations: z.array(
    z.object({
      category: z.enum(PROGRAMME_CATEGORY_CODES as unknown as [string, ...string[]]),
      level: z.enum(UPWARD_LEVELS),
      year: z.number().int().min(2017).max(2019),
      count: z.number().int().min(1).max(100),
      recognised: Outcome,
      notRecognised: Outcome,
    }),
  ),
  indicatorValues: z.array(z.object({ code: z.string(), year: z.number().int(), value: z.number(), note: z.string().nullable() })),
});
export type DemoDashboard = z.infer<typeof DemoDashboardSchema>;

/** A provincial or national call of the plan period, as imported: closed, domain defaults, version 1. */
async function importedCall(manager: EntityManager, category: ProgrammeCategoryCode, level: string, year: number): Promise<CallEntity> {
  const schedule = { opensOn: `${year}-04-01`, applicationDeadline: `${year}-05-15` };
  const window = callWindow(schedule);
  const designation = designationOfYear(publicationWording(category, level), year).zh;
  const createdAt = new Date(`${year}-04-01T01:00:00Z`);
  const values = {
    category,
    level,
    year,
    title: `${designation}推荐申报`,
    notice: `${designation}推荐申报：经推荐单位推荐、市级审核后，由市经济和信息化主管部门择优向${level === 'national' ? '工业和信息化部' : '省级主管部门'}推荐。`,
    status: 'closed',
    opensAt: window.opensAt,
    deadlineAt: window.deadlineAt,
    settings: { ...defaultCallSettings(category, schedule), callYear: year },
    attachmentSlots: defaultAttachmentSlots(category),
    rubric: DEFAULT_RUBRIC,
    publishedVersion: 1,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  };
  const call = await manager.save(CallEntity, manager.create(CallEntity, values));
  const { createdAt: _c, updatedAt: _u, version: _v, publishedVersion: _p, status: _s, year: _y, opensAt, deadlineAt, ...snapshot } = values;
  await manager.save(CallVersionEntity, manager.create(CallVersionEntity, { callId: call.id, versionNo: 1, snapshot: { ...snapshot, opensAt: opensAt.toISOString(), deadlineAt: deadlineAt.toISOString() }, createdAt, createdBy: null }));
  await manager.insert(ReceiptCounterEntity, { callId: call.id, lastNo: 0 });
  return call;
}

/**
 * The demo's upward recommendations and their recorded outcomes, and the values of the plan's targets no list counts
 * (seeds/demo-dashboard.json). A provincial list the history already imported (demo-history) is used as it is;
 * the others are imported here with their calls, 公示 and 推荐名单. Runs after demo-history.
 */
export async function seedDemoDashboard(manager: EntityManager, demo: DemoDashboard): Promise<void> {
  const city = (await manager.findOneBy(AccountEntity, { username: 'city.officer' })) ?? (await manager.findOneBy(AccountEntity, { username: 'admin' }));
  const officer = city?.id ?? 0;
  const calendar = WorkingCalendar.from({ years: await loadCalendarYears(manager) });
  let serial = 0;
  for (const group of demo.recommendations) {
    const category = group.category as ProgrammeCategoryCode;
    let notice: PublicNoticeEntity | null = null;
    const existing = await manager.findOneBy(CallEntity, { category, level: group.level, year: group.year, status: 'closed' });
    if (existing) notice = await manager.findOneBy(PublicNoticeEntity, { callId: existing.id });
    if (!notice?.approvedEntries) {
      const call = existing ?? (await importedCall(manager, category, group.level, group.year));
      const startsOn = `${group.year}-07-01`;
      const endsOn = calendar.workingPeriodEnd(startsOn, call.settings.workflow.publicNoticeWorkingDays);
      const submittedAt = new Date(`${group.year}-05-10T02:00:00Z`);
      const projects: NoticeProjectRecord[] = [];
      for (let index = 0; index < group.count; index += 1) {
        serial += 1;
        const { places, trades, suffix } = demo.names;
        const trade = trades[Math.floor(serial / places.length) % trades.length];
        const name = `武汉${places[serial % places.length]}${trade}${suffix}`;
        const uscc = completeUscc(`91420100MA4R${String(serial).padStart(4, '0')}`)!;
        const unitCode = demo.units[serial % demo.units.length];
        // A centre is named as a centre; a 两化融合 list names the enterprise, its line is the 贯标 itself.
        const projectName =
          category === 'INNOVATION_CENTRE' ? `湖北${trade}${demo.names.projects[category]}` : category === 'IT_INTEGRATION' ? demo.names.projects[category] : `${trade}${demo.names.projects[category] ?? '项目'}`;
        const data = { projectName, subFieldCode: null, projectDistrictCode: findRecommendingUnit(unitCode)?.overlapsDistrictCodes[0] ?? null };
        projects.push(
          await insertHistoricalApproval(manager, {
            callId: call.id,
            category,
            year: group.year,
            index,
            enterprise: { uscc, name, email: 'upward@demo.example.cn' },
            data,
            recommendingUnitCode: unitCode,
            submittedAt,
            createdBy: officer,
          }),
        );
      }
      await manager.update(ReceiptCounterEntity, { callId: call.id }, { lastNo: group.count });
      const wording = publicationWording(category, group.level);
      notice = await manager.save(
        PublicNoticeEntity,
        manager.create(PublicNoticeEntity, {
          callId: call.id,
          title: publicNoticeTitle(group.year, category, group.level),
          paragraphs: defaultPublicNoticeParagraphs({ year: group.year, wording, projectCount: group.count, issuer: publicationIssuer(group.year) }),
          startsOn,
          endsOn,
          workingDays: call.settings.workflow.publicNoticeWorkingDays,
          contact: { unit: `${publicationIssuer(group.year)}（演示）`, person: '示范办', phone: '027-85000000', email: null, address: null },
          projects,
          publishedAt: new Date(`${startsOn}T01:00:00Z`),
          publishedBy: officer,
          approvedAt: new Date(`${addDays(endsOn, 3)}T01:00:00Z`),
          approvedDocumentNumber: null,
          approvedEntries: projects,
          version: 1,
        }),
      );
    }
    // Outcomes in list order: the recognised first, then the not recognised; the rest stay pending.
    const entries = notice.approvedEntries ?? [];
    const plan = [
      ...Array.from({ length: group.recognised.count }, () => ({ result: 'recognised' as const, ...group.recognised })),
      ...Array.from({ length: group.notRecognised.count }, () => ({ result: 'not_recognised' as const, ...group.notRecognised })),
    ];
    for (const [index, entry] of entries.entries()) {
      const outcome = plan[index];
      if (!outcome) break;
      // The same schema as the API's: a seed can hold nothing an officer could not have recorded.
      const input = UpwardOutcomeCreateSchema.parse({ callId: notice.callId, applicationId: entry.applicationId, result: outcome.result, issuingBody: outcome.issuingBody, documentNo: outcome.documentNo ?? null, decidedOn: outcome.decidedOn, note: null });
      const recordedAt = new Date(`${addDays(input.decidedOn, 7)}T02:00:00Z`);
      await manager.save(
        UpwardOutcomeEntity,
        manager.create(UpwardOutcomeEntity, { ...input, recordedBy: officer, recordedAt, updatedBy: officer, updatedAt: recordedAt, version: 1 }),
      );
    }
  }
  for (const value of demo.indicatorValues) {
    if (!isRecordableIndicator(value.code)) throw new Error(`demo-dashboard: unknown indicator ${value.code}`);
    await manager.save(IndicatorValueEntity, manager.create(IndicatorValueEntity, { code: value.code, year: value.year, value: String(value.value), note: value.note, recordedBy: officer, recordedAt: new Date(`${value.year + 1}-03-31T02:00:00Z`) }));
  }
}
