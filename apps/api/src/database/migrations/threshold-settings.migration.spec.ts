import { migrateThresholdSettings } from './1765425600000-threshold-settings';

describe('migration 1765425600000: threshold settings', () => {
  const stored = (category: string) => ({
    category,
    eligibility: { gate: { nonIndependentMinOutputWanYuan: 1_000_000, accidentLookbackYears: 2 }, minShareholders: 3 },
  });

  it('renames the branch output setting, keeping its value, and adds the alliance minimum to centre calls', () => {
    const centre = stored('INNOVATION_CENTRE');
    expect(migrateThresholdSettings(centre, true)).toBe(true);
    expect(centre.eligibility).toEqual({ gate: { nonIndependentOutputAboveWanYuan: 1_000_000, accidentLookbackYears: 2 }, minShareholders: 3, minAllianceMembers: 10 });
    expect(migrateThresholdSettings(centre, true)).toBe(false);
  });

  it('leaves other categories without an alliance setting, and reverts', () => {
    const smart = stored('SMART_MFG_PILOT');
    migrateThresholdSettings(smart, true);
    expect(smart.eligibility).not.toHaveProperty('minAllianceMembers');
    const centre = stored('INNOVATION_CENTRE');
    migrateThresholdSettings(centre, true);
    expect(migrateThresholdSettings(centre, false)).toBe(true);
    expect(centre).toEqual(stored('INNOVATION_CENTRE'));
  });

  it('ignores rows without settings', () => {
    expect(migrateThresholdSettings(undefined, true)).toBe(false);
    expect(migrateThresholdSettings({ category: 'INNOVATION_CENTRE' }, true)).toBe(false);
  });
});
