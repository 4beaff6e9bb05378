import type { LocalizedText } from '../i18n/localized-text';
import { DEFAULT_OUTLIER_THRESHOLD_POINTS, flagOutliers } from '../scoring/outliers';
import type { Rubric } from '../scoring/rubric';
import { median, SCORE_DECIMALS, trimmedMean } from '../scoring/trimmed-mean';
import type { CriterionPoints } from '../scoring/weighted-total';
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
  zh: '评审专家不少于5人的，去掉一个最高分和一个最低分后取算术平均分；不足5人的，取全部专家评分的算术平均分。结果保留两位小数。',
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
  /** Printed in the 备注 column, e.g. 替补 (a replacement); null for none. */
  note: string | null;
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
    /** ISO 8601 instant of the draw, or null before it. */
    drawnAt: string | null;
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
  panel: { name: string; seedSha256: string; drawnAt: string | null; blindReview: boolean; outlierThresholdPoints?: number };
  /** The panel as it scores (declined members left out, replacements in), leader first by convention. */
  members: readonly { id: string | number; name: string; employer: string; title: string; leader?: boolean; note?: string | null }[];
  /** Experts excluded at the draw or who stepped aside later; reasons as `ExclusionReason` (or the panel view) has them. */
  recusals?: readonly { name: string; employer: string; reasons: readonly { message: LocalizedText }[]; concerns?: string | null }[];
  applications: readonly {
    receiptNo: string;
    enterpriseName: string;
    /** Shown instead of the enterprise in a blind review; defaults to 项目N (N = position in this list). */
    blindLabel?: string | null;
    projectName: string;
    /**
     * The members' scores: a total counts once submitted. A member without a counted total is printed as 回避
     * (`recused`) or 未提交.
     */
    scores: readonly { expertId: string | number; total: number | null; submitted: boolean; outlierReason?: string | null; recused?: boolean }[];
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
    members: input.members.map((member) => ({ name: member.name, employer: member.employer, title: member.title, leader: member.leader ?? false, note: textOrNull(member.note) })),
    recusals: (input.recusals ?? []).map((recusal) => ({
      name: recusal.name,
      employer: recusal.employer,
      reasons: recusal.reasons.map((reason) => reason.message.zh),
      concerns: textOrNull(recusal.concerns),
    })),
    applications: input.applications.map((application, index) => {
      const byExpert = new Map(application.scores.map((score) => [String(score.expertId), score]));
      const given = input.members.flatMap((member) => {
        const score = byExpert.get(String(member.id));
        return score?.submitted && !score.recused && isFiniteNumber(score.total) ? [{ expertId: String(member.id), total: score.total }] : [];
      });
      const checks = new Map(flagOutliers(given, threshold).map((check) => [check.expertId, check]));
      const scores = input.members.map((member): PanelSummaryScore => {
        const score = byExpert.get(String(member.id));
        const check = checks.get(String(member.id));
        if (!check) return { expertName: member.name, total: null, deviation: null, outlier: false, outlierReason: null, note: score?.recused ? '回避' : '未提交' };
        return { expertName: member.name, total: check.total, deviation: check.deviation, outlier: check.isOutlier, outlierReason: textOrNull(score!.outlierReason), note: null };
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

/** The city officers' decision on a ranked application, as the review pipeline records it. */
export type RankingDecision = 'shortlisted' | 'declined';
export const RANKING_DECISIONS: readonly RankingDecision[] = ['shortlisted', 'declined'];
export const RANKING_DECISION_LABELS: Readonly<Record<RankingDecision, LocalizedText>> = {
  shortlisted: APPLICATION_ACTION_LABELS.shortlist,
  declined: APPLICATION_ACTION_LABELS.decline,
};

export interface RankingExportRow {
  /** 1…n by trimmed mean, median, earlier submission (`rankApplications`); null while the application has no total. */
  rank: number | null;
  receiptNo: string;
  enterpriseName: string;
  uscc: string;
  district: string;
  field: string;
  projectName: string;
  /** Expert totals in expert order (专家1…), null where an expert gave none; `expertColumns` long. */
  expertTotals: (number | null)[];
  /** Null while the application has no total. */
  trimmedMean: number | null;
  median: number | null;
  /** 极差: highest minus lowest total. */
  spread: number | null;
  outlierCount: number;
  /** Trimmed mean at or above the pass line. */
  passed: boolean;
  /** Passed and within the quota. */
  withinQuota: boolean;
  /** The decision as printed (列入拟入选名单 / 不予入选), or null while undecided. */
  decision: string | null;
  decisionReason: string | null;
}

/** One expert's score of one application (a row of the 评分明细 sheet). */
export interface RankingExportScoreLine {
  receiptNo: string;
  /** 专家1…: the expert's column in the application's row. */
  expertLabel: string;
  /** Points per rubric criterion, in the order of `criteria`; null where not given. */
  points: (number | null)[];
  total: number | null;
  comment: string | null;
  outlierReason: string | null;
  /** ISO 8601 instant the expert submitted the score, or null (not submitted). */
  submittedAt: string | null;
}

export interface RankingExport {
  kind: 'ranking_export';
  call: { id: number; title: string; year: number };
  quota: number;
  passLine: number;
  /** Criterion names (the 评分明细 headers) and maximum points, in the rubric's order. */
  criteria: { name: string; maxPoints: number }[];
  /** The number of 专家 columns: the most experts any application has. */
  expertColumns: number;
  /** In the order given (ranked rows by rank, then those without a total). */
  rows: RankingExportRow[];
  /** In the order of `rows`, then expert order. */
  scores: RankingExportScoreLine[];
}

/** What the review pipeline has for the export: its ranking (computed with `rankApplications`) and every score. */
export interface RankingExportInput {
  call: { id: number; title: string; year: number };
  rubric: Rubric;
  quota: number;
  passLine: number;
  applications: readonly {
    rank: number | null;
    receiptNo: string;
    enterpriseName: string;
    uscc: string;
    district: string;
    field: string;
    projectName: string;
    passed: boolean;
    withinQuota: boolean;
    decision: RankingDecision | null;
    decisionReason?: string | null;
    /**
     * One per expert, in panel order (which fixes 专家1…). A score counts towards the figures when it is submitted
     * and has a total.
     */
    scores: readonly {
      points: CriterionPoints;
      total: number | null;
      /** The expert's comment; per-criterion comments may be joined into it by the caller. */
      comment?: string | null;
      outlierReason?: string | null;
      submittedAt: string | null;
    }[];
  }[];
  /** Default 15 (`DEFAULT_OUTLIER_THRESHOLD_POINTS`). */
  outlierThresholdPoints?: number;
}

/**
 * The export of a call's scores: the figures of each application recomputed from its submitted totals with the
 * scoring functions (trimmed mean, median, spread, outliers), experts anonymised as 专家1…N per application, points
 * laid out in the rubric's order.
 */
export function buildRankingExport(input: RankingExportInput): RankingExport {
  const threshold = input.outlierThresholdPoints ?? DEFAULT_OUTLIER_THRESHOLD_POINTS;
  const expertColumns = Math.max(0, ...input.applications.map((application) => application.scores.length));
  const rows: RankingExportRow[] = [];
  const scores: RankingExportScoreLine[] = [];
  for (const application of input.applications) {
    const counted = application.scores.map((score) => (score.submittedAt !== null && isFiniteNumber(score.total) ? score.total : null));
    const given = counted.flatMap((total, index) => (total === null ? [] : [{ expertId: String(index), total }]));
    const statistics = scoreStatistics(given.map((score) => score.total));
    rows.push({
      rank: application.rank,
      receiptNo: application.receiptNo,
      enterpriseName: application.enterpriseName,
      uscc: application.uscc,
      district: application.district,
      field: application.field,
      projectName: application.projectName,
      expertTotals: Array.from({ length: expertColumns }, (_, index) => counted[index] ?? null),
      trimmedMean: statistics?.trimmedMean ?? null,
      median: statistics?.median ?? null,
      spread: statistics?.spread ?? null,
      outlierCount: flagOutliers(given, threshold).filter((check) => check.isOutlier).length,
      passed: application.passed,
      withinQuota: application.withinQuota,
      decision: application.decision ? RANKING_DECISION_LABELS[application.decision].zh : null,
      decisionReason: textOrNull(application.decisionReason),
    });
    application.scores.forEach((score, index) => {
      scores.push({
        receiptNo: application.receiptNo,
        expertLabel: anonymousExpertLabel(index + 1).zh,
        points: input.rubric.criteria.map((criterion) => (isFiniteNumber(score.points[criterion.id]) ? score.points[criterion.id] : null)),
        total: isFiniteNumber(score.total) ? score.total : null,
        comment: textOrNull(score.comment),
        outlierReason: textOrNull(score.outlierReason),
        submittedAt: score.submittedAt,
      });
    });
  }
  return {
    kind: 'ranking_export',
    call: { id: input.call.id, title: input.call.title, year: input.call.year },
    quota: input.quota,
    passLine: input.passLine,
    criteria: input.rubric.criteria.map((criterion) => ({ name: criterion.name.zh, maxPoints: criterion.maxPoints })),
    expertColumns,
    rows,
    scores,
  };
}

function textOrNull(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
