import { buildCallSettings } from '../../../testing';
import { erpMesIntegrationRule } from './erp-mes-integration.rule';

const settings = buildCallSettings('SMART_MFG_PILOT');

describe('erpMesIntegrationRule', () => {
  it('passes ERP and MES exchanging data', () => {
    expect(erpMesIntegrationRule(settings, {}, { hasErp: true, hasMes: true, erpMesDataExchange: true }).outcome).toBe('pass');
  });
  it('fails a factory without an MES', () => {
    expect(erpMesIntegrationRule(settings, {}, { hasErp: true, hasMes: false }).outcome).toBe('fail');
  });
  it('fails ERP and MES that do not exchange data', () => {
    expect(erpMesIntegrationRule(settings, {}, { hasErp: true, hasMes: true, erpMesDataExchange: false }).outcome).toBe('fail');
  });
  it('reports missing while any answer is open', () => {
    expect(erpMesIntegrationRule(settings, {}, { hasErp: true, hasMes: true }).outcome).toBe('missing');
  });
  it('passes when the call does not require integration', () => {
    const lax = { ...settings, eligibility: { ...settings.eligibility, requireErpMesIntegration: false } };
    expect(erpMesIntegrationRule(lax, {}, { hasErp: false }).outcome).toBe('pass');
  });
});
