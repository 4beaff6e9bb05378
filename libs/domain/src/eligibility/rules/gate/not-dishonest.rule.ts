import { readBoolean } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { GATE_SOURCE, type GateRuleSettings } from './gate-settings';

const FIELDS = ['profile.listedAsDishonest'];

/** Not listed as a dishonest judgement debtor (失信被执行人) or serious-dishonesty entity (严重失信主体). */
export const notDishonestRule = defineRule<GateRuleSettings, unknown>(
  {
    id: 'gate.not-dishonest',
    title: { zh: '未列入失信名单', en: 'Not on a dishonesty list' },
    source: `${GATE_SOURCE}: tjpveo 22031；鄂经信规划函〔2025〕12号；wotao 22560`,
  },
  (_settings, profile) => {
    const listed = readBoolean(profile.listedAsDishonest);
    if (listed === undefined) return missing(FIELDS);
    if (listed) {
      return fail({ zh: '企业被列入失信被执行人或严重失信主体名单', en: 'The enterprise is on a dishonesty list' }, FIELDS);
    }
    return pass({ zh: '未列入失信名单', en: 'Not on a dishonesty list' }, FIELDS);
  },
);
