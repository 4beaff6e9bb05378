import type { EnterpriseProfile } from '../forms/enterprise-profile.schema';
import type { LocalizedText } from '../i18n/localized-text';
import type { Draft } from '../shared/draft';

/**
 * An eligibility rule is a pure function of (call settings, enterprise profile, application data[, context]) that
 * returns one result. Drafts may be incomplete: what is not given yet is `missing`, never `fail`.
 */
export type RuleOutcome = 'pass' | 'fail' | 'warn' | 'missing';

export interface RuleResult {
  ruleId: string;
  outcome: RuleOutcome;
  message: LocalizedText;
  /** Paths of the fields the result is about, `profile.*`, `application.*` or `context.*`. */
  fields: string[];
}

export type EnterpriseProfileDraft = Draft<EnterpriseProfile>;

/** Facts about other records that the API knows and a form does not. */
export interface EligibilityContext {
  /** The enterprise's other applications in the same call that are still live (not withdrawn or rejected). */
  otherApplicationsInCall?: number;
}

export interface RuleMeta {
  id: string;
  title: LocalizedText;
  /** Where the rule comes from (domain-rules.md section and its source). */
  source: string;
}

export type RuleVerdict = Omit<RuleResult, 'ruleId'>;

export interface EligibilityRule<S, A> extends RuleMeta {
  (settings: S, profile: EnterpriseProfileDraft, application: A, context?: EligibilityContext): RuleResult;
}

/** Wraps a rule's logic with its metadata; the returned function stamps `ruleId` on every result. */
export function defineRule<S, A>(
  meta: RuleMeta,
  evaluate: (settings: S, profile: EnterpriseProfileDraft, application: A, context: EligibilityContext) => RuleVerdict,
): EligibilityRule<S, A> {
  const rule = (settings: S, profile: EnterpriseProfileDraft, application: A, context: EligibilityContext = {}): RuleResult => ({
    ruleId: meta.id,
    ...evaluate(settings, profile, application, context),
  });
  return Object.assign(rule, meta);
}

export function pass(message: LocalizedText, fields: string[]): RuleVerdict {
  return { outcome: 'pass', message, fields };
}

export function fail(message: LocalizedText, fields: string[]): RuleVerdict {
  return { outcome: 'fail', message, fields };
}

export function warn(message: LocalizedText, fields: string[]): RuleVerdict {
  return { outcome: 'warn', message, fields };
}

/** `missing` naming the fields still to fill in. */
export function missing(fields: string[], what?: LocalizedText): RuleVerdict {
  return {
    outcome: 'missing',
    message: what ?? { zh: '尚未填写，无法判断', en: 'Not filled in yet, so this cannot be checked' },
    fields,
  };
}

/** `pass` for a rule the call switched off. */
export function notRequired(what: LocalizedText, fields: string[]): RuleVerdict {
  return pass({ zh: `本批次不要求${what.zh}`, en: `This call does not require ${what.en}` }, fields);
}
