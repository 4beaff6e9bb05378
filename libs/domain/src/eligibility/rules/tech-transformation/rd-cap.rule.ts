import { formatNumber, readNumber } from '../../rule-inputs';
import { defineRule, missing, pass, warn } from '../../rule-types';
import { TECH_SOURCE, type TechTransformationCallSettings, type TechTransformationDraft } from './tech-transformation-settings';

const FIELDS = ['application.rdInvestmentWanYuan', 'application.equipmentInvestmentWanYuan'];

/** R&D counts up to 20 % of equipment investment (default); more is allowed but not counted: a warning. */
export const rdCapRule = defineRule<TechTransformationCallSettings, TechTransformationDraft>(
  {
    id: 'tech.rd-cap',
    title: { zh: '研发投入计入上限', en: 'R&D counted up to a cap' },
    source: `${TECH_SOURCE}: tjpveo 22031; depuw 16381`,
  },
  ({ eligibility }, _profile, application) => {
    const rd = readNumber(application.rdInvestmentWanYuan);
    const equipment = readNumber(application.equipmentInvestmentWanYuan);
    if (rd === undefined || equipment === undefined) return missing(FIELDS);
    const cap = (equipment * eligibility.rdCapShareOfEquipmentPercent) / 100;
    if (rd <= cap) return pass({ zh: '研发投入在计入上限内', en: 'R&D is within the counted cap' }, FIELDS);
    return warn(
      {
        zh: `研发投入最多按设备投资的${formatNumber(eligibility.rdCapShareOfEquipmentPercent)}%(${formatNumber(cap)}万元)计入,超出的${formatNumber(rd - cap)}万元不计`,
        en: `R&D counts up to ${formatNumber(eligibility.rdCapShareOfEquipmentPercent)}% of equipment (${formatNumber(cap)}); the excess ${formatNumber(rd - cap)} (10,000 yuan) is not counted`,
      },
      FIELDS,
    );
  },
);

/** The investment a technical-transformation project is credited with: equipment plus R&D up to the cap. */
export function countedTechInvestmentWanYuan(equipmentWanYuan: number, rdWanYuan: number, rdCapShareOfEquipmentPercent: number): number {
  return equipmentWanYuan + Math.min(rdWanYuan, (equipmentWanYuan * rdCapShareOfEquipmentPercent) / 100);
}
