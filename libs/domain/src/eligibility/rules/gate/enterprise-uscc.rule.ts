import { checkUscc, enterpriseApplicantProblem, registrationKindOf } from '../../../identity/uscc';
import { readText } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { type GateRuleSettings } from './gate-settings';

const FIELDS = ['profile.uscc'];

/**
 * The applicant is an enterprise by its credit code: positions 1–2 are `91` (工商登记的企业). A `92` 个体工商户, a `93`
 * 农民专业合作社 or any non-工商 code (事业单位, 社会团体 …) cannot apply to these enterprise programmes (GB 32100-2015).
 */
export const enterpriseUsccRule = defineRule<GateRuleSettings, unknown>(
  {
    id: 'gate.enterprise-uscc',
    title: { zh: '申报主体为企业', en: 'Applicant is an enterprise' },
    source: 'domain-rules.md §2: GB 32100-2015 登记管理部门码 9 工商， 机构类别码 1 企业',
  },
  (_settings, profile) => {
    const code = readText(profile.uscc);
    if (code === undefined || !checkUscc(code).valid) {
      return missing(FIELDS, { zh: '请填写有效的统一社会信用代码', en: 'Enter a valid unified social credit code' });
    }
    const problem = enterpriseApplicantProblem(code);
    if (problem) return fail(problem.message, FIELDS);
    const kind = registrationKindOf(code)!;
    return pass({ zh: `信用代码表明申报主体为${kind.zh}`, en: `The credit code marks the applicant as an ${kind.en}` }, FIELDS);
  },
);
