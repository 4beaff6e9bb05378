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
    if (others + 1 > max) {
      return fail(
        { zh: `每家企业本批次限报${max}项,已有${others}项在审`, en: `At most ${max} application(s) per enterprise in this call; ${others} already live` },
        FIELDS,
      );
    }
    return pass({ zh: `未超过本批次限报${max}项`, en: `Within the limit of ${max} per enterprise` }, FIELDS);
  },
);
