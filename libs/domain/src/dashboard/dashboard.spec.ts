import { PROGRAMME_CATEGORIES } from '../catalogue/programme-categories';
import { type ApprovalFact, buildDashboard, type DashboardFacts, dashboardYears, isRecordableIndicator, type OutcomeFact, PLAN_PERIOD_YEARS } from './dashboard';

const approvals = (count: number, fact: Omit<ApprovalFact, 'subFieldCode' | 'recommendingUnitCode'> & Partial<ApprovalFact>): ApprovalFact[] =>
  Array.from({ length: count }, () => ({ subFieldCode: null, recommendingUnitCode: null, ...fact }));
const outcomes = (count: number, fact: Omit<OutcomeFact, 'recommendingUnitCode'> & Partial<OutcomeFact>): OutcomeFact[] =>
  Array.from({ length: count }, () => ({ recommendingUnitCode: null, ...fact }));
const facts = (partial: Partial<DashboardFacts>): DashboardFacts => ({ approvals: [], outcomes: [], indicatorValues: [], currentYear: 2026, ...partial });
const target = (view: ReturnType<typeof buildDashboard>, key: string) => view.targets.find((entry) => entry.key === key)!;

describe('the dashboard counts each target the way the plan means it', () => {
  // The city approved 40 pilots in provincial calls (its recommendations), the province recognised 12 of them.
  const smart = facts({
    approvals: [
      ...approvals(20, { category: 'SMART_MFG_PILOT', level: 'municipal', year: 2017 }),
      ...approvals(15, { category: 'SMART_MFG_PILOT', level: 'provincial', year: 2017 }),
      ...approvals(25, { category: 'SMART_MFG_PILOT', level: 'provincial', year: 2018 }),
      ...approvals(6, { category: 'SMART_MFG_PILOT', level: 'national', year: 2018 }),
    ],
    outcomes: [
      ...outcomes(5, { category: 'SMART_MFG_PILOT', level: 'provincial', result: 'recognised', decidedOn: '2017-12-20' }),
      ...outcomes(7, { category: 'SMART_MFG_PILOT', level: 'provincial', result: 'recognised', decidedOn: '2019-01-15' }),
      ...outcomes(3, { category: 'SMART_MFG_PILOT', level: 'provincial', result: 'not_recognised', decidedOn: '2018-12-01' }),
      ...outcomes(2, { category: 'SMART_MFG_PILOT', level: 'national', result: 'recognised', decidedOn: '2018-11-30' }),
    ],
  });

  it('counts the 30 provincial pilots by recorded recognitions, in the year of their document, with the recommendations beside', () => {
    const provincial = target(buildDashboard(smart), 'SMART_MFG_PILOT.provincial');
    expect(provincial.counts).toBe('recognitions');
    expect(provincial.byYear.map((entry) => [entry.year, entry.count, entry.recommended])).toEqual([
      [2017, 5, 15],
      [2018, 0, 25],
      [2019, 7, 0],
      [2026, 0, 0],
    ]);
    expect(provincial.planPeriod).toEqual({ total: 12, percentOfTarget: 40, met: false, recommended: 40 });
    // 40 recommended, 15 outcomes recorded (12 recognised, 3 not): 25 still pending.
    expect(provincial.pending).toBe(25);
  });

  it('counts the 5–8 national pilots by national recognitions only, never the city’s national-level list', () => {
    const national = target(buildDashboard(smart), 'SMART_MFG_PILOT.national');
    expect(national.planPeriod).toMatchObject({ total: 2, percentOfTarget: 40, met: false, recommended: 6 });
    expect(national.pending).toBe(4);
  });

  it('keeps counting municipal approvals for the municipal target, untouched by recommendations', () => {
    const municipal = target(buildDashboard(smart), 'SMART_MFG_PILOT.municipal');
    expect(municipal.counts).toBe('municipal_approvals');
    expect(municipal.planPeriod).toMatchObject({ total: 20, percentOfTarget: 25, recommended: null });
    expect(municipal.pending).toBeNull();
  });

  it('counts innovation centres (3–5 provincial, 1–2 national) by recognitions too', () => {
    const view = buildDashboard(
      facts({
        approvals: approvals(4, { category: 'INNOVATION_CENTRE', level: 'provincial', year: 2018 }),
        outcomes: [
          ...outcomes(3, { category: 'INNOVATION_CENTRE', level: 'provincial', result: 'recognised', decidedOn: '2018-10-10' }),
          ...outcomes(1, { category: 'INNOVATION_CENTRE', level: 'national', result: 'recognised', decidedOn: '2019-06-01' }),
        ],
      }),
    );
    expect(target(view, 'INNOVATION_CENTRE.provincial').planPeriod).toMatchObject({ total: 3, met: true, recommended: 4 });
    expect(target(view, 'INNOVATION_CENTRE.national').planPeriod).toMatchObject({ total: 1, met: true, percentOfTarget: 100 });
    expect(target(view, 'INNOVATION_CENTRE.municipal').planPeriod.total).toBe(0);
  });

  it('counts the 20 national 两化融合 pilot applications as the city’s recommendations and the 5 passing as recognitions', () => {
    const view = buildDashboard(
      facts({
        approvals: approvals(21, { category: 'IT_INTEGRATION', level: 'national', year: 2018 }),
        outcomes: outcomes(5, { category: 'IT_INTEGRATION', level: 'national', result: 'recognised', decidedOn: '2018-12-28' }),
      }),
    );
    const applications = target(view, 'IT_INTEGRATION.national');
    const passed = target(view, 'IT_INTEGRATION.national.2');
    expect([applications.counts, passed.counts]).toEqual(['recommendations', 'recognitions']);
    expect(applications.byYear.find((entry) => entry.year === 2018)).toMatchObject({ count: 21, met: true, percentOfTarget: 105 });
    expect(passed.byYear.find((entry) => entry.year === 2018)).toMatchObject({ count: 5, met: true });
  });
});

describe('yearly targets per year, and a 总计 and percentage over the same years', () => {
  const view = buildDashboard(
    facts({
      approvals: [
        ...approvals(46, { category: 'TECH_TRANSFORMATION', level: 'municipal', year: 2017 }),
        ...approvals(51, { category: 'TECH_TRANSFORMATION', level: 'municipal', year: 2018 }),
        ...approvals(49, { category: 'TECH_TRANSFORMATION', level: 'municipal', year: 2019 }),
        ...approvals(30, { category: 'TECH_TRANSFORMATION', level: 'municipal', year: 2022 }),
        ...approvals(12, { category: 'TECH_TRANSFORMATION', level: 'municipal', year: 2026 }),
      ],
      indicatorValues: [
        { code: 'IT_REGIONAL_EVENTS', year: 2017, value: 10, note: null },
        { code: 'IT_REGIONAL_EVENTS', year: 2018, value: 0, note: '未开展' },
      ],
    }),
  );

  it('shows 50 技改 a year for 2017, 2018, 2019 and the current year; the 总计 and its percentage are both of 2017–2019', () => {
    const tech = target(view, 'TECH_TRANSFORMATION.municipal');
    expect(view.years).toEqual([2017, 2018, 2019, 2026]);
    expect(tech.byYear.map((entry) => [entry.year, entry.count, entry.percentOfTarget, entry.met])).toEqual([
      [2017, 46, 92, false],
      [2018, 51, 102, true],
      [2019, 49, 98, false],
      // The current year is still running: short of 50 is not judged yet.
      [2026, 12, 24, null],
    ]);
    // 146 of 3 × 50: the years summed are the years the percentage is of; 2022 and 2026 are not in either.
    expect(tech.planPeriod).toMatchObject({ total: 146, percentOfTarget: 97.3, met: false });
    const planYears = tech.byYear.filter((entry) => PLAN_PERIOD_YEARS.includes(entry.year));
    expect(planYears.reduce((sum, entry) => sum + entry.count, 0)).toBe(tech.planPeriod.total);
  });

  it('shows the 10 区域行 events a year from recorded values, telling a recorded 0 from nothing recorded', () => {
    const events = target(view, 'IT_INTEGRATION.IT_REGIONAL_EVENTS');
    expect(events).toMatchObject({ counts: 'recorded', indicatorCode: 'IT_REGIONAL_EVENTS', level: null });
    expect(events.byYear.map((entry) => [entry.year, entry.count, entry.recorded, entry.met])).toEqual([
      [2017, 10, true, true],
      [2018, 0, true, false],
      [2019, 0, false, null],
      [2026, 0, false, null],
    ]);
    expect(events.planPeriod).toMatchObject({ total: 10, percentOfTarget: 33.3, met: false });
  });

  it('holds, for every target, that the 总计 is the sum of the plan years shown and its percentage is of that sum', () => {
    for (const entry of view.targets) {
      const sum = entry.byYear.filter((year) => PLAN_PERIOD_YEARS.includes(year.year)).reduce((total, year) => total + year.count, 0);
      expect(entry.planPeriod.total).toBe(sum);
      const planTarget = entry.period === 'per_year' ? entry.min * PLAN_PERIOD_YEARS.length : entry.min;
      expect(entry.planPeriod.percentOfTarget).toBeCloseTo((sum / planTarget) * 100, 1);
    }
  });
});

describe('the current year is the clock’s', () => {
  it('adds the given year after the plan years, and none when it falls inside them', () => {
    expect(dashboardYears(2027)).toEqual([2017, 2018, 2019, 2027]);
    expect(dashboardYears(2018)).toEqual([2017, 2018, 2019]);
    const view = buildDashboard(facts({ currentYear: 2030, approvals: approvals(3, { category: 'SMART_MFG_PILOT', level: 'municipal', year: 2030 }) }));
    expect(view.currentYear).toBe(2030);
    expect(target(view, 'SMART_MFG_PILOT.municipal').byYear.at(-1)).toMatchObject({ year: 2030, count: 3, percentOfTarget: null, met: null });
    // A three-year target's 总计 stays the plan period's.
    expect(target(view, 'SMART_MFG_PILOT.municipal').planPeriod.total).toBe(0);
  });
});

describe('targets the catalogue lacked', () => {
  const view = buildDashboard(
    facts({
      indicatorValues: [
        { code: 'INTL_STANDARDS', year: 2017, value: 1, note: null },
        { code: 'INTL_STANDARDS', year: 2019, value: 1, note: null },
        { code: 'NATIONAL_STANDARDS', year: 2018, value: 6, note: null },
        { code: 'TOP_TALENTS', year: 2017, value: 2, note: null },
        { code: 'TOP_TALENTS', year: 2018, value: 1, note: null },
        { code: 'TOP_TALENTS', year: 2019, value: 0, note: null },
        { code: 'TECH_TRANSFORMATION_COVERAGE', year: 2019, value: 100, note: null },
        { code: 'RD_INSTITUTION_COVERAGE', year: 2019, value: 86.5, note: null },
      ],
    }),
  );

  it('count recorded standards over 2017–2019 against 2–3 international and 10+ national', () => {
    expect(target(view, 'INTL_STANDARDS')).toMatchObject({ counts: 'recorded', min: 2, max: 3, planPeriod: { total: 2, met: true, percentOfTarget: 100 } });
    expect(target(view, 'NATIONAL_STANDARDS')).toMatchObject({ min: 10, max: null, planPeriod: { total: 6, met: false, percentOfTarget: 60 } });
    expect(target(view, 'STANDARDS_TOTAL')).toMatchObject({ min: 30, planPeriod: { total: 0, met: false } });
  });

  it('judge 1–2 top talents in each year', () => {
    expect(target(view, 'TOP_TALENTS').byYear.slice(0, 3).map((entry) => entry.met)).toEqual([true, true, false]);
    expect(target(view, 'TOP_TALENTS').planPeriod).toMatchObject({ total: 3, met: false, percentOfTarget: 100 });
  });

  it('judge the coverage targets on each recorded value, beside Annex 1', () => {
    const indicator = (code: string) => view.indicators.find((entry) => entry.code === code)!;
    expect(indicator('TECH_TRANSFORMATION_COVERAGE')).toMatchObject({ kind: 'plan', values: [{ year: 2019, value: 100, met: true }] });
    expect(indicator('RD_INSTITUTION_COVERAGE').values[0].met).toBe(false);
    expect(view.indicators.filter((entry) => entry.kind === 'annex1')).toHaveLength(11);
    expect(isRecordableIndicator('TOP_TALENTS') && isRecordableIndicator('RD_TO_SALES') && !isRecordableIndicator('NOPE')).toBe(true);
  });

  it('list every programme target once, with its counting and the plan’s words', () => {
    const programmeTargets = view.targets.filter((entry) => entry.category !== null);
    expect(programmeTargets).toHaveLength(PROGRAMME_CATEGORIES.reduce((sum, category) => sum + category.targets.length, 0));
    expect(new Set(view.targets.map((entry) => entry.key)).size).toBe(view.targets.length);
    for (const entry of view.targets) expect(entry.wording.length).toBeGreaterThan(4);
    // The 区域行 events are a programme target, not listed a second time.
    expect(view.targets.filter((entry) => entry.indicatorCode === 'IT_REGIONAL_EVENTS')).toHaveLength(1);
  });
});

describe('by 推荐单位, key field and sub-field', () => {
  it('groups by recommending unit (districts and zones), with approvals, recommendations and recognitions apart', () => {
    const view = buildDashboard(
      facts({
        approvals: [
          ...approvals(3, { category: 'SMART_MFG_PILOT', level: 'municipal', year: 2018, subFieldCode: 'EQUIP_SMART', recommendingUnitCode: 'DHGX' }),
          ...approvals(2, { category: 'SMART_MFG_PILOT', level: 'provincial', year: 2018, subFieldCode: 'EQUIP_SMART', recommendingUnitCode: 'DHGX' }),
          ...approvals(1, { category: 'TECH_TRANSFORMATION', level: 'municipal', year: 2018, subFieldCode: 'AUTO_NEV', recommendingUnitCode: '420111' }),
        ],
        outcomes: outcomes(1, { category: 'SMART_MFG_PILOT', level: 'provincial', result: 'recognised', decidedOn: '2018-12-01', recommendingUnitCode: 'DHGX' }),
      }),
    );
    expect(view.byUnit.map((entry) => [entry.unitCode, entry.approved, entry.recommended, entry.recognised])).toEqual([
      ['DHGX', 3, 2, 1],
      ['420111', 1, 0, 0],
    ]);
    expect(view.byUnit[0].name.zh).toBe('东湖高新区');
    // Sub-fields and key fields count the city's approvals only.
    expect(view.byField.map((entry) => [entry.subFieldCode, entry.count])).toEqual([
      ['EQUIP_SMART', 3],
      ['AUTO_NEV', 1],
    ]);
    expect(view.byKeyField.reduce((sum, entry) => sum + entry.count, 0)).toBe(4);
  });

  it('judges Annex 1 values, reductions against the recorded 2015 baseline', () => {
    const view = buildDashboard(
      facts({
        indicatorValues: [
          { code: 'ENERGY_PER_VALUE_ADDED', year: 2015, value: 1, note: '基期' },
          { code: 'ENERGY_PER_VALUE_ADDED', year: 2019, value: 0.8, note: null },
          { code: 'RD_TO_SALES', year: 2019, value: 2.1, note: null },
        ],
      }),
    );
    expect(view.indicators.find((entry) => entry.code === 'ENERGY_PER_VALUE_ADDED')!.values.map((value) => value.met)).toEqual([null, true]);
    expect(view.indicators.find((entry) => entry.code === 'RD_TO_SALES')!.values[0].met).toBe(true);
  });
});
