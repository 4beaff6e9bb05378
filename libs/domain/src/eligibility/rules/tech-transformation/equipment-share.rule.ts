import { againstCall, amounts, compared, meets, notYetAgainstCall } from '../../call-requirement';
import { formatNumber, readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { TECH_SOURCE, type TechTransformationCallSettings, type TechTransformationDraft } from './tech-transformation-settings';

const FIELDS = ['application.equipmentInvestmentWanYuan', 'application.totalInvestmentWanYuan'];

/** Equipment is at least the call's share of total investment (25 % by default, an assumption: Fujian 2022 uses 500/2000). */
export const equipmentShareRule = defineRule<TechTransformationCallSettings, TechTransformationDraft>(
  {
    id: 'tech.equipment-share',
    title: { zh: '设备投资占比', en: 'Equipment share of investment' },
    source: `${TECH_SOURCE} [ASSUMED: no policy source; Fujian 2022 ratio]`,
  },
  ({ eligibility }, _profile, application) => {
    const min = eligibility.minEquipmentSharePercent;
    const condition = compared('at_least', amounts.percent(min));
    const required = { zh: `设备投资占比 ${condition.zh}`, en: `equipment share ${condition.en}` };
    const equipment = readNumber(application.equipmentInvestmentWanYuan);
    const total = readNumber(application.totalInvestmentWanYuan);
    if (equipment === undefined || total === undefined || total <= 0) return missing(FIELDS, notYetAgainstCall(required));
    const share = (equipment / total) * 100;
    const met = meets(share, 'at_least', min);
    const message = againstCall({ zh: `设备投资占总投资${formatNumber(share)}%`, en: `Equipment is ${formatNumber(share)}% of total investment` }, met, required);
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);
