import { againstCall, amounts, compared, meets, notYetAgainstCall } from '../../call-requirement';
import { formatNumber, readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { SMART_SOURCE, type SmartMfgCallSettings, type SmartMfgDraft } from './smart-mfg-settings';

const FIELDS = ['application.cncRatePercent'];

/** The workshop's numerical-control rate (数控化率) is the call's minimum or more: "70% 以上" includes 70 % (default 70; 附件1 aims at 75 % city-wide). */
export const cncRateRule = defineRule<SmartMfgCallSettings, SmartMfgDraft>(
  {
    id: 'smart.cnc-rate',
    title: { zh: '数控化率', en: 'Numerical-control rate' },
    source: `${SMART_SOURCE}: wotao 22560 （数控化率 70%以上）`,
  },
  ({ eligibility }, _profile, application) => {
    const min = eligibility.minCncRatePercent;
    const condition = compared('at_least', amounts.percent(min));
    const rate = readNumber(application.cncRatePercent);
    if (rate === undefined) return missing(FIELDS, notYetAgainstCall({ zh: `数控化率 ${condition.zh}`, en: `numerical-control rate ${condition.en}` }));
    const met = meets(rate, 'at_least', min);
    const message = againstCall({ zh: `数控化率${formatNumber(rate)}%`, en: `Numerical-control rate ${formatNumber(rate)}%` }, met, condition);
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);
