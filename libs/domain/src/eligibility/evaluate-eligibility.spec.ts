import {
  buildCallSettings,
  buildEnterpriseProfile,
  buildInnovationCentreApplication,
  buildItIntegrationApplication,
  buildSmartMfgApplication,
  buildTechTransformationApplication,
} from '../testing';
import {
  countOutcomes,
  eligibilityVerdict,
  evaluateEligibility,
  evaluateInnovationCentreEligibility,
  evaluateItIntegrationEligibility,
  evaluateSmartMfgEligibility,
  evaluateTechTransformationEligibility,
} from './evaluate-eligibility';
import { ELIGIBILITY_RULE_SETS, GATE_RULES } from './rule-sets';

const context = { otherApplicationsInCall: 0 };

describe('evaluateEligibility', () => {
  it('finds a complete smart-manufacturing pilot eligible on every rule', () => {
    const report = evaluateSmartMfgEligibility(buildCallSettings('SMART_MFG_PILOT'), buildEnterpriseProfile(), buildSmartMfgApplication(), context);
    expect(report.results.filter((result) => result.outcome !== 'pass')).toEqual([]);
    expect(report).toMatchObject({ category: 'SMART_MFG_PILOT', verdict: 'eligible' });
    expect(report.counts.pass).toBe(ELIGIBILITY_RULE_SETS.SMART_MFG_PILOT.length);
  });
  it('finds complete applications of the other three categories eligible', () => {
    const profile = buildEnterpriseProfile();
    expect(evaluateTechTransformationEligibility(buildCallSettings('TECH_TRANSFORMATION'), profile, buildTechTransformationApplication(), context).verdict).toBe('eligible');
    expect(evaluateInnovationCentreEligibility(buildCallSettings('INNOVATION_CENTRE'), profile, buildInnovationCentreApplication(), context).verdict).toBe('eligible');
    expect(evaluateItIntegrationEligibility(buildCallSettings('IT_INTEGRATION'), profile, buildItIntegrationApplication(), context).verdict).toBe('eligible');
  });
  it('calls an empty draft incomplete, never ineligible', () => {
    const report = evaluateEligibility('TECH_TRANSFORMATION', buildCallSettings('TECH_TRANSFORMATION'), {}, {});
    expect(report.verdict).toBe('incomplete');
    expect(report.counts.fail).toBe(0);
    expect(report.results.every((result) => result.outcome === 'missing' || result.outcome === 'pass')).toBe(true);
  });
  it('calls an application with one failing rule ineligible even while others are missing', () => {
    const report = evaluateEligibility('SMART_MFG_PILOT', buildCallSettings('SMART_MFG_PILOT'), { listedAsDishonest: true }, {});
    expect(report.verdict).toBe('ineligible');
    expect(report.results.find((result) => result.ruleId === 'gate.not-dishonest')?.outcome).toBe('fail');
  });
  it('keeps an application with only warnings eligible', () => {
    const report = evaluateTechTransformationEligibility(
      buildCallSettings('TECH_TRANSFORMATION'),
      buildEnterpriseProfile({ uscc: '914403001922038216' }),
      buildTechTransformationApplication({ rdInvestmentWanYuan: 1_000 }),
      context,
    );
    expect(report.counts.warn).toBe(2);
    expect(report.verdict).toBe('eligible');
  });
  it('returns every rule’s result once, gate rules first', () => {
    const report = evaluateItIntegrationEligibility(buildCallSettings('IT_INTEGRATION'), {}, {});
    expect(report.results.map((result) => result.ruleId)).toEqual(ELIGIBILITY_RULE_SETS.IT_INTEGRATION.map((rule) => rule.id));
    expect(report.results.slice(0, GATE_RULES.length).map((result) => result.ruleId)).toEqual(GATE_RULES.map((rule) => rule.id));
  });
  it('gives every rule a unique id, a bilingual title and a source', () => {
    const rules = Object.values(ELIGIBILITY_RULE_SETS).flat();
    const ids = new Set(rules.map((rule) => rule.id));
    expect(ids.size).toBe(new Set(rules).size);
    for (const rule of rules) {
      expect(rule.title.zh).not.toBe('');
      expect(rule.title.en).not.toBe('');
      expect(rule.source).not.toBe('');
    }
  });
});

describe('eligibilityVerdict and countOutcomes', () => {
  const result = (outcome: 'pass' | 'fail' | 'warn' | 'missing') => ({ ruleId: outcome, outcome, message: { zh: '', en: '' }, fields: [] });
  it('ranks fail over missing over warn and pass', () => {
    expect(eligibilityVerdict([result('pass'), result('warn')])).toBe('eligible');
    expect(eligibilityVerdict([result('missing'), result('warn')])).toBe('incomplete');
    expect(eligibilityVerdict([result('missing'), result('fail')])).toBe('ineligible');
    expect(eligibilityVerdict([])).toBe('eligible');
  });
  it('counts each outcome', () => {
    expect(countOutcomes([result('pass'), result('pass'), result('fail')])).toEqual({ pass: 2, fail: 1, warn: 0, missing: 0 });
  });
});
