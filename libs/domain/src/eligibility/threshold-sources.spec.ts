import { PROGRAMME_CATEGORY_CODES } from '../catalogue/programme-categories';
import {
  CATEGORY_THRESHOLD_SOURCES,
  THRESHOLD_SOURCES,
  THRESHOLD_SOURCE_KINDS,
  thresholdSettingPaths,
  thresholdSource,
  thresholdSourceText,
} from './threshold-sources';

describe('threshold sources', () => {
  it.each(PROGRAMME_CATEGORY_CODES)('every default of a %s call has a source entry', (category) => {
    const unsourced = thresholdSettingPaths(category).filter((path) => thresholdSource(category, path) === undefined);
    expect(unsourced).toEqual([]);
  });

  it('walks every numeric and boolean default, nested groups included', () => {
    const paths = thresholdSettingPaths('SMART_MFG_PILOT');
    expect(paths).toEqual(expect.arrayContaining(['eligibility.gate.accidentLookbackYears', 'eligibility.investmentFloorsWanYuan.benchmark', 'eligibility.minCncRatePercent', 'review.panelSize', 'workflow.publicNoticeWorkingDays', 'quota']));
    expect(paths.some((path) => path.startsWith('schedule') || path === 'callYear' || path === 'category')).toBe(false);
    expect(thresholdSettingPaths('INNOVATION_CENTRE')).toContain('eligibility.minAllianceMembers');
  });

  it('has no entry for a setting that no longer exists', () => {
    const used = new Set(PROGRAMME_CATEGORY_CODES.flatMap((category) => thresholdSettingPaths(category)));
    expect(Object.keys(THRESHOLD_SOURCES).filter((path) => !used.has(path))).toEqual([]);
    for (const [category, overrides] of Object.entries(CATEGORY_THRESHOLD_SOURCES)) {
      const own = new Set(thresholdSettingPaths(category as (typeof PROGRAMME_CATEGORY_CODES)[number]));
      expect(Object.keys(overrides ?? {}).filter((path) => !own.has(path))).toEqual([]);
    }
  });

  it('cites a document for every source that is not an assumption', () => {
    const all = [...Object.values(THRESHOLD_SOURCES), ...Object.values(CATEGORY_THRESHOLD_SOURCES).flatMap((overrides) => Object.values(overrides ?? {}))];
    for (const source of all) {
      expect(THRESHOLD_SOURCE_KINDS).toContain(source.kind);
      expect(source.note.length).toBeGreaterThan(10);
      if (source.kind !== 'assumption') expect(source.document).toEqual(expect.any(String));
      if (source.url !== null) expect(source.url).toMatch(/^https?:\/\//);
    }
  });

  it.each([
    ['TECH_TRANSFORMATION', 'eligibility.minEquipmentSharePercent'],
    ['INNOVATION_CENTRE', 'eligibility.minShareholders'],
    ['INNOVATION_CENTRE', 'eligibility.maxSingleShareholderPercent'],
    ['INNOVATION_CENTRE', 'eligibility.minRdStaff'],
    ['INNOVATION_CENTRE', 'eligibility.minRdStaffSharePercent'],
    ['INNOVATION_CENTRE', 'eligibility.minAllianceMembers'],
    ['IT_INTEGRATION', 'eligibility.selfAssessmentMaxAgeMonths'],
    ['IT_INTEGRATION', 'eligibility.gate.aboveDesignatedSize'],
    ['SMART_MFG_PILOT', 'review.passLine'],
    ['SMART_MFG_PILOT', 'quota'],
  ] as const)('marks %s %s as an assumption without a policy source', (category, path) => {
    const source = thresholdSource(category, path)!;
    expect(source.kind).toBe('assumption');
    expect(thresholdSourceText(source)).toEqual({ zh: '假设值，无政策依据', en: 'Assumption, no policy source' });
  });

  it('names the document and article of a policy threshold', () => {
    const source = thresholdSource('SMART_MFG_PILOT', 'eligibility.investmentFloorsWanYuan.demonstration')!;
    expect(source).toMatchObject({ kind: 'policy', article: '第四条' });
    expect(thresholdSourceText(source).zh).toBe('政策依据：武汉市工业智能化改造示范类项目奖励资金实施细则 第四条');
    expect(thresholdSourceText(thresholdSource('SMART_MFG_PILOT', 'eligibility.minCncRatePercent')!).zh).toMatch(/^本地申报通知：东湖高新区2021年/);
  });

  it('lets a category’s own default carry its own source', () => {
    expect(thresholdSource('SMART_MFG_PILOT', 'eligibility.gate.aboveDesignatedSize')?.kind).toBe('policy');
    expect(thresholdSource('TECH_TRANSFORMATION', 'eligibility.completion.requireCompletedInCallYear')?.document).toBe('武汉市技改专项补助资金管理办法');
  });
});
