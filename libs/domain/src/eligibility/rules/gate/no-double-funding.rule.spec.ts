import { buildCallSettings } from '../../../testing';
import { noDoubleFundingRule } from './no-double-funding.rule';

const settings = buildCallSettings('TECH_TRANSFORMATION');

describe('noDoubleFundingRule', () => {
  it('passes when the applicant declares no double funding', () => {
    expect(noDoubleFundingRule(settings, {}, { noDoubleFundingDeclared: true }).outcome).toBe('pass');
  });
  it('fails when the applicant says the project is funded elsewhere', () => {
    expect(noDoubleFundingRule(settings, {}, { noDoubleFundingDeclared: false }).outcome).toBe('fail');
  });
  it('reports missing while the declaration is unanswered', () => {
    expect(noDoubleFundingRule(settings, {}, {}).outcome).toBe('missing');
  });
});
