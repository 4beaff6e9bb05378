import { formatNumber, readBoolean, readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, notRequired, pass, warn } from '../../rule-types';
import { GATE_SOURCE, type GateRuleSettings } from './gate-settings';

const FIELDS = ['profile.declaredAboveDesignatedSize', 'profile.revenueWanYuan'];
const WHAT = { zh: '规模以上工业企业', en: 'above-designated-size status (规上)' };

/**
 * 规上: declared in the profile and backed by main business revenue ≥ the threshold (2000 万元). Required by some
 * calls (标杆智能工厂), preferred by others (a warning), or not asked.
 */
export const aboveDesignatedSizeRule = defineRule<GateRuleSettings, unknown>(
  {
    id: 'gate.above-designated-size',
    title: { zh: '规模以上工业企业', en: 'Above designated size (规上)' },
    source: `${GATE_SOURCE}: whht 9045; domain-rules.md §4`,
  },
  ({ eligibility: { gate } }, profile) => {
    if (gate.aboveDesignatedSize === 'not_required') return notRequired(WHAT, FIELDS);
    const declared = readBoolean(profile.declaredAboveDesignatedSize);
    const revenue = readNumber(profile.revenueWanYuan);
    if (declared === undefined || revenue === undefined) return missing(FIELDS);
    const min = gate.aboveDesignatedSizeMinRevenueWanYuan;
    if (declared && revenue >= min) return pass({ zh: '规模以上工业企业', en: 'Above designated size' }, FIELDS);
    const reason = declared
      ? { zh: `申报为规上企业,但主营业务收入${formatNumber(revenue)}万元低于${formatNumber(min)}万元`, en: `Declared 规上, but main business revenue ${formatNumber(revenue)} is below ${formatNumber(min)} (10,000 yuan)` }
      : { zh: '非规模以上工业企业', en: 'Not above designated size' };
    if (gate.aboveDesignatedSize === 'preferred') {
      return warn({ zh: `${reason.zh}(本批次优先支持规上企业)`, en: `${reason.en} (this call prefers 规上 firms)` }, FIELDS);
    }
    return fail({ zh: `${reason.zh};本批次要求规上企业`, en: `${reason.en}; this call requires 规上 firms` }, FIELDS);
  },
);
