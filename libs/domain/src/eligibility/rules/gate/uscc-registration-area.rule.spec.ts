import { buildCallSettings, buildUscc } from '../../../testing';
import { usccRegistrationAreaRule } from './uscc-registration-area.rule';

const settings = buildCallSettings('TECH_TRANSFORMATION');

describe('usccRegistrationAreaRule', () => {
  it('passes a code issued by a Wuhan authority', () => {
    expect(usccRegistrationAreaRule(settings, { uscc: '91420100MAEC200T12' }, {}).outcome).toBe('pass');
  });
  it('only warns for a code issued by the provincial bureau', () => {
    const result = usccRegistrationAreaRule(settings, { uscc: buildUscc({ division: '420000' }) }, {});
    expect(result.outcome).toBe('warn');
    expect(result.message.zh).toContain('420000');
  });
  it('only warns for a Shenzhen-registered company', () => {
    expect(usccRegistrationAreaRule(settings, { uscc: '914403001922038216' }, {}).outcome).toBe('warn');
  });
  it('reports missing when the code is absent or invalid', () => {
    expect(usccRegistrationAreaRule(settings, {}, {}).outcome).toBe('missing');
    expect(usccRegistrationAreaRule(settings, { uscc: '91420100MAEC200T13' }, {}).outcome).toBe('missing');
    expect(usccRegistrationAreaRule(settings, { uscc: 'not a code' }, {}).outcome).toBe('missing');
  });
});
