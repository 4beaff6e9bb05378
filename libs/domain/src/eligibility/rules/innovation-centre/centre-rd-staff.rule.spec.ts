import { buildCallSettings } from '../../../testing';
import { centreRdStaffRule } from './centre-rd-staff.rule';

const settings = buildCallSettings('INNOVATION_CENTRE');

describe('centreRdStaffRule', () => {
  it('passes 30 R&D staff whatever the headcount', () => {
    expect(centreRdStaffRule(settings, {}, { rdStaffCount: 30 }).outcome).toBe('pass');
  });
  it('passes 20 R&D staff out of 40 employees (50 %)', () => {
    const result = centreRdStaffRule(settings, { employees: 40 }, { rdStaffCount: 20 });
    expect(result.outcome).toBe('pass');
    expect(result.message.en).toContain('50%');
  });
  it('fails 20 R&D staff out of 100 employees', () => {
    expect(centreRdStaffRule(settings, { employees: 100 }, { rdStaffCount: 20 }).outcome).toBe('fail');
  });
  it('fails a centre that reports no employees at all', () => {
    expect(centreRdStaffRule(settings, { employees: 0 }, { rdStaffCount: 0 }).outcome).toBe('fail');
  });
  it('reports missing without the R&D staff, or without employees when the share decides', () => {
    expect(centreRdStaffRule(settings, { employees: 40 }, {}).outcome).toBe('missing');
    expect(centreRdStaffRule(settings, {}, { rdStaffCount: 20 }).outcome).toBe('missing');
  });
});
