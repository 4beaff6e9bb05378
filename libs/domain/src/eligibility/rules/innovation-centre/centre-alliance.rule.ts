import { againstCall, amounts, compared, meets, notYetAgainstCall } from '../../call-requirement';
import { readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { CENTRE_SOURCE, type InnovationCentreCallSettings, type InnovationCentreDraft } from './innovation-centre-settings';

const FIELDS = ['application.allianceMemberCount'];

/**
 * "公司+联盟": besides the operating company, the centre runs an alliance of up- and down-stream firms, institutes and
 * universities with at least the call's number of member units (default 10, an assumption: the model is policy, the
 * count is not).
 */
export const centreAllianceRule = defineRule<InnovationCentreCallSettings, InnovationCentreDraft>(
  {
    id: 'centre.alliance',
    title: { zh: '联盟成员单位（公司+联盟）', en: 'Alliance members ("company + alliance")' },
    source: `${CENTRE_SOURCE}: 工信厅科〔2017〕64号 ("公司+联盟"); the member count is [ASSUMED]`,
  },
  ({ eligibility }, _profile, application) => {
    const min = eligibility.minAllianceMembers;
    const condition = compared('at_least', amounts.units(min));
    const required = { zh: `联盟成员单位 ${condition.zh}`, en: `alliance members ${condition.en}` };
    const members = readNumber(application.allianceMemberCount);
    if (members === undefined) return missing(FIELDS, notYetAgainstCall(required));
    const met = meets(members, 'at_least', min);
    const message = againstCall({ zh: `联盟成员单位${members}家`, en: `${members} alliance members` }, met, required);
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);
