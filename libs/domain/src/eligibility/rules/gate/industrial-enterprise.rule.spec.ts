import { buildCallSettings } from '../../../testing';
import { industrialEnterpriseRule } from './industrial-enterprise.rule';

const settings = buildCallSettings('IT_INTEGRATION');

describe('industrialEnterpriseRule', () => {
  it('passes a manufacturer (division 39)', () => {
    expect(industrialEnterpriseRule(settings, { industryDivisionCode: '39' }, {}).outcome).toBe('pass');
  });
  it('passes mining (08) and utilities (44), which are industry too', () => {
    expect(industrialEnterpriseRule(settings, { industryDivisionCode: '08' }, {}).outcome).toBe('pass');
    expect(industrialEnterpriseRule(settings, { industryDivisionCode: '44' }, {}).outcome).toBe('pass');
  });
  it('fails a software company (division 65)', () => {
    expect(industrialEnterpriseRule(settings, { industryDivisionCode: '65' }, {}).outcome).toBe('fail');
  });
  it('reports missing while the industry is not given', () => {
    expect(industrialEnterpriseRule(settings, {}, {}).outcome).toBe('missing');
  });
  it('passes anyone when the call does not require industry (innovation centres)', () => {
    const centre = buildCallSettings('INNOVATION_CENTRE');
    const result = industrialEnterpriseRule(centre, { industryDivisionCode: '73' }, {});
    expect(result.outcome).toBe('pass');
    expect(result.message.en).toContain('does not require');
  });
});
