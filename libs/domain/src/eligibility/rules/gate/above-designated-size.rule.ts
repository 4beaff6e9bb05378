import { againstCall, amounts, meets, notYetAgainstCall } from '../../call-requirement';
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
    const min = gate.aboveDesignatedSizeMinRevenueWanYuan;
    const condition = { zh: `规上企业，主营业务收入 ≥ ${amounts.wanYuan(min).zh}`, en: `above designated size, main business revenue ≥ ${amounts.wanYuan(min).en}` };
    const declared = readBoolean(profile.declaredAboveDesignatedSize);
    const revenue = readNumber(profile.revenueWanYuan);
    if (declared === undefined || revenue === undefined) return missing(FIELDS, notYetAgainstCall(condition));
    const revenueMet = meets(revenue, 'at_least', min);
    const finding = {
      zh: `${declared ? '申报为规上企业' : '未申报为规上企业'}，主营业务收入${formatNumber(revenue)}万元`,
      en: `${declared ? 'Declared 规上' : 'Not declared 规上'}, main business revenue ${amounts.wanYuan(revenue).en}`,
    };
    if (declared && revenueMet) return pass(againstCall(finding, true, condition), FIELDS);
    const reason = againstCall(finding, false, condition);
    if (gate.aboveDesignatedSize === 'preferred') {
      return warn({ zh: `${reason.zh}（本批次优先支持，不否决）`, en: `${reason.en} (this call prefers such firms; not a refusal)` }, FIELDS);
    }
    return fail(reason, FIELDS);
  },
);
