import { againstCall, amounts, compared, meets } from '../../call-requirement';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { GATE_SOURCE, type GateRuleSettings } from './gate-settings';

const FIELDS = ['context.otherApplicationsInCall'];

/** One project per legal entity per call (the call may allow more). The API supplies the count of other applications. */
export const oneApplicationPerCallRule = defineRule<GateRuleSettings, unknown>(
  {
    id: 'gate.one-application-per-call',
    title: { zh: '每家企业每批次限报项目数', en: 'Applications per enterprise per call' },
    source: `${GATE_SOURCE}: wotao 22560 (East Lake 2021)`,
  },
  ({ eligibility: { gate } }, _profile, _application, context) => {
    const others = context.otherApplicationsInCall;
    if (others === undefined) {
      return missing(FIELDS, { zh: '尚未核对本企业在本批次的其他申报', en: 'The enterprise’s other applications in this call have not been checked yet' });
    }
    const max = gate.maxApplicationsPerEnterprise;
    const met = meets(others + 1, 'at_most', max);
    const message = againstCall(
      { zh: `本企业在本批次已有${others}项申报在审，连同本项共${others + 1}项`, en: `${others} other application(s) of the enterprise are live in this call, ${others + 1} with this one` },
      met,
      { zh: `每家企业 ${compared('at_most', amounts.items(max)).zh}`, en: `${compared('at_most', amounts.items(max)).en} per enterprise` },
    );
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);
