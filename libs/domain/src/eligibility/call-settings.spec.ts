import { PROGRAMME_CATEGORY_CODES } from '../catalogue/programme-categories';
import { decodeLocalizedMessage } from '../i18n/localized-text';
import { CallScheduleSchema, CallSettingsSchema, DEFAULT_QUOTAS, defaultCallSettings, referenceDateOf } from './call-settings';

const schedule = { opensOn: '2025-09-01', applicationDeadline: '2025-09-30' };

describe('call settings', () => {
  it('builds defaults that validate against the schema for every category', () => {
    for (const category of PROGRAMME_CATEGORY_CODES) {
      const settings = defaultCallSettings(category, schedule);
      expect(settings.category).toBe(category);
      expect(settings.callYear).toBe(2025);
      expect(settings.quota).toBe(DEFAULT_QUOTAS[category]);
      expect(CallSettingsSchema.parse(settings)).toEqual(settings);
    }
  });
  it('documents the defaults from the sources', () => {
    const smart = defaultCallSettings('SMART_MFG_PILOT', schedule);
    expect(smart.eligibility.investmentFloorsWanYuan).toEqual({ demonstration: 1000, benchmark: 5000, lighthouse: 10000 });
    expect(smart.eligibility.minCncRatePercent).toBe(70);
    expect(smart.eligibility.gate.accidentLookbackYears).toBe(2);
    expect(smart.review).toMatchObject({ panelSize: 7, outlierThresholdPoints: 15, passLine: 60, coApplicationLookbackYears: 3, blindReview: false, unitRecommendationQuota: 0, unitQuotaOverrides: {} });
    expect(smart.review.formalChecklist.map((item) => item.key)).toEqual(['attachments_complete', 'seals_present', 'figures_consistent', 'commitments_signed']);
    const tech = defaultCallSettings('TECH_TRANSFORMATION', schedule);
    expect(tech.eligibility).toMatchObject({ minEquipmentInvestmentWanYuan: 2000, maxConstructionYears: 2, rdCapShareOfEquipmentPercent: 20 });
    expect(defaultCallSettings('INNOVATION_CENTRE', schedule).eligibility.gate.requireIndustrialEnterprise).toBe(false);
    expect(defaultCallSettings('IT_INTEGRATION', schedule).eligibility.gate.aboveDesignatedSize).toBe('preferred');
  });
  it('does not share nested objects between calls', () => {
    const a = defaultCallSettings('SMART_MFG_PILOT', schedule);
    const b = defaultCallSettings('SMART_MFG_PILOT', schedule);
    a.eligibility.gate.accidentLookbackYears = 3;
    a.review.panelSize = 9;
    expect(b.eligibility.gate.accidentLookbackYears).toBe(2);
    expect(b.review.panelSize).toBe(7);
  });
  it('rejects an even or too small panel', () => {
    const settings = defaultCallSettings('TECH_TRANSFORMATION', schedule);
    const even = CallSettingsSchema.safeParse({ ...settings, review: { ...settings.review, panelSize: 8 } });
    expect(even.success).toBe(false);
    expect(decodeLocalizedMessage(even.error?.issues[0].message ?? '', 'en')).toBe('The panel size must be odd');
    expect(CallSettingsSchema.safeParse({ ...settings, review: { ...settings.review, panelSize: 3 } }).success).toBe(false);
  });
  it('rejects a deadline before the opening day and settings of the wrong shape for the category', () => {
    expect(CallScheduleSchema.safeParse({ opensOn: '2025-09-30', applicationDeadline: '2025-09-01' }).success).toBe(false);
    const tech = defaultCallSettings('TECH_TRANSFORMATION', schedule);
    expect(CallSettingsSchema.safeParse({ ...tech, category: 'SMART_MFG_PILOT' }).success).toBe(false);
  });
  it('counts eligibility windows back from the deadline', () => {
    expect(referenceDateOf(defaultCallSettings('IT_INTEGRATION', schedule))).toBe('2025-09-30');
  });
});
