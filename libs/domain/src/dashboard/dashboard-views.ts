import { z } from 'zod';
import { PROGRAMME_CATEGORY_CODES } from '../catalogue/programme-categories';

/** Request and response shapes of the programme dashboard (progress against 武政〔2017〕26号's targets). */

const categoryCodes = PROGRAMME_CATEGORY_CODES as unknown as [string, ...string[]];
const localized = z.object({ zh: z.string(), en: z.string() });

export const IndicatorValueInputSchema = z
  .object({
    year: z.number().int().min(2015).max(2100),
    value: z.number().finite(),
    note: z.string().trim().max(500).optional(),
  })
  .meta({ id: 'IndicatorValueInput' });
export type IndicatorValueInput = z.infer<typeof IndicatorValueInputSchema>;

export const TARGET_COUNTINGS = ['municipal_approvals', 'recommendations', 'recognitions', 'recorded'] as const;

const TargetYearSchema = z.object({
  year: z.number().int(),
  /** What the target counts in that year (approvals, recommendations, recognitions by the year of their document, or the value recorded). */
  count: z.number(),
  /** For recognitions: the city's recommendations at that level in that year (by the call's year), shown beside. */
  recommended: z.number().int().nullable(),
  /** For `recorded` targets: whether a value was recorded for the year (0 recorded is not "not recorded"). */
  recorded: z.boolean(),
  /** Yearly targets only: the year's count against the (lower) yearly target. */
  percentOfTarget: z.number().nullable(),
  met: z.boolean().nullable(),
});

export const TargetProgressSchema = z.object({
  key: z.string().describe('Stable key: `<category>.<level>` (a `.2` suffix for a second target at one level) or the indicator code'),
  category: z.enum(categoryCodes).nullable(),
  level: z.string().nullable(),
  label: localized,
  wording: z.string().describe('The plan’s own words'),
  source: z.string(),
  counts: z.enum(TARGET_COUNTINGS),
  indicatorCode: z.string().nullable().describe('For `recorded` targets: the indicator whose values are recorded'),
  period: z.enum(['three_years', 'per_year']),
  min: z.number(),
  max: z.number().nullable().describe('Upper bound of a range ("2—3项"); null for "以上"'),
  /** One entry per year of `DashboardView.years`. */
  byYear: z.array(TargetYearSchema),
  /**
   * The plan period 2017–2019: 总计 is the sum of those years and the percentage is of that same sum — against the
   * target for a three-year target, against three times the yearly target for a yearly one.
   */
  planPeriod: z.object({
    total: z.number(),
    percentOfTarget: z.number(),
    met: z.boolean(),
    recommended: z.number().int().nullable(),
  }),
  /** For recognitions: recommendations at this level still without a recorded outcome (any year). */
  pending: z.number().int().nullable(),
});
export type TargetProgress = z.infer<typeof TargetProgressSchema>;

export const DashboardViewSchema = z
  .object({
    planYears: z.array(z.number().int()).describe('The plan’s build phase, 2017–2019'),
    currentYear: z.number().int().describe('The server clock’s year (Beijing)'),
    years: z.array(z.number().int()).describe('The years shown per target: the plan years and the current year'),
    targets: z.array(TargetProgressSchema),
    byKeyField: z.array(z.object({ keyFieldCode: z.string(), name: localized, count: z.number().int() })).describe('Municipal approvals by the plan’s four key fields (重点领域)'),
    byField: z.array(z.object({ subFieldCode: z.string(), name: localized, count: z.number().int() })),
    byUnit: z
      .array(
        z.object({
          unitCode: z.string(),
          name: localized,
          fullName: localized,
          approved: z.number().int().describe('Municipal approvals'),
          recommended: z.number().int().describe('Recommendations to the province or the ministry'),
          recognised: z.number().int().describe('Recorded provincial and national recognitions'),
        }),
      )
      .describe('By 推荐单位 (districts and functional zones)'),
    indicators: z.array(
      z.object({
        code: z.string(),
        kind: z.enum(['annex1', 'plan']).describe('Annex 1’s table, or a target of the plan’s section 三 recorded as a value'),
        category: z.string(),
        name: localized,
        unit: localized,
        targetText: z.string(),
        source: z.string(),
        values: z.array(z.object({ year: z.number().int(), value: z.number(), note: z.string().nullable(), met: z.boolean().nullable() })),
      }),
    ),
  })
  .meta({ id: 'Dashboard' });
export type DashboardView = z.infer<typeof DashboardViewSchema>;
