import { againstCall, amounts, compared, meets } from '../../call-requirement';
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
    const equipment = readNumber(application.equipmentInvestmentWanYuan);
    if (equipment === undefined) return missing(FIELDS);
    const floor = eligibility.minEquipmentInvestmentWanYuan;
    const met = meets(equipment, 'at_least', floor);
    const condition = compared('at_least', amounts.wanYuan(floor));
    const message = againstCall(
      { zh: `设备投资${amounts.wanYuan(equipment).zh}`, en: `Equipment investment ${amounts.wanYuan(equipment).en}` },
      met,
      { zh: `设备投资 ${condition.zh}`, en: `equipment investment ${condition.en}` },
    );
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);
