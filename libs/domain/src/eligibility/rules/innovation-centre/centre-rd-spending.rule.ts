import { againstCall, amounts, compared, meets, notYetAgainstCall } from '../../call-requirement';
import { formatNumber, readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { CENTRE_SOURCE, type InnovationCentreCallSettings, type InnovationCentreDraft } from './innovation-centre-settings';

const FIELDS = ['application.rdExpenseWanYuan', 'application.totalCostWanYuan'];

/** R&D spending at least 30 % of total costs (default). */
export const centreRdSpendingRule = defineRule<InnovationCentreCallSettings, InnovationCentreDraft>(
  {
    id: 'centre.rd-spending',
    title: { zh: '研发经费投入', en: 'R&D spending' },
    source: `${CENTRE_SOURCE}: other province, Xiamen 2024 (≥30% of total cost); no Wuhan number`,
  },
  ({ eligibility }, _profile, application) => {
    const min = eligibility.minRdSpendSharePercent;
    const condition = compared('at_least', amounts.percent(min));
    const required = { zh: `研发经费占成本费用 ${condition.zh}`, en: `R&D share of total costs ${condition.en}` };
    const rd = readNumber(application.rdExpenseWanYuan);
    const cost = readNumber(application.totalCostWanYuan);
    if (rd === undefined || cost === undefined || cost <= 0) return missing(FIELDS, notYetAgainstCall(required));
    const share = (rd / cost) * 100;
    const met = meets(share, 'at_least', min);
    const message = againstCall({ zh: `研发经费占成本费用${formatNumber(share)}%`, en: `R&D is ${formatNumber(share)}% of total costs` }, met, required);
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);
