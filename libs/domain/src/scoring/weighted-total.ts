import { z } from 'zod';
import { bilingual } from '../forms/form-meta';
import type { LocalizedText } from '../i18n/localized-text';
import { roundTo } from '../shared/rounding';
import type { Rubric } from './rubric';
import { SCORE_DECIMALS } from './trimmed-mean';

/** An expert's points per criterion id. */
export type CriterionPoints = Readonly<Record<string, number>>;

/** Problems of one expert's points against a rubric; empty when every criterion has points in range. */
export function validatePoints(rubric: Rubric, points: CriterionPoints): LocalizedText[] {
  const problems: LocalizedText[] = [];
  const known = new Set(rubric.criteria.map((criterion) => criterion.id));
  for (const criterion of rubric.criteria) {
    const value = points[criterion.id];
    if (value === undefined) {
      problems.push({ zh: `请为"${criterion.name.zh}"打分`, en: `Score "${criterion.name.en}"` });
    } else if (!Number.isFinite(value) || value < 0 || value > criterion.maxPoints) {
      problems.push({ zh: `"${criterion.name.zh}"得分应在0–${criterion.maxPoints}之间`, en: `"${criterion.name.en}" takes 0–${criterion.maxPoints} points` });
    }
  }
  for (const id of Object.keys(points)) {
    if (!known.has(id)) problems.push({ zh: `未知评分项：${id}`, en: `Unknown criterion: ${id}` });
  }
  return problems;
}

/**
 * An expert's total on a 0–100 scale: Σ points/maxPoints × weight, rounded to 0.01. Throws a RangeError when the
 * points do not fit the rubric (check with `validatePoints` first to show messages).
 */
export function weightedTotal(rubric: Rubric, points: CriterionPoints): number {
  const problems = validatePoints(rubric, points);
  if (problems.length > 0) throw new RangeError(problems.map((problem) => problem.en).join('; '));
  const total = rubric.criteria.reduce((sum, criterion) => sum + (points[criterion.id] / criterion.maxPoints) * criterion.weight, 0);
  return roundTo(total, SCORE_DECIMALS);
}

/** A zod schema for one expert's score sheet under a rubric (for the reviewer app's form and the API). */
export function scoreSheetSchema(rubric: Rubric) {
  return z
    .object({
      points: z.record(z.string(), z.number()),
      comment: z.string().trim().max(2000).optional(),
    })
    .superRefine((sheet, ctx) => {
      for (const problem of validatePoints(rubric, sheet.points)) {
        ctx.addIssue({ code: 'custom', path: ['points'], message: bilingual(problem.zh, problem.en) });
      }
    });
}
