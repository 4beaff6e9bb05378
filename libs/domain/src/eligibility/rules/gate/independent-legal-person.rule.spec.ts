import { buildCallSettings } from '../../../testing';
import { independentLegalPersonRule } from './independent-legal-person.rule';

const settings = buildCallSettings('SMART_MFG_PILOT');
const noException = { ...settings, eligibility: { ...settings.eligibility, gate: { ...settings.eligibility.gate, allowNonIndependentException: false } } };
const bigBranch = { legalForm: 'branch' as const, paysTaxInWuhan: true, outputValueWanYuan: 1_200_000 };

describe('independentLegalPersonRule', () => {
  it('passes a limited liability company', () => {
    expect(independentLegalPersonRule(settings, { legalForm: 'limited_liability_company' }, {}).outcome).toBe('pass');
  });
  it('fails a partnership, which is not a legal person', () => {
    expect(independentLegalPersonRule(settings, { legalForm: 'partnership' }, {}).outcome).toBe('fail');
  });
  it('passes a branch paying tax in Wuhan with output above 100 亿元 (the exception)', () => {
    const result = independentLegalPersonRule(settings, bigBranch, {});
    expect(result.outcome).toBe('pass');
    expect(result.fields).toContain('profile.outputValueWanYuan');
  });
  it('fails a branch whose output is exactly 100 亿元 (must exceed)', () => {
    expect(independentLegalPersonRule(settings, { ...bigBranch, outputValueWanYuan: 1_000_000 }, {}).outcome).toBe('fail');
  });
  it('fails a branch that does not pay tax in Wuhan', () => {
    expect(independentLegalPersonRule(settings, { ...bigBranch, paysTaxInWuhan: false }, {}).outcome).toBe('fail');
  });
  it('fails a large branch when the call allows no exception', () => {
    expect(independentLegalPersonRule(noException, bigBranch, {}).outcome).toBe('fail');
  });
  it('reports missing without a legal form, or for a branch without tax and output data', () => {
    expect(independentLegalPersonRule(settings, {}, {}).outcome).toBe('missing');
    expect(independentLegalPersonRule(settings, { legalForm: 'branch', paysTaxInWuhan: true }, {}).outcome).toBe('missing');
    expect(independentLegalPersonRule(settings, { legalForm: 'branch', outputValueWanYuan: 2_000_000 }, {}).outcome).toBe('missing');
  });
  it('fails an unknown legal form code', () => {
    expect(independentLegalPersonRule(settings, { legalForm: 'cooperative' as never }, {}).outcome).toBe('fail');
  });
});
