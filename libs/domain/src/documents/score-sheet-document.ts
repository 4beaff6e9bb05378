import type { Rubric } from '../scoring/rubric';

/**
 * The expert score sheet (专家评分表) of one panel member, for signature: one page per application assigned to the
 * expert, each criterion of the call's rubric with its maximum and the points given (blank on a sheet printed for
 * scoring on paper), the total and the expert's comment. The review pipeline (issue #7) fills it.
 */
export interface ScoreSheetCriterionLine {
  name: string;
  description: string;
  maxPoints: number;
  /** Null when not (yet) scored: the cell is left blank for the pen. */
  points: number | null;
}

export interface ScoreSheetApplication {
  receiptNo: string;
  enterpriseName: string;
  projectName: string;
  criteria: ScoreSheetCriterionLine[];
  maxTotal: number;
  /** The sum of the points once every criterion is scored, else null. */
  total: number | null;
  comment: string | null;
}

export interface ScoreSheetDocument {
  kind: 'score_sheet';
  call: { id: number; title: string };
  panelName: string;
  expertName: string;
  applications: ScoreSheetApplication[];
}

export interface ScoreSheetInput {
  call: { id: number; title: string };
  panelName: string;
  expertName: string;
  rubric: Rubric;
  applications: readonly {
    receiptNo: string;
    enterpriseName: string;
    projectName: string;
    /** Points by criterion id, when scored online. */
    scores?: Readonly<Record<string, number>>;
    comment?: string | null;
  }[];
}

export function buildScoreSheetDocument(input: ScoreSheetInput): ScoreSheetDocument {
  const maxTotal = input.rubric.criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  return {
    kind: 'score_sheet',
    call: { id: input.call.id, title: input.call.title },
    panelName: input.panelName,
    expertName: input.expertName,
    applications: input.applications.map((application) => {
      const criteria = input.rubric.criteria.map((criterion) => ({
        name: criterion.name.zh,
        description: criterion.description.zh,
        maxPoints: criterion.maxPoints,
        points: application.scores?.[criterion.id] ?? null,
      }));
      const complete = criteria.length > 0 && criteria.every((criterion) => criterion.points !== null);
      return {
        receiptNo: application.receiptNo,
        enterpriseName: application.enterpriseName,
        projectName: application.projectName,
        criteria,
        maxTotal,
        total: complete ? Math.round(criteria.reduce((sum, criterion) => sum + criterion.points!, 0) * 100) / 100 : null,
        comment: application.comment?.trim() ? application.comment.trim() : null,
      };
    }),
  };
}
