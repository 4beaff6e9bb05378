import { findLegalForm } from '../../../catalogue/legal-forms';
import { formatNumber, readBoolean, readNumber, readText } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { GATE_SOURCE, type GateRuleSettings } from './gate-settings';

/**
 * Independent legal person (独立法人). Exception: a branch that pays tax in Wuhan with last year's output above the
 * threshold (>100 亿元) may apply; its project lies in Wuhan by the form's district list.
 */
export const independentLegalPersonRule = defineRule<GateRuleSettings, unknown>(
  {
    id: 'gate.independent-legal-person',
    title: { zh: '独立法人', en: 'Independent legal person' },
    source: `${GATE_SOURCE}: 细则 第三条; 2025 标杆智能工厂通知; 技改专项补助资金管理办法 第四条`,
  },
  ({ eligibility: { gate } }, profile) => {
    const code = readText(profile.legalForm);
    if (code === undefined) return missing(['profile.legalForm']);
    const form = findLegalForm(code);
    if (form?.isLegalPerson) return pass({ zh: `${form.name.zh},具有独立法人资格`, en: `${form.name.en}: an independent legal person` }, ['profile.legalForm']);
    const refusal = fail({ zh: '申报主体须为独立法人', en: 'The applicant must be an independent legal person' }, ['profile.legalForm']);
    if (code !== 'branch' || !gate.allowNonIndependentException) return refusal;
    const fields = ['profile.legalForm', 'profile.paysTaxInWuhan', 'profile.outputValueWanYuan'];
    const paysTax = readBoolean(profile.paysTaxInWuhan);
    const output = readNumber(profile.outputValueWanYuan);
    if (paysTax === false) return fail({ zh: '非独立法人须在汉纳税方可申报', en: 'A branch must pay tax in Wuhan to apply' }, fields);
    if (paysTax === undefined || output === undefined) return missing(fields);
    const threshold = gate.nonIndependentMinOutputWanYuan;
    if (output > threshold) {
      return pass(
        { zh: `非独立法人,在汉纳税且上年产值超过${formatNumber(threshold)}万元,可申报`, en: `A branch paying tax in Wuhan with output above ${formatNumber(threshold)} (10,000 yuan): may apply` },
        fields,
      );
    }
    return fail(
      {
        zh: `非独立法人上年产值须超过${formatNumber(threshold)}万元,当前为${formatNumber(output)}万元`,
        en: `A branch needs output above ${formatNumber(threshold)} (10,000 yuan) last year; it reported ${formatNumber(output)}`,
      },
      fields,
    );
  },
);
