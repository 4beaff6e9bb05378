import { z } from 'zod';
import { TEXT_LIMITS } from '../shared/text-limits';
import { bilingual } from '../forms/form-meta';
import type { LocalizedText } from '../i18n/localized-text';

/** A scoring rubric: criteria with weights that add up to 100 and the points an expert may give for each. */
export interface RubricCriterion {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** Share of the total, in percent; all weights add up to 100. */
  weight: number;
  /** Points an expert gives for this criterion range from 0 to maxPoints. */
  maxPoints: number;
}

export interface Rubric {
  criteria: readonly RubricCriterion[];
}

export const RUBRIC_WEIGHT_TOTAL = 100;
const WEIGHT_TOLERANCE = 1e-9;

const localized = z.object({ zh: z.string().min(1).max(TEXT_LIMITS.label), en: z.string().min(1).max(TEXT_LIMITS.label) });
const localizedDescription = z.object({ zh: z.string().min(1).max(TEXT_LIMITS.description), en: z.string().min(1).max(TEXT_LIMITS.description) });

export const RubricCriterionSchema = z.object({
  id: z.string().max(TEXT_LIMITS.key).regex(/^[a-z][a-z0-9_]*$/, { error: bilingual('评分项编号应为小写字母、数字和下划线', 'Criterion ids use lower-case letters, digits and underscores') }),
  name: localized,
  description: localizedDescription,
  weight: z.number().gt(0, { error: bilingual('权重须大于0', 'A weight must be above 0') }).max(100),
  maxPoints: z.number().gt(0, { error: bilingual('满分须大于0', 'Maximum points must be above 0') }).max(1000),
});

/** Problems of a rubric, in both languages; empty when it is valid. */
export function validateRubric(rubric: Rubric): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (rubric.criteria.length === 0) problems.push({ zh: '评分标准至少包含一个评分项', en: 'A rubric needs at least one criterion' });
  const total = rubric.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (rubric.criteria.length > 0 && Math.abs(total - RUBRIC_WEIGHT_TOTAL) > WEIGHT_TOLERANCE) {
    problems.push({ zh: `各评分项权重之和应为100，当前为${total}`, en: `Weights must add up to 100; they add up to ${total}` });
  }
  const ids = new Set<string>();
  for (const criterion of rubric.criteria) {
    if (ids.has(criterion.id)) problems.push({ zh: `评分项编号重复：${criterion.id}`, en: `Duplicate criterion id: ${criterion.id}` });
    ids.add(criterion.id);
    if (!(criterion.weight > 0)) problems.push({ zh: `评分项${criterion.id}的权重须大于0`, en: `Criterion ${criterion.id} needs a weight above 0` });
    if (!(criterion.maxPoints > 0)) problems.push({ zh: `评分项${criterion.id}的满分须大于0`, en: `Criterion ${criterion.id} needs maximum points above 0` });
  }
  return problems;
}

export const RubricSchema = z.object({ criteria: z.array(RubricCriterionSchema) }).superRefine((rubric, ctx) => {
  for (const problem of validateRubric(rubric)) ctx.addIssue({ code: 'custom', path: ['criteria'], message: bilingual(problem.zh, problem.en) });
});

/**
 * Default rubric [ASSUMED, domain-rules.md §6]: 技术先进性 30 · 示范带动/推广价值 25 · 经济社会效益 25 · 实施基础与保障 20,
 * after MIIT's 2015 dimensions (代表性, 技术水平, 要素条件符合度, 持续增长性). Points equal weights, so totals are out of 100.
 */
export const DEFAULT_RUBRIC: Rubric = {
  criteria: [
    {
      id: 'technology',
      name: { zh: '技术先进性', en: 'Technical advancement' },
      description: { zh: '技术水平与创新程度，关键技术装备的先进性与自主可控', en: 'Level of technology and innovation; advanced, self-controlled key equipment' },
      weight: 30,
      maxPoints: 30,
    },
    {
      id: 'demonstration',
      name: { zh: '示范带动与推广价值', en: 'Demonstration and replication value' },
      description: { zh: '在行业内的代表性，可复制、可推广程度', en: 'How representative for the industry; how easily replicated' },
      weight: 25,
      maxPoints: 25,
    },
    {
      id: 'benefits',
      name: { zh: '经济社会效益', en: 'Economic and social benefits' },
      description: { zh: '效率提升、成本降低、质量改善、节能减排及持续增长性', en: 'Efficiency, cost, quality, energy savings and sustained growth' },
      weight: 25,
      maxPoints: 25,
    },
    {
      id: 'foundation',
      name: { zh: '实施基础与保障', en: 'Foundation and safeguards' },
      description: { zh: '要素条件符合程度、组织保障、资金落实与投资预算合理性', en: 'Fit with the required elements, organisation, funding and a sound budget' },
      weight: 20,
      maxPoints: 20,
    },
  ],
};
