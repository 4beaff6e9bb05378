import type { ProgrammeCategoryCode } from '../catalogue/programme-categories';
import type { ApplicationFor } from '../forms/application-forms';
import type { Draft } from '../shared/draft';
import type { CallSettingsFor } from './call-settings';
import { ELIGIBILITY_RULE_SETS } from './rule-sets';
import type { EligibilityContext, EnterpriseProfileDraft, RuleOutcome, RuleResult } from './rule-types';

/**
 * Runs a category's rule set. The verdict is `ineligible` if any rule fails, else `incomplete` if any is missing,
 * else `eligible` (warnings do not block).
 */
export type EligibilityVerdict = 'eligible' | 'ineligible' | 'incomplete';

export interface EligibilityReport {
  category: ProgrammeCategoryCode;
  verdict: EligibilityVerdict;
  results: RuleResult[];
  counts: Record<RuleOutcome, number>;
}

export function eligibilityVerdict(results: readonly RuleResult[]): EligibilityVerdict {
  if (results.some((result) => result.outcome === 'fail')) return 'ineligible';
  if (results.some((result) => result.outcome === 'missing')) return 'incomplete';
  return 'eligible';
}

export function countOutcomes(results: readonly RuleResult[]): Record<RuleOutcome, number> {
  const counts: Record<RuleOutcome, number> = { pass: 0, fail: 0, warn: 0, missing: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return counts;
}

export function evaluateEligibility<C extends ProgrammeCategoryCode>(
  category: C,
  settings: CallSettingsFor<C>,
  profile: EnterpriseProfileDraft,
  application: Draft<ApplicationFor<C>>,
  context: EligibilityContext = {},
): EligibilityReport {
  const rules = ELIGIBILITY_RULE_SETS[category];
  const results = rules.map((rule) => rule(settings, profile, application, context));
  return { category, verdict: eligibilityVerdict(results), results, counts: countOutcomes(results) };
}

type Evaluator<C extends ProgrammeCategoryCode> = (
  settings: CallSettingsFor<C>,
  profile: EnterpriseProfileDraft,
  application: Draft<ApplicationFor<C>>,
  context?: EligibilityContext,
) => EligibilityReport;

export const evaluateSmartMfgEligibility: Evaluator<'SMART_MFG_PILOT'> = (settings, profile, application, context) =>
  evaluateEligibility('SMART_MFG_PILOT', settings, profile, application, context);

export const evaluateTechTransformationEligibility: Evaluator<'TECH_TRANSFORMATION'> = (settings, profile, application, context) =>
  evaluateEligibility('TECH_TRANSFORMATION', settings, profile, application, context);

export const evaluateInnovationCentreEligibility: Evaluator<'INNOVATION_CENTRE'> = (settings, profile, application, context) =>
  evaluateEligibility('INNOVATION_CENTRE', settings, profile, application, context);

export const evaluateItIntegrationEligibility: Evaluator<'IT_INTEGRATION'> = (settings, profile, application, context) =>
  evaluateEligibility('IT_INTEGRATION', settings, profile, application, context);
