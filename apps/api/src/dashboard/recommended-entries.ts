import { beijingDate, isUpwardLevel, type ProgrammeCategoryCode, type UpwardLevel } from '@shifan/domain';
import type { NoticeProjectRecord } from '../publication/public-notice.entity';
import type { ApprovedListRow } from './dashboard.repository';

/** A project on a published approved list, with its call: a municipal approval or, for provincial and national calls, a recommendation. */
export interface ListedProject {
  callId: number;
  callTitle: string;
  category: ProgrammeCategoryCode;
  level: string;
  year: number;
  /** The list's publication (Beijing date): for an upward call, the day the city recommended the project. */
  listedOn: string;
  applicationId: number;
  enterpriseName: string;
  uscc: string;
  projectName: string;
  subFieldCode: string | null;
  recommendingUnitCode: string | null;
}

/**
 * The entry's 推荐单位. Lists published before the unit catalogue carry only the district (`districtCode`), which is
 * also the unit's code for the 13 districts; read `recommendingUnitCode ?? districtCode` until every row has the unit.
 */
export function unitCodeOf(entry: NoticeProjectRecord): string | null {
  const stored = entry as NoticeProjectRecord & { recommendingUnitCode?: string | null; districtCode?: string | null };
  return stored.recommendingUnitCode ?? stored.districtCode ?? null;
}

export function listedProjects(rows: readonly ApprovedListRow[]): ListedProject[] {
  return rows.flatMap(({ call, approvedEntries, approvedAt }) =>
    (approvedEntries ?? []).map((entry) => ({
      callId: call.id,
      callTitle: call.title,
      category: call.category as ProgrammeCategoryCode,
      level: call.level,
      year: call.year,
      listedOn: beijingDate(approvedAt!),
      applicationId: entry.applicationId,
      enterpriseName: entry.enterpriseName,
      uscc: entry.uscc,
      projectName: entry.projectName,
      subFieldCode: entry.subFieldCode,
      recommendingUnitCode: unitCodeOf(entry),
    })),
  );
}

export function isRecommendation(project: ListedProject): project is ListedProject & { level: UpwardLevel } {
  return isUpwardLevel(project.level);
}
