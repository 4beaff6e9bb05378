import { formatNumber, readNumber } from '../../rule-inputs';
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
    if (equipment >= floor) {
      return pass({ zh: `设备投资${formatNumber(equipment)}万元,达到${formatNumber(floor)}万元`, en: `Equipment investment ${formatNumber(equipment)} meets ${formatNumber(floor)} (10,000 yuan)` }, FIELDS);
    }
    return fail(
      { zh: `设备投资须不低于${formatNumber(floor)}万元,当前为${formatNumber(equipment)}万元`, en: `Equipment investment must be at least ${formatNumber(floor)}; it is ${formatNumber(equipment)} (10,000 yuan)` },
      FIELDS,
    );
  },
);
