import { amounts, callRequirement, compared, meets, notYetAgainstCall } from '../../call-requirement';
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
    const condition = compared('at_most', amounts.percent(eligibility.rdCapShareOfEquipmentPercent));
    const rd = readNumber(application.rdInvestmentWanYuan);
    const equipment = readNumber(application.equipmentInvestmentWanYuan);
    if (rd === undefined || equipment === undefined) {
      return missing(FIELDS, notYetAgainstCall({ zh: `研发投入按 ${condition.zh} 设备投资计入`, en: `R&D counted up to ${condition.en} of equipment investment` }));
    }
    const cap = (equipment * eligibility.rdCapShareOfEquipmentPercent) / 100;
    const counted = callRequirement({
      zh: `研发投入按 ${condition.zh} 设备投资计入（${formatNumber(cap)}万元）`,
      en: `R&D counted up to ${condition.en} of equipment investment (${amounts.wanYuan(cap).en})`,
    });
    if (meets(rd, 'at_most', cap)) return pass({ zh: `研发投入${formatNumber(rd)}万元全部计入；${counted.zh}`, en: `R&D of ${amounts.wanYuan(rd).en} counts in full; ${counted.en}` }, FIELDS);
    return warn(
      {
        zh: `研发投入${formatNumber(rd)}万元，超出的${formatNumber(rd - cap)}万元不计入；${counted.zh}`,
        en: `R&D of ${amounts.wanYuan(rd).en}: the excess ${amounts.wanYuan(rd - cap).en} is not counted; ${counted.en}`,
      },
      FIELDS,
    );
  },
);

/** The investment a technical-transformation project is credited with: equipment plus R&D up to the cap. */
export function countedTechInvestmentWanYuan(equipmentWanYuan: number, rdWanYuan: number, rdCapShareOfEquipmentPercent: number): number {
  return equipmentWanYuan + Math.min(rdWanYuan, (equipmentWanYuan * rdCapShareOfEquipmentPercent) / 100);
}
