import { type CallSettings, ELIGIBILITY_RULE_SETS, type EligibilityReport, evaluateEligibility, type LocalizedText, type RuleOutcome, type RuleResult } from '@shifan/domain';

/**
 * The domain's eligibility check, run in the browser on the call's settings, the enterprise's profile and the form
 * as typed. The one fact the browser cannot know (other live applications in the call) is taken as none: the
 * enterprise is in its only application to this call. The server runs the same rules again on every save and submit.
 */
export function runEligibility(settings: CallSettings, profile: Record<string, unknown>, application: Record<string, unknown>): EligibilityReport {
  return evaluateEligibility(settings.category, settings as never, profile as never, application as never, { otherApplicationsInCall: 0 });
}

const RULE_TITLES = new Map<string, LocalizedText>(Object.values(ELIGIBILITY_RULE_SETS).flatMap((rules) => rules.map((rule) => [rule.id, rule.title] as const)));

/** The rule's short name (数控化率, 注册地在武汉, …). */
export function ruleTitle(ruleId: string): LocalizedText {
  return RULE_TITLES.get(ruleId) ?? { zh: ruleId, en: ruleId };
}

/** Whether a result is about the enterprise's profile (some of its fields are `profile.*`). */
export function isProfileRule(result: RuleResult): boolean {
  return result.fields.some((field) => field.startsWith('profile.'));
}

/** Whether a result is about the application form. */
export function isApplicationRule(result: RuleResult): boolean {
  return result.fields.some((field) => field.startsWith('application.'));
}

export function countByOutcome(results: readonly RuleResult[]): Record<RuleOutcome, number> {
  const counts: Record<RuleOutcome, number> = { pass: 0, fail: 0, warn: 0, missing: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return counts;
}
