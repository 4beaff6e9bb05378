import { findLegalForm } from '../../../catalogue/legal-forms';
import { againstCall, amounts, compared, meets, notYetAgainstCall } from '../../call-requirement';
import { readBoolean, readNumber, readText } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { GATE_SOURCE, type GateRuleSettings } from './gate-settings';

/**
 * Independent legal person (独立法人). Exception: a branch that pays tax in Wuhan with last year's output above (超过,
 * exclusive) the threshold (100 亿元) may apply; its project lies in Wuhan by the form's district list.
 */
export const independentLegalPersonRule = defineRule<GateRuleSettings, unknown>(
  {
    id: 'gate.independent-legal-person',
    title: { zh: '独立法人', en: 'Independent legal person' },
    source: `${GATE_SOURCE}: 细则 第三条； 2025 标杆智能工厂通知； 技改专项补助资金管理办法 第四条`,
  },
  ({ eligibility: { gate } }, profile) => {
    const code = readText(profile.legalForm);
    if (code === undefined) return missing(['profile.legalForm']);
    const form = findLegalForm(code);
    if (form?.isLegalPerson) return pass({ zh: `${form.name.zh}，具有独立法人资格`, en: `${form.name.en}: an independent legal person` }, ['profile.legalForm']);
    const refusal = fail({ zh: '申报主体须为独立法人', en: 'The applicant must be an independent legal person' }, ['profile.legalForm']);
    if (code !== 'branch' || !gate.allowNonIndependentException) return refusal;
    const fields = ['profile.legalForm', 'profile.paysTaxInWuhan', 'profile.outputValueWanYuan'];
    const paysTax = readBoolean(profile.paysTaxInWuhan);
    const output = readNumber(profile.outputValueWanYuan);
    if (paysTax === false) return fail({ zh: '非独立法人须在汉纳税方可申报', en: 'A branch must pay tax in Wuhan to apply' }, fields);
    const threshold = gate.nonIndependentOutputAboveWanYuan;
    const condition = compared('more_than', amounts.wanYuan(threshold));
    const required = { zh: `非独立法人上年产值 ${condition.zh}（超过，不含本数）`, en: `a branch’s output last year ${condition.en} (exclusive)` };
    if (paysTax === undefined || output === undefined) return missing(fields, notYetAgainstCall(required));
    const met = meets(output, 'more_than', threshold);
    const finding = { zh: `非独立法人，在汉纳税，上年产值${amounts.wanYuan(output).zh}`, en: `A branch paying tax in Wuhan with output last year of ${amounts.wanYuan(output).en}` };
    const message = againstCall(finding, met, required);
    return met ? pass(message, fields) : fail(message, fields);
  },
);
