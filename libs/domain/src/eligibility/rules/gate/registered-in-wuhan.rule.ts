import { findDistrict } from '../../../catalogue/districts';
import { readText } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { GATE_SOURCE, type GateRuleSettings } from './gate-settings';

const FIELDS = ['profile.registeredDistrictCode'];

/** The applicant is registered in one of Wuhan's 13 districts. */
export const registeredInWuhanRule = defineRule<GateRuleSettings, unknown>(
  {
    id: 'gate.registered-in-wuhan',
    title: { zh: '在汉注册', en: 'Registered in Wuhan' },
    source: `${GATE_SOURCE}: 武汉市工业智能化改造示范类项目奖励资金实施细则 第三条`,
  },
  (_settings, profile) => {
    const code = readText(profile.registeredDistrictCode);
    if (code === undefined) return missing(FIELDS);
    const district = findDistrict(code);
    if (!district) {
      return fail({ zh: '企业须在武汉市注册', en: 'The enterprise must be registered in Wuhan' }, FIELDS);
    }
    return pass({ zh: `注册于${district.name.zh}`, en: `Registered in ${district.name.en}` }, FIELDS);
  },
);
