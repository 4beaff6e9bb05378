import { againstCall, amounts, compared, meets, notYetAgainstCall } from '../../call-requirement';
import { readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { TECH_SOURCE, type TechTransformationCallSettings, type TechTransformationDraft } from './tech-transformation-settings';

const FIELDS = ['application.equipmentInvestmentWanYuan'];

/** Production-equipment investment of at least 2000 万元 (default). */
export const equipmentInvestmentFloorRule = defineRule<TechTransformationCallSettings, TechTransformationDraft>(
  {
    id: 'tech.equipment-investment-floor',
    title: { zh: '设备投资额', en: 'Equipment investment' },
    source: `${TECH_SOURCE}: 武政规〔2021〕14号`,
  },
  ({ eligibility }, _profile, application) => {
    const floor = eligibility.minEquipmentInvestmentWanYuan;
    const condition = compared('at_least', amounts.wanYuan(floor));
    const required = { zh: `设备投资 ${condition.zh}`, en: `equipment investment ${condition.en}` };
    const equipment = readNumber(application.equipmentInvestmentWanYuan);
    if (equipment === undefined) return missing(FIELDS, notYetAgainstCall(required));
    const met = meets(equipment, 'at_least', floor);
    const message = againstCall({ zh: `设备投资${amounts.wanYuan(equipment).zh}`, en: `Equipment investment ${amounts.wanYuan(equipment).en}` }, met, required);
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);
