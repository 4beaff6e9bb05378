import { PILOT_TIER_LABELS, PILOT_TIERS, type PilotTier } from '../../../forms/smart-mfg-application.schema';
import { againstCall, amounts, compared, meets, notYetAgainstCall } from '../../call-requirement';
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
    const requiredFor = (pilotTier: PilotTier) => {
      const condition = compared('at_least', amounts.wanYuan(eligibility.investmentFloorsWanYuan[pilotTier]));
      const label = PILOT_TIER_LABELS[pilotTier];
      return { zh: `${label.zh}设备与研发投入 ${condition.zh}`, en: `equipment and R&D for ${label.en} ${condition.en}` };
    };
    const knownTier = tier !== undefined && isPilotTier(tier) ? tier : undefined;
    if (knownTier === undefined || equipment === undefined || rd === undefined) {
      const tiers = knownTier ? [knownTier] : PILOT_TIERS;
      const required = tiers.map(requiredFor);
      return missing(FIELDS, notYetAgainstCall({ zh: required.map((text) => text.zh).join('；'), en: required.map((text) => text.en).join('; ') }));
    }
    const floor = eligibility.investmentFloorsWanYuan[knownTier];
    const counted = equipment + rd;
    const met = meets(counted, 'at_least', floor);
    const message = againstCall({ zh: `设备与研发投入${amounts.wanYuan(counted).zh}`, en: `Equipment and R&D of ${amounts.wanYuan(counted).en}` }, met, requiredFor(knownTier));
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);
