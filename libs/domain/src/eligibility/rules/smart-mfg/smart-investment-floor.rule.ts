import { PILOT_TIER_LABELS, PILOT_TIERS, type PilotTier } from '../../../forms/smart-mfg-application.schema';
import { formatNumber, readNumber, readText } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { SMART_SOURCE, type SmartMfgCallSettings, type SmartMfgDraft } from './smart-mfg-settings';

const FIELDS = ['application.pilotTier', 'application.equipmentInvestmentWanYuan', 'application.rdInvestmentWanYuan'];

function isPilotTier(value: string): value is PilotTier {
  return (PILOT_TIERS as readonly string[]).includes(value);
}

/** 生产性设备购置与改造投资 plus project R&D reaches the tier's floor: 1000 / 5000 / 10000 万元 by default. */
export const smartInvestmentFloorRule = defineRule<SmartMfgCallSettings, SmartMfgDraft>(
  {
    id: 'smart.investment-floor',
    title: { zh: '智能化改造投资额', en: 'Smart-transformation investment' },
    source: `${SMART_SOURCE}: 细则 第四条`,
  },
  ({ eligibility }, _profile, application) => {
    const tier = readText(application.pilotTier);
    const equipment = readNumber(application.equipmentInvestmentWanYuan);
    const rd = readNumber(application.rdInvestmentWanYuan);
    if (tier === undefined || !isPilotTier(tier) || equipment === undefined || rd === undefined) return missing(FIELDS);
    const floor = eligibility.investmentFloorsWanYuan[tier];
    const counted = equipment + rd;
    const label = PILOT_TIER_LABELS[tier];
    if (counted >= floor) {
      return pass(
        { zh: `设备与研发投入${formatNumber(counted)}万元,达到${label.zh}${formatNumber(floor)}万元要求`, en: `Equipment and R&D of ${formatNumber(counted)} meet the ${formatNumber(floor)} floor for ${label.en} (10,000 yuan)` },
        FIELDS,
      );
    }
    return fail(
      { zh: `${label.zh}要求设备与研发投入不低于${formatNumber(floor)}万元,当前为${formatNumber(counted)}万元`, en: `${label.en} needs equipment and R&D of at least ${formatNumber(floor)}; this project has ${formatNumber(counted)} (10,000 yuan)` },
      FIELDS,
    );
  },
);
