import { PILOT_TIER_LABELS, PILOT_TIERS, type PilotTier } from '../../../forms/smart-mfg-application.schema';
import { againstCall, amounts, compared, meets } from '../../call-requirement';
import { readNumber, readText } from '../../rule-inputs';
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
    const met = meets(counted, 'at_least', floor);
    const condition = compared('at_least', amounts.wanYuan(floor));
    const message = againstCall(
      { zh: `设备与研发投入${amounts.wanYuan(counted).zh}`, en: `Equipment and R&D of ${amounts.wanYuan(counted).en}` },
      met,
      { zh: `${label.zh}设备与研发投入 ${condition.zh}`, en: `equipment and R&D for ${label.en} ${condition.en}` },
    );
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);
