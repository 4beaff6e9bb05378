import { type Locale, normalizeUscc, parseUscc, pickText, checkUscc, enterpriseApplicantProblem } from '@shifan/domain';
import type { FieldFeedback } from '@shifan/ui';
import { REGISTER_TEXTS } from './register-texts';

/**
 * What to say under the USCC field as it is typed: the hint while empty, @shifan/domain's first reason while the
 * code fails or is not a `91` enterprise code (个体工商户, 合作社, 事业单位 …), and once it passes, who registered it
 * (with a warning when that was not a Wuhan authority).
 */
export function usccFeedback(input: string, locale: Locale): FieldFeedback {
  const code = normalizeUscc(input);
  if (code === '') return { text: pickText(REGISTER_TEXTS.usccHint, locale) };
  const check = checkUscc(code);
  if (!check.valid) return { status: 'error', text: pickText(check.problems[0].message, locale) };
  const notEnterprise = enterpriseApplicantProblem(code);
  if (notEnterprise) return { status: 'error', text: pickText(notEnterprise.message, locale) };
  const parts = parseUscc(code);
  if (parts && !parts.registeredByWuhanAuthority) return { status: 'warning', text: pickText(REGISTER_TEXTS.usccNotWuhan, locale) };
  const department = parts?.registrationDepartment.name;
  const type = parts?.registrationType.name;
  const origin = department ? ` · ${pickText(REGISTER_TEXTS.usccRegisteredBy, locale)}: ${pickText(department, locale)}${type ? ` / ${pickText(type, locale)}` : ''}` : '';
  return { status: 'success', text: `${pickText(REGISTER_TEXTS.usccValid, locale)}${origin}` };
}
