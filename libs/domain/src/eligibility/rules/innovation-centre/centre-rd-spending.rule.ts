import { formatNumber, readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { CENTRE_SOURCE, type InnovationCentreCallSettings, type InnovationCentreDraft } from './innovation-centre-settings';

const FIELDS = ['application.rdExpenseWanYuan', 'application.totalCostWanYuan'];

/** R&D spending at least 30 % of total costs (default). */
export const centreRdSpendingRule = defineRule<InnovationCentreCallSettings, InnovationCentreDraft>(
  {
    id: 'centre.rd-spending',
    title: { zh: '研发经费投入', en: 'R&D spending' },
    source: `${CENTRE_SOURCE}: [ASSUMED]; Xiamen 2024 (≥30% of total cost)`,
  },
  ({ eligibility }, _profile, application) => {
    const rd = readNumber(application.rdExpenseWanYuan);
    const cost = readNumber(application.totalCostWanYuan);
    if (rd === undefined || cost === undefined || cost <= 0) return missing(FIELDS);
    const share = (rd / cost) * 100;
    const min = eligibility.minRdSpendSharePercent;
    if (share >= min) return pass({ zh: `研发经费占成本费用${formatNumber(share)}%`, en: `R&D is ${formatNumber(share)}% of total costs` }, FIELDS);
    return fail(
      { zh: `研发经费须占成本费用${formatNumber(min)}%以上,当前为${formatNumber(share)}%`, en: `R&D must be at least ${formatNumber(min)}% of total costs; it is ${formatNumber(share)}%` },
      FIELDS,
    );
  },
);
