import { decodeLocalizedMessage } from '../i18n/localized-text';
import { districtNameZh } from '../catalogue/districts';
import { subFieldNameZh } from '../catalogue/key-fields';
import { flagOutliers, flagOutliersOnceEnough } from './outliers';
import { rankApplications } from './ranking';
import { DEFAULT_RUBRIC, RubricSchema, validateRubric } from './rubric';
import { scoreSheetSchema, validatePoints, weightedTotal } from './weighted-total';

describe('rubric', () => {
  it('has a default with weights adding up to 100', () => {
    expect(validateRubric(DEFAULT_RUBRIC)).toEqual([]);
    expect(RubricSchema.parse(DEFAULT_RUBRIC)).toEqual(DEFAULT_RUBRIC);
  });
  it('reports weights that do not add up, duplicate ids and empty rubrics', () => {
    const [first, second] = DEFAULT_RUBRIC.criteria;
    const problems = validateRubric({ criteria: [first, { ...second, id: first.id }] });
    expect(problems.map((problem) => problem.en)).toEqual(['Weights must add up to 100; they add up to 55', `Duplicate criterion id: ${first.id}`]);
    expect(validateRubric({ criteria: [] })[0].en).toBe('A rubric needs at least one criterion');
    expect(validateRubric({ criteria: [{ ...first, weight: 100, maxPoints: 0 }] }).map((p) => p.en)).toEqual([`Criterion ${first.id} needs maximum points above 0`]);
    expect(validateRubric({ criteria: [{ ...first, weight: 0 }, { ...second, weight: 100 }] }).map((p) => p.en)).toEqual([`Criterion ${first.id} needs a weight above 0`]);
  });
  it('turns rubric problems into bilingual zod issues', () => {
    const result = RubricSchema.safeParse({ criteria: [{ ...DEFAULT_RUBRIC.criteria[0] }] });
    expect(decodeLocalizedMessage(result.error?.issues[0].message ?? '', 'zh-CN')).toBe('各评分项权重之和应为100，当前为30');
  });
});

describe('weightedTotal', () => {
  it('adds points scaled to each criterion’s weight', () => {
    expect(weightedTotal(DEFAULT_RUBRIC, { technology: 27, demonstration: 20, benefits: 22.5, foundation: 18 })).toBe(87.5);
    const halves = { criteria: [
      { id: 'a', name: { zh: '甲', en: 'A' }, description: { zh: '', en: '' }, weight: 60, maxPoints: 10 },
      { id: 'b', name: { zh: '乙', en: 'B' }, description: { zh: '', en: '' }, weight: 40, maxPoints: 5 },
    ] };
    expect(weightedTotal(halves, { a: 7, b: 3 })).toBe(66);
  });
  it('refuses missing, out-of-range or unknown points', () => {
    expect(validatePoints(DEFAULT_RUBRIC, { technology: 31, demonstration: 20, benefits: 20, extra: 1 }).map((problem) => problem.en)).toEqual([
      '"Technical advancement" takes 0–30 points',
      'Score "Foundation and safeguards"',
      'Unknown criterion: extra',
    ]);
    expect(() => weightedTotal(DEFAULT_RUBRIC, { technology: 10 })).toThrow(RangeError);
  });
  it('validates a score sheet with a schema built from the rubric', () => {
    const schema = scoreSheetSchema(DEFAULT_RUBRIC);
    expect(schema.safeParse({ points: { technology: 27, demonstration: 20, benefits: 22, foundation: 18 }, comment: ' 良好 ' }).data?.comment).toBe('良好');
    expect(schema.safeParse({ points: { technology: 27 } }).error?.issues).toHaveLength(3);
  });
});

describe('flagOutliers', () => {
  it('flags an expert more than 15 points from the panel’s trimmed mean', () => {
    const totals = [80, 82, 84, 86, 60].map((total, index) => ({ expertId: `E${index}`, total }));
    // trimmed mean of 60, 80, 82, 84, 86 = 82
    expect(flagOutliers(totals).map((entry) => [entry.expertId, entry.deviation, entry.isOutlier])).toEqual([
      ['E0', 2, false],
      ['E1', 0, false],
      ['E2', 2, false],
      ['E3', 4, false],
      ['E4', 22, true],
    ]);
  });
  it('does not flag an expert exactly at the threshold, and follows the call’s threshold', () => {
    const totals = [{ expertId: 'a', total: 70 }, { expertId: 'b', total: 100 }];
    expect(flagOutliers(totals).map((entry) => entry.isOutlier)).toEqual([false, false]);
    expect(flagOutliers(totals, 10).map((entry) => entry.isOutlier)).toEqual([true, true]);
    expect(flagOutliers([])).toEqual([]);
  });
});

describe('rankApplications', () => {
  it('orders by trimmed mean, then median, then earlier submission, then id', () => {
    const ranked = rankApplications(
      [
        { applicationId: 'late-tie', expertTotals: [80, 80, 80], submittedAt: '2025-09-20T10:00:00+08:00' },
        { applicationId: 'best', expertTotals: [90, 91, 92], submittedAt: '2025-09-29T10:00:00+08:00' },
        { applicationId: 'early-tie', expertTotals: [80, 80, 80], submittedAt: '2025-09-10T10:00:00+08:00' },
        { applicationId: 'median-wins', expertTotals: [70, 85, 85], submittedAt: '2025-09-25T10:00:00+08:00' },
        { applicationId: 'b-same', expertTotals: [50], submittedAt: '2025-09-01' },
        { applicationId: 'a-same', expertTotals: [50], submittedAt: '2025-09-01' },
      ],
      { quota: 3, passLine: 60 },
    );
    expect(ranked.map((entry) => [entry.rank, entry.applicationId, entry.withinQuota])).toEqual([
      [1, 'best', true],
      [2, 'median-wins', true],
      [3, 'early-tie', true],
      [4, 'late-tie', false],
      [5, 'a-same', false],
      [6, 'b-same', false],
    ]);
    expect(ranked[1]).toMatchObject({ trimmedMean: 80, median: 85, passed: true });
    expect(ranked[4].passed).toBe(false);
  });
  it('leaves quota seats empty rather than shortlist below the pass line', () => {
    const ranked = rankApplications([{ applicationId: 'x', expertTotals: [55], submittedAt: '2025-09-01' }], { quota: 5, passLine: 60 });
    expect(ranked[0]).toMatchObject({ passed: false, withinQuota: false });
    expect(rankApplications([{ applicationId: 'x', expertTotals: [55], submittedAt: '2025-09-01' }], { quota: 1 })[0].withinQuota).toBe(true);
  });
  it('falls back to text order for unparseable submission times and refuses a bad quota', () => {
    const ranked = rankApplications(
      [
        { applicationId: 'b', expertTotals: [70], submittedAt: 'unknown-2' },
        { applicationId: 'a', expertTotals: [70], submittedAt: 'unknown-1' },
        { applicationId: 'c', expertTotals: [70], submittedAt: 'unknown-1' },
      ],
      { quota: 1 },
    );
    expect(ranked.map((entry) => entry.applicationId)).toEqual(['a', 'c', 'b']);
    expect(() => rankApplications([], { quota: -1 })).toThrow(RangeError);
  });
});

describe('flagOutliersOnceEnough', () => {
  it('flags nothing below three totals, and as flagOutliers from three on', () => {
    expect(flagOutliersOnceEnough([{ expertId: 'a', total: 90 }, { expertId: 'b', total: 20 }], 15).some((entry) => entry.isOutlier)).toBe(false);
    const three = [{ expertId: 'a', total: 90 }, { expertId: 'b', total: 85 }, { expertId: 'c', total: 20 }];
    expect(flagOutliersOnceEnough(three, 15)).toEqual(flagOutliers(three, 15));
  });
});

describe('printed catalogue names', () => {
  it('names districts and sub-fields in Chinese, keeps unknown codes, and prints nothing for none', () => {
    expect(districtNameZh('420111')).toBe('洪山区');
    expect(districtNameZh('999999')).toBe('999999');
    expect(districtNameZh(null)).toBe('');
    expect(subFieldNameZh('EQUIP_SMART')).toBe('智能装备');
    expect(subFieldNameZh('NOPE')).toBe('NOPE');
    expect(subFieldNameZh(null)).toBe('');
  });
});
