import type { LocalizedText } from '../i18n/localized-text';
import { DEFAULT_OUTLIER_THRESHOLD_POINTS, flagOutliers } from '../scoring/outliers';
import { rankApplications } from '../scoring/ranking';
import type { Rubric } from '../scoring/rubric';
import { median, SCORE_DECIMALS, trimmedMean } from '../scoring/trimmed-mean';
import { type CriterionPoints, validatePoints, weightedTotal } from '../scoring/weighted-total';
import { roundTo } from '../shared/rounding';
import { APPLICATION_ACTION_LABELS } from '../workflow/application-states';

/**
 * View models of the review documents (issue #6, filled by the review pipeline of issue #7): the 评审专家组汇总表 of
 * one panel, signed by its leader and the supervising officer, and the score export (ranking) of a call. Like the
 * other document view models they hold what the document prints and nothing that depends on when or where it is
 * rendered; scores stay numbers (the PDF formats them, the workbook keeps them numeric).
 */

/** The figures every review document shows for one application's expert totals. */
export interface ScoreStatistics {
  /** With 5 or more totals the highest and the lowest are dropped (去掉一个最高分和一个最低分), else the plain mean. */
  trimmedMean: number;
  median: number;
  /** Highest minus lowest total (极差), rounded to 0.01. */
  spread: number;
  count: number;
}

/** The statistics of the totals given, or null when there is none. */
export function scoreStatistics(totals: readonly number[]): ScoreStatistics | null {
  if (totals.length === 0) return null;
  return {
    trimmedMean: trimmedMean(totals),
    median: median(totals),
    spread: roundTo(Math.max(...totals) - Math.min(...totals), SCORE_DECIMALS),
    count: totals.length,
  };
}

/** How the trimmed mean is taken, as the documents print it under the figures. */
export const TRIMMED_MEAN_RULE: LocalizedText = {
  zh: '评审专家不少于5人的,去掉一个最高分和一个最低分后取算术平均分;不足5人的,取全部专家评分的算术平均分。结果保留两位小数。',
  en: 'With 5 or more experts the highest and the lowest total are dropped and the rest averaged; with fewer, all totals are averaged. Rounded to 0.01.',
};

/** The anonymous name of the n-th expert (1-based) of an application in an export: 专家3 / Expert 3. */
export function anonymousExpertLabel(n: number): LocalizedText {
  return { zh: `专家${n}`, en: `Expert ${n}` };
}

// ---------------------------------------------------------------------------------------------------------------
// 评审专家组汇总表 (panel summary)
// ---------------------------------------------------------------------------------------------------------------

export interface PanelSummaryMember {
  name: string;
  employer: string;
  /** Professional title (职称), e.g. 正高级工程师. */
  title: string;
  /** The panel leader (组长) signs the summary. */
  leader: boolean;
}

/** An expert who stepped aside (回避), with the reasons as printed. */
export interface PanelSummaryRecusal {
  name: string;
  employer: string;
  reasons: string[];
  /** The application concerned (receipt number, or its blind label), or null for the whole panel (excluded at the draw). */
  concerns: string | null;
}

export interface PanelSummaryScore {
  /** The panel member, in the order of `members`. */
  expertName: string;
  /** Null when the expert gave no total for this application (see `note`). */
  total: number | null;
  /** |total − the application's trimmed mean|, or null without a total. */
  deviation: number | null;
  /** Deviation above the call's threshold: the expert had to give a written reason. */
  outlier: boolean;
  outlierReason: string | null;
  /** Printed instead of a total: 回避 (recused) or 未提交 (not submitted); null when there is a total. */
  note: string | null;
}

export interface PanelSummaryApplication {
  receiptNo: string;
  /** The enterprise, or its blind label (e.g. 项目3) when the call is reviewed blind. */
  applicantLabel: string;
  projectName: string;
  scores: PanelSummaryScore[];
  /** Null while no expert has given a total. */
  statistics: ScoreStatistics | null;
  outlierCount: number;
}

export interface PanelSummaryDocument {
  kind: 'panel_summary';
  call: { id: number; title: string };
  panel: {
    name: string;
    /** SHA-256 (hex) of the draw's seed, published before the draw. */
    seedSha256: string;
    /** ISO 8601 instant of the draw. */
    drawnAt: string;
    blindReview: boolean;
    /** Distance from the trimmed mean beyond which a total is an outlier. */
    outlierThresholdPoints: number;
  };
  members: PanelSummaryMember[];
  recusals: PanelSummaryRecusal[];
  applications: PanelSummaryApplication[];
}

/** What the review pipeline gathers for a panel's summary. */
export interface PanelSummaryInput {
  call: { id: number; title: string };
  panel: { name: string; seedSha256: string; drawnAt: string; blindReview: boolean; outlierThresholdPoints?: number };
  /** In panel order; the leader first by convention. */
  members: readonly { id: string; name: string; employer: string; title: string; leader?: boolean }[];
  recusals?: readonly { name: string; employer: string; reasons: readonly LocalizedText[]; concerns?: string | null }[];
  applications: readonly {
    receiptNo: string;
    enterpriseName: string;
    /** Shown instead of the enterprise in a blind review; defaults to 项目N (N = position in this list). */
    blindLabel?: string | null;
    projectName: string;
    /** Submitted totals by panel member; a member without one is printed as 未提交 (or 回避 when recused). */
    scores: readonly { expertId: string; total: number; outlierReason?: string | null }[];
    /** Members who stepped aside for this application. */
    recusedExpertIds?: readonly string[];
  }[];
}

export function buildPanelSummaryDocument(input: PanelSummaryInput): PanelSummaryDocument {
  const threshold = input.panel.outlierThresholdPoints ?? DEFAULT_OUTLIER_THRESHOLD_POINTS;
  return {
    kind: 'panel_summary',
    call: { id: input.call.id, title: input.call.title },
    panel: {
      name: input.panel.name,
      seedSha256: input.panel.seedSha256,
      drawnAt: input.panel.drawnAt,
      blindReview: input.panel.blindReview,
      outlierThresholdPoints: threshold,
    },
    members: input.members.map((member) => ({ name: member.name, employer: member.employer, title: member.title, leader: member.leader ?? false })),
    recusals: (input.recusals ?? []).map((recusal) => ({
      name: recusal.name,
      employer: recusal.employer,
      reasons: recusal.reasons.map((reason) => reason.zh),
      concerns: recusal.concerns ?? null,
    })),
    applications: input.applications.map((application, index) => {
      const byExpert = new Map(application.scores.map((score) => [score.expertId, score]));
      const given = input.members.filter((member) => byExpert.has(member.id)).map((member) => ({ expertId: member.id, total: byExpert.get(member.id)!.total }));
      const checks = new Map(flagOutliers(given, threshold).map((check) => [check.expertId, check]));
      const recused = new Set(application.recusedExpertIds ?? []);
      const scores = input.members.map((member): PanelSummaryScore => {
        const check = checks.get(member.id);
        if (!check) return { expertName: member.name, total: null, deviation: null, outlier: false, outlierReason: null, note: recused.has(member.id) ? '回避' : '未提交' };
        return { expertName: member.name, total: check.total, deviation: check.deviation, outlier: check.isOutlier, outlierReason: textOrNull(byExpert.get(member.id)!.outlierReason), note: null };
      });
      return {
        receiptNo: application.receiptNo,
        applicantLabel: input.panel.blindReview ? (textOrNull(application.blindLabel) ?? `项目${index + 1}`) : application.enterpriseName,
        projectName: application.projectName,
        scores,
        statistics: scoreStatistics(given.map((score) => score.total)),
        outlierCount: scores.filter((score) => score.outlier).length,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Score export and ranking of a call
// ---------------------------------------------------------------------------------------------------------------

/** The city officers' decision on a ranked application. */
export type ShortlistDecision = 'shortlist' | 'decline';
export const SHORTLIST_DECISIONS: readonly ShortlistDecision[] = ['shortlist', 'decline'];
export const SHORTLIST_DECISION_LABELS: Readonly<Record<ShortlistDecision, LocalizedText>> = {
  shortlist: APPLICATION_ACTION_LABELS.shortlist,
  decline: APPLICATION_ACTION_LABELS.decline,
};

export interface RankingExportRow {
  /** 1…n by trimmed mean, median, earlier submission; null while the application has no expert total. */
  rank: number | null;
  receiptNo: string;
  enterpriseName: string;
  uscc: string;
  district: string;
  field: string;
  projectName: string;
  /** Expert totals in expert order (专家1…), null where an expert gave none; as long as `expertColumns`. */
  expertTotals: (number | null)[];
  statistics: ScoreStatistics | null;
  outlierCount: number;
  /** Trimmed mean at or above the pass line. */
  passed: boolean;
  /** Passed and within the quota. */
  withinQuota: boolean;
  /** The decision as printed (列入拟入选名单 / 不予入选), or null while undecided. */
  decision: string | null;
  decisionReason: string | null;
}

/** One expert's score sheet of one application (the 评分明细 sheet). */
export interface RankingExportScoreLine {
  receiptNo: string;
  /** 专家1…: the expert's column in the application's row. */
  expertLabel: string;
  /** Points per rubric criterion, in the rubric's order; null where not given. */
  points: (number | null)[];
  /** Weighted total on a 0–100 scale once every criterion has valid points, else null. */
  total: number | null;
  comment: string | null;
  outlierReason: string | null;
  /** ISO 8601 instant the expert submitted the sheet, or null (not submitted). */
  submittedAt: string | null;
}

export interface RankingExport {
  kind: 'ranking_export';
  call: { id: number; title: string; year: number };
  quota: number;
  passLine: number;
  outlierThresholdPoints: number;
  criteria: { name: string; maxPoints: number }[];
  /** The number of 专家 columns: the most experts any application has. */
  expertColumns: number;
  /** Ranked applications first, by rank; then those without a total, by receipt number. */
  rows: RankingExportRow[];
  /** In the order of `rows`, then expert order. */
  scores: RankingExportScoreLine[];
}

export interface RankingExportInput {
  call: { id: number; title: string; year: number };
  rubric: Rubric;
  quota: number;
  passLine?: number;
  outlierThresholdPoints?: number;
  applications: readonly {
    /** Breaks the last ties of the ranking (any stable id). */
    applicationId: string;
    receiptNo: string;
    enterpriseName: string;
    uscc: string;
    district: string;
    field: string;
    projectName: string;
    /** ISO 8601 instant of the application's submission (an earlier one ranks first on a tie). */
    submittedAt: string;
    decision?: ShortlistDecision | null;
    decisionReason?: string | null;
    /** One per expert, in panel order (which fixes 专家1…); only submitted, complete sheets count towards the total. */
    scores: readonly { points: CriterionPoints; comment?: string | null; outlierReason?: string | null; submittedAt: string | null }[];
  }[];
}

export function buildRankingExport(input: RankingExportInput): RankingExport {
  const passLine = input.passLine ?? 0;
  const threshold = input.outlierThresholdPoints ?? DEFAULT_OUTLIER_THRESHOLD_POINTS;
  const prepared = input.applications.map((application) => {
    const lines = application.scores.map((score, index): RankingExportScoreLine => {
      const complete = score.submittedAt !== null && validatePoints(input.rubric, score.points).length === 0;
      return {
        receiptNo: application.receiptNo,
        expertLabel: anonymousExpertLabel(index + 1).zh,
        points: input.rubric.criteria.map((criterion) => pointsOrNull(score.points[criterion.id])),
        total: complete ? weightedTotal(input.rubric, score.points) : null,
        comment: textOrNull(score.comment),
        outlierReason: textOrNull(score.outlierReason),
        submittedAt: score.submittedAt,
      };
    });
    const given = lines.flatMap((line, index) => (line.total === null ? [] : [{ expertId: String(index), total: line.total }]));
    return { application, lines, given, outliers: flagOutliers(given, threshold).filter((check) => check.isOutlier).length };
  });
  const ranked = new Map(
    rankApplications(
      prepared.filter((entry) => entry.given.length > 0).map((entry) => ({ applicationId: entry.application.applicationId, expertTotals: entry.given.map((score) => score.total), submittedAt: entry.application.submittedAt })),
      { quota: input.quota, passLine },
    ).map((result) => [result.applicationId, result]),
  );
  const order = (entry: (typeof prepared)[number]) => ranked.get(entry.application.applicationId)?.rank ?? Number.POSITIVE_INFINITY;
  const sorted = [...prepared].sort((a, b) => order(a) - order(b) || compareText(a.application.receiptNo, b.application.receiptNo));
  const expertColumns = Math.max(0, ...prepared.map((entry) => entry.lines.length));
  return {
    kind: 'ranking_export',
    call: { id: input.call.id, title: input.call.title, year: input.call.year },
    quota: input.quota,
    passLine,
    outlierThresholdPoints: threshold,
    criteria: input.rubric.criteria.map((criterion) => ({ name: criterion.name.zh, maxPoints: criterion.maxPoints })),
    expertColumns,
    rows: sorted.map(({ application, lines, given, outliers }) => {
      const result = ranked.get(application.applicationId);
      return {
        rank: result?.rank ?? null,
        receiptNo: application.receiptNo,
        enterpriseName: application.enterpriseName,
        uscc: application.uscc,
        district: application.district,
        field: application.field,
        projectName: application.projectName,
        expertTotals: Array.from({ length: expertColumns }, (_, index) => lines[index]?.total ?? null),
        statistics: scoreStatistics(given.map((score) => score.total)),
        outlierCount: outliers,
        passed: result?.passed ?? false,
        withinQuota: result?.withinQuota ?? false,
        decision: application.decision ? SHORTLIST_DECISION_LABELS[application.decision].zh : null,
        decisionReason: textOrNull(application.decisionReason),
      };
    }),
    scores: sorted.flatMap((entry) => entry.lines),
  };
}

function textOrNull(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}

function pointsOrNull(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
