import { isIndustrialIndustryCode } from '../../../catalogue/industry-classification';
import { readText } from '../../rule-inputs';
import { defineRule, fail, missing, notRequired, pass } from '../../rule-types';
import { GATE_SOURCE, type GateRuleSettings } from './gate-settings';

const FIELDS = ['profile.industryDivisionCode'];
const WHAT = { zh: '工业企业', en: 'an industrial enterprise' };

/** Industrial enterprise: GB/T 4754-2017 门类 B 采矿业, C 制造业 or D 电力、热力、燃气及水生产和供应业. */
export const industrialEnterpriseRule = defineRule<GateRuleSettings, unknown>(
  {
    id: 'gate.industrial-enterprise',
    title: { zh: '工业企业', en: 'Industrial enterprise' },
    source: `${GATE_SOURCE}: 示范项目细则 "工业企业"`,
  },
  ({ eligibility: { gate } }, profile) => {
    if (!gate.requireIndustrialEnterprise) return notRequired(WHAT, FIELDS);
    const code = readText(profile.industryDivisionCode);
    if (code === undefined) return missing(FIELDS);
    if (isIndustrialIndustryCode(code)) return pass({ zh: `行业大类${code}属于工业`, en: `Division ${code} is industrial` }, FIELDS);
    return fail(
      { zh: `行业大类${code}不属于工业（采矿业、制造业、电力热力燃气及水生产和供应业）`, en: `Division ${code} is not industrial (mining, manufacturing, utilities)` },
      FIELDS,
    );
  },
);
