import { buildCallSettings } from '../../../testing';
import { centreLegalFormRule } from './centre-legal-form.rule';

const settings = buildCallSettings('INNOVATION_CENTRE');

describe('centreLegalFormRule', () => {
  it('passes a joint-stock company', () => {
    expect(centreLegalFormRule(settings, { legalForm: 'joint_stock_company' }, {}).outcome).toBe('pass');
  });
  it('fails a non-company enterprise legal person', () => {
    expect(centreLegalFormRule(settings, { legalForm: 'non_company_enterprise' }, {}).outcome).toBe('fail');
  });
  it('reports missing without a legal form', () => {
    expect(centreLegalFormRule(settings, {}, {}).outcome).toBe('missing');
  });
  it('passes any form when the call does not require a company', () => {
    const lax = { ...settings, eligibility: { ...settings.eligibility, requireCompanyForm: false } };
    expect(centreLegalFormRule(lax, { legalForm: 'partnership' }, {}).outcome).toBe('pass');
  });
});
