import { formatNumber, readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { SMART_SOURCE, type SmartMfgCallSettings, type SmartMfgDraft } from './smart-mfg-settings';

const FIELDS = ['application.cncRatePercent'];

/** The workshop's numerical-control rate (数控化率) exceeds the threshold (70 % by default; 附件1 aims at 75 % city-wide). */
export const cncRateRule = defineRule<SmartMfgCallSettings, SmartMfgDraft>(
  {
    id: 'smart.cnc-rate',
    title: { zh: '数控化率', en: 'Numerical-control rate' },
    source: `${SMART_SOURCE}: wotao 22560 (数控化率 >70%)`,
  },
  ({ eligibility }, _profile, application) => {
    const rate = readNumber(application.cncRatePercent);
    if (rate === undefined) return missing(FIELDS);
    const min = eligibility.minCncRatePercent;
    if (rate > min) return pass({ zh: `数控化率${formatNumber(rate)}%,高于${formatNumber(min)}%`, en: `Numerical-control rate ${formatNumber(rate)}% is above ${formatNumber(min)}%` }, FIELDS);
    return fail({ zh: `数控化率须高于${formatNumber(min)}%,当前为${formatNumber(rate)}%`, en: `The numerical-control rate must be above ${formatNumber(min)}%; it is ${formatNumber(rate)}%` }, FIELDS);
  },
);
