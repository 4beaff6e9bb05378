import { formatNumber, readNumber, readText } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { CENTRE_SOURCE, type InnovationCentreCallSettings, type InnovationCentreDraft } from './innovation-centre-settings';

const FIELDS = ['application.shareholders'];

/** Diversified ownership: at least 3 shareholders (default) and none above 50 % (default). */
export const centreShareholdersRule = defineRule<InnovationCentreCallSettings, InnovationCentreDraft>(
  {
    id: 'centre.shareholders',
    title: { zh: '股权结构', en: 'Shareholding' },
    source: `${CENTRE_SOURCE}: Wuhan municipal conditions not found [ASSUMED]; 鲁工信技〔2023〕150号 (≥5 investors)`,
  },
  ({ eligibility }, _profile, application) => {
    const holders = application.shareholders ?? [];
    if (holders.length === 0) return missing(FIELDS);
    const stakes: { name: string; share: number }[] = [];
    for (const holder of holders) {
      const name = readText(holder.name);
      const share = readNumber(holder.sharePercent);
      if (name === undefined || share === undefined) return missing(FIELDS);
      stakes.push({ name, share });
    }
    const { minShareholders, maxSingleShareholderPercent } = eligibility;
    if (stakes.length < minShareholders) {
      return fail({ zh: `股东须不少于${minShareholders}家,当前${stakes.length}家`, en: `At least ${minShareholders} shareholders are needed; there are ${stakes.length}` }, FIELDS);
    }
    const largest = stakes.reduce((max, stake) => (stake.share > max.share ? stake : max));
    if (largest.share > maxSingleShareholderPercent) {
      return fail(
        {
          zh: `单一股东持股不得超过${formatNumber(maxSingleShareholderPercent)}%,${largest.name}持股${formatNumber(largest.share)}%`,
          en: `No shareholder may hold more than ${formatNumber(maxSingleShareholderPercent)}%; ${largest.name} holds ${formatNumber(largest.share)}%`,
        },
        FIELDS,
      );
    }
    return pass({ zh: `${stakes.length}家股东,股权分散`, en: `${stakes.length} shareholders, none dominant` }, FIELDS);
  },
);
