import { formatNumber, readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { TECH_SOURCE, type TechTransformationCallSettings, type TechTransformationDraft } from './tech-transformation-settings';

const FIELDS = ['application.equipmentInvestmentWanYuan', 'application.totalInvestmentWanYuan'];

/** Equipment is a sufficient share of total investment (25 % by default, an assumption: Fujian 2022 uses 500/2000). */
export const equipmentShareRule = defineRule<TechTransformationCallSettings, TechTransformationDraft>(
  {
    id: 'tech.equipment-share',
    title: { zh: '设备投资占比', en: 'Equipment share of investment' },
    source: `${TECH_SOURCE} [ASSUMED]`,
  },
  ({ eligibility }, _profile, application) => {
    const equipment = readNumber(application.equipmentInvestmentWanYuan);
    const total = readNumber(application.totalInvestmentWanYuan);
    if (equipment === undefined || total === undefined || total <= 0) return missing(FIELDS);
    const share = (equipment / total) * 100;
    const min = eligibility.minEquipmentSharePercent;
    if (share >= min) {
      return pass({ zh: `设备投资占总投资${formatNumber(share)}%`, en: `Equipment is ${formatNumber(share)}% of total investment` }, FIELDS);
    }
    return fail(
      { zh: `设备投资占总投资须不低于${formatNumber(min)}%,当前为${formatNumber(share)}%`, en: `Equipment must be at least ${formatNumber(min)}% of total investment; it is ${formatNumber(share)}%` },
      FIELDS,
    );
  },
);
