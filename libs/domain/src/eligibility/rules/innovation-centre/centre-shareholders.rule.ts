import { againstCall, amounts, compared, meets, notYetAgainstCall } from '../../call-requirement';
import { formatNumber, readNumber, readText } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { CENTRE_SOURCE, type InnovationCentreCallSettings, type InnovationCentreDraft } from './innovation-centre-settings';

const FIELDS = ['application.shareholders'];

/** Diversified ownership: at least 3 shareholders and none above 50 % (defaults, both assumptions: no Wuhan number found). */
export const centreShareholdersRule = defineRule<InnovationCentreCallSettings, InnovationCentreDraft>(
  {
    id: 'centre.shareholders',
    title: { zh: '股权结构', en: 'Shareholding' },
    source: `${CENTRE_SOURCE}: Wuhan municipal conditions not found [ASSUMED]; 鲁工信技〔2023〕150号 (≥5 investors)`,
  },
  ({ eligibility }, _profile, application) => {
    const { minShareholders, maxSingleShareholderPercent } = eligibility;
    const holderCount = compared('at_least', amounts.units(minShareholders));
    const single = compared('at_most', amounts.percent(maxSingleShareholderPercent));
    const required = { zh: `股东 ${holderCount.zh}，单一股东持股 ${single.zh}`, en: `shareholders ${holderCount.en}, a single holding ${single.en}` };
    const holders = application.shareholders ?? [];
    if (holders.length === 0) return missing(FIELDS, notYetAgainstCall(required));
    const stakes: { name: string; share: number }[] = [];
    for (const holder of holders) {
      const name = readText(holder.name);
      const share = readNumber(holder.sharePercent);
      if (name === undefined || share === undefined) return missing(FIELDS, notYetAgainstCall(required));
      stakes.push({ name, share });
    }
    const largest = stakes.reduce((max, stake) => (stake.share > max.share ? stake : max));
    const enoughHolders = meets(stakes.length, 'at_least', minShareholders);
    const noneDominant = meets(largest.share, 'at_most', maxSingleShareholderPercent);
    const message = againstCall(
      {
        zh: `${stakes.length}家股东，最大股东${largest.name}持股${formatNumber(largest.share)}%`,
        en: `${stakes.length} shareholders; the largest, ${largest.name}, holds ${formatNumber(largest.share)}%`,
      },
      enoughHolders && noneDominant,
      required,
    );
    return enoughHolders && noneDominant ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);
