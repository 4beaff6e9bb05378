import { buildCallSettings } from '../testing';
import type { RuleResult } from './rule-types';
import { aboveDesignatedSizeRule } from './rules/gate/above-designated-size.rule';
import { independentLegalPersonRule } from './rules/gate/independent-legal-person.rule';
import { noMajorAccidentRule } from './rules/gate/no-major-accident.rule';
import { oneApplicationPerCallRule } from './rules/gate/one-application-per-call.rule';
import { centreAllianceRule } from './rules/innovation-centre/centre-alliance.rule';
import { centreRdSpendingRule } from './rules/innovation-centre/centre-rd-spending.rule';
import { centreRdStaffRule } from './rules/innovation-centre/centre-rd-staff.rule';
import { centreShareholdersRule } from './rules/innovation-centre/centre-shareholders.rule';
import { selfAssessmentRule } from './rules/it-integration/self-assessment.rule';
import { systemRunningRule } from './rules/it-integration/system-running.rule';
import { cncRateRule } from './rules/smart-mfg/cnc-rate.rule';
import { smartInvestmentFloorRule } from './rules/smart-mfg/smart-investment-floor.rule';
import { smartProjectWindowRule } from './rules/smart-mfg/smart-project-window.rule';
import { constructionPeriodRule } from './rules/tech-transformation/construction-period.rule';
import { equipmentInvestmentFloorRule } from './rules/tech-transformation/equipment-investment-floor.rule';
import { equipmentShareRule } from './rules/tech-transformation/equipment-share.rule';
import { rdCapRule } from './rules/tech-transformation/rd-cap.rule';

/**
 * Every threshold rule at its boundary, under the default settings (deadline 2025-09-30): the wording decides whether
 * the number itself qualifies. 以上/不低于/不少于/不超过/以内 include it; 超过 excludes it. Each result is worded as what
 * this call requires (本批次要求), with the call's value.
 */
const smart = buildCallSettings('SMART_MFG_PILOT');
const tech = buildCallSettings('TECH_TRANSFORMATION');
const centre = buildCallSettings('INNOVATION_CENTRE');
const it2 = buildCallSettings('IT_INTEGRATION');
const requiredSize = { ...smart, eligibility: { ...smart.eligibility, gate: { ...smart.eligibility.gate, aboveDesignatedSize: 'required' as const } } };
const holders = (...shares: number[]) => shares.map((sharePercent, index) => ({ name: `股东${index + 1}`, sharePercent }));

interface Case {
  name: string;
  atBoundary: () => RuleResult;
  beyond: () => RuleResult;
  /** The outcome exactly at the threshold, and the outcome one step past it on the wrong side. */
  expected: [RuleResult['outcome'], RuleResult['outcome']];
  /** What the message must say the call requires. */
  requirement: string;
}

const CASES: Case[] = [
  {
    name: '规上 revenue 2000 万元及以上 (inclusive)',
    atBoundary: () => aboveDesignatedSizeRule(requiredSize, { declaredAboveDesignatedSize: true, revenueWanYuan: 2000 }, {}),
    beyond: () => aboveDesignatedSizeRule(requiredSize, { declaredAboveDesignatedSize: true, revenueWanYuan: 1999.99 }, {}),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：规上企业，主营业务收入 ≥ 2000万元',
  },
  {
    name: 'branch output 超过 100 亿元 (exclusive)',
    atBoundary: () => independentLegalPersonRule(smart, { legalForm: 'branch', paysTaxInWuhan: true, outputValueWanYuan: 1_000_000 }, {}),
    beyond: () => independentLegalPersonRule(smart, { legalForm: 'branch', paysTaxInWuhan: true, outputValueWanYuan: 1_000_000.01 }, {}),
    expected: ['fail', 'pass'],
    requirement: '本批次要求：非独立法人上年产值 > 100亿元（超过，不含本数）',
  },
  {
    name: 'accident look-back: an accident on the window’s first day counts',
    atBoundary: () => noMajorAccidentRule(smart, { hasMajorAccidentRecord: true, lastMajorAccidentDate: '2023-09-30' }, {}),
    beyond: () => noMajorAccidentRule(smart, { hasMajorAccidentRecord: true, lastMajorAccidentDate: '2023-09-29' }, {}),
    expected: ['fail', 'pass'],
    requirement: '本批次要求：近2年内无重大安全、环保、质量事故',
  },
  {
    name: 'applications per enterprise ≤ 1 (inclusive)',
    atBoundary: () => oneApplicationPerCallRule(smart, {}, {}, { otherApplicationsInCall: 0 }),
    beyond: () => oneApplicationPerCallRule(smart, {}, {}, { otherApplicationsInCall: 1 }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：每家企业 ≤ 1项',
  },
  {
    name: 'pilot start on the window’s first day (及以后, inclusive)',
    atBoundary: () => smartProjectWindowRule(smart, {}, { startDate: '2023-09-30' }),
    beyond: () => smartProjectWindowRule(smart, {}, { startDate: '2023-09-29' }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：2023-09-30及以后开工',
  },
  {
    name: 'pilot investment floor 1000 万元 (不低于, inclusive)',
    atBoundary: () => smartInvestmentFloorRule(smart, {}, { pilotTier: 'demonstration', equipmentInvestmentWanYuan: 800, rdInvestmentWanYuan: 200 }),
    beyond: () => smartInvestmentFloorRule(smart, {}, { pilotTier: 'demonstration', equipmentInvestmentWanYuan: 800, rdInvestmentWanYuan: 199.99 }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：示范项目/示范智能工厂设备与研发投入 ≥ 1000万元',
  },
  {
    name: '数控化率 70% 以上 (inclusive)',
    atBoundary: () => cncRateRule(smart, {}, { cncRatePercent: 70 }),
    beyond: () => cncRateRule(smart, {}, { cncRatePercent: 69.9 }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：≥ 70%',
  },
  {
    name: 'construction period 不超过 2 年 (inclusive)',
    atBoundary: () => constructionPeriodRule(tech, {}, { startDate: '2023-03-01', completionDate: '2025-03-01' }),
    beyond: () => constructionPeriodRule(tech, {}, { startDate: '2023-03-01', completionDate: '2025-03-02' }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：建设期 ≤ 2年',
  },
  {
    name: 'equipment investment 2000 万元以上 (inclusive)',
    atBoundary: () => equipmentInvestmentFloorRule(tech, {}, { equipmentInvestmentWanYuan: 2000 }),
    beyond: () => equipmentInvestmentFloorRule(tech, {}, { equipmentInvestmentWanYuan: 1999.99 }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：设备投资 ≥ 2000万元',
  },
  {
    name: 'equipment share 25 % (不低于, inclusive; an assumption)',
    atBoundary: () => equipmentShareRule(tech, {}, { equipmentInvestmentWanYuan: 500, totalInvestmentWanYuan: 2000 }),
    beyond: () => equipmentShareRule(tech, {}, { equipmentInvestmentWanYuan: 499.9, totalInvestmentWanYuan: 2000 }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：设备投资占比 ≥ 25%',
  },
  {
    name: 'R&D counted up to 20 % of equipment (不超过, inclusive)',
    atBoundary: () => rdCapRule(tech, {}, { equipmentInvestmentWanYuan: 3000, rdInvestmentWanYuan: 600 }),
    beyond: () => rdCapRule(tech, {}, { equipmentInvestmentWanYuan: 3000, rdInvestmentWanYuan: 600.01 }),
    expected: ['pass', 'warn'],
    requirement: '本批次要求：研发投入按 ≤ 20% 设备投资计入',
  },
  {
    name: 'shareholders 不少于 3 家 (inclusive)',
    atBoundary: () => centreShareholdersRule(centre, {}, { shareholders: holders(40, 30, 30) }),
    beyond: () => centreShareholdersRule(centre, {}, { shareholders: holders(50, 50) }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：股东 ≥ 3家，单一股东持股 ≤ 50%',
  },
  {
    name: 'single shareholding 不超过 50 % (inclusive)',
    atBoundary: () => centreShareholdersRule(centre, {}, { shareholders: holders(50, 25, 25) }),
    beyond: () => centreShareholdersRule(centre, {}, { shareholders: holders(50.01, 24.99, 25) }),
    expected: ['pass', 'fail'],
    requirement: '单一股东持股 ≤ 50%',
  },
  {
    name: 'alliance members 不少于 10 家 (inclusive; an assumption)',
    atBoundary: () => centreAllianceRule(centre, {}, { allianceMemberCount: 10 }),
    beyond: () => centreAllianceRule(centre, {}, { allianceMemberCount: 9 }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：联盟成员单位 ≥ 10家',
  },
  {
    name: 'R&D staff 不少于 30 人 (inclusive)',
    atBoundary: () => centreRdStaffRule(centre, { employees: 1000 }, { rdStaffCount: 30 }),
    beyond: () => centreRdStaffRule(centre, { employees: 1000 }, { rdStaffCount: 29 }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：研发人员 ≥ 30人，或占从业人员 ≥ 50%',
  },
  {
    name: 'R&D staff share 50 % 以上 (inclusive)',
    atBoundary: () => centreRdStaffRule(centre, { employees: 40 }, { rdStaffCount: 20 }),
    beyond: () => centreRdStaffRule(centre, { employees: 41 }, { rdStaffCount: 20 }),
    expected: ['pass', 'fail'],
    requirement: '或占从业人员 ≥ 50%',
  },
  {
    name: 'R&D spending 30 % 以上 of total costs (inclusive)',
    atBoundary: () => centreRdSpendingRule(centre, {}, { rdExpenseWanYuan: 300, totalCostWanYuan: 1000 }),
    beyond: () => centreRdSpendingRule(centre, {}, { rdExpenseWanYuan: 299.9, totalCostWanYuan: 1000 }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：研发经费占成本费用 ≥ 30%',
  },
  {
    name: 'self-assessment 近 12 个月内 (inclusive of the first day)',
    atBoundary: () => selfAssessmentRule(it2, {}, { selfAssessmentCompleted: true, selfAssessmentDate: '2024-09-30' }),
    beyond: () => selfAssessmentRule(it2, {}, { selfAssessmentCompleted: true, selfAssessmentDate: '2024-09-29' }),
    expected: ['pass', 'fail'],
    requirement: '本批次要求：自评估在近12个月内完成（2024-09-30及以后）',
  },
  {
    name: 'system running 满 3 个月 by the deadline (inclusive; a warning)',
    atBoundary: () => systemRunningRule(it2, {}, { applicationType: 'national_pilot', systemRunningSince: '2025-06-30' }),
    beyond: () => systemRunningRule(it2, {}, { applicationType: 'national_pilot', systemRunningSince: '2025-07-01' }),
    expected: ['pass', 'warn'],
    requirement: '本批次要求：至截止日运行 ≥ 3个月',
  },
];

describe('every threshold at its boundary', () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    const [atBoundary, beyond] = [testCase.atBoundary(), testCase.beyond()];
    expect([atBoundary.outcome, beyond.outcome]).toEqual(testCase.expected);
    for (const result of [atBoundary, beyond]) {
      expect(result.message.zh).toContain(testCase.requirement);
      expect(result.message.en).toMatch(/this call/i);
    }
  });
});

describe('before the figures are filled in, each threshold rule already says what this call requires', () => {
  const empty: [string, () => RuleResult, string][] = [
    ['规上', () => aboveDesignatedSizeRule(requiredSize, {}, {}), '本批次要求：规上企业，主营业务收入 ≥ 2000万元'],
    ['branch output', () => independentLegalPersonRule(smart, { legalForm: 'branch', paysTaxInWuhan: true }, {}), '本批次要求：非独立法人上年产值 > 100亿元'],
    ['accidents', () => noMajorAccidentRule(smart, {}, {}), '本批次要求：近2年内无重大安全、环保、质量事故'],
    ['project window', () => smartProjectWindowRule(smart, {}, {}), '本批次要求：2023-09-30及以后开工'],
    ['pilot floor, tier unknown', () => smartInvestmentFloorRule(smart, {}, {}), '标杆智能工厂设备与研发投入 ≥ 5000万元'],
    ['pilot floor, tier known', () => smartInvestmentFloorRule(smart, {}, { pilotTier: 'lighthouse' }), '本批次要求：全球灯塔工厂设备与研发投入 ≥ 1亿元'],
    ['数控化率', () => cncRateRule(smart, {}, {}), '本批次要求：数控化率 ≥ 70%'],
    ['construction period', () => constructionPeriodRule(tech, {}, {}), '本批次要求：建设期 ≤ 2年'],
    ['equipment floor', () => equipmentInvestmentFloorRule(tech, {}, {}), '本批次要求：设备投资 ≥ 2000万元'],
    ['equipment share', () => equipmentShareRule(tech, {}, {}), '本批次要求：设备投资占比 ≥ 25%'],
    ['R&D cap', () => rdCapRule(tech, {}, {}), '本批次要求：研发投入按 ≤ 20% 设备投资计入'],
    ['shareholders', () => centreShareholdersRule(centre, {}, {}), '本批次要求：股东 ≥ 3家，单一股东持股 ≤ 50%'],
    ['alliance', () => centreAllianceRule(centre, {}, {}), '本批次要求：联盟成员单位 ≥ 10家'],
    ['R&D staff', () => centreRdStaffRule(centre, {}, {}), '本批次要求：研发人员 ≥ 30人'],
    ['R&D spending', () => centreRdSpendingRule(centre, {}, {}), '本批次要求：研发经费占成本费用 ≥ 30%'],
    ['self-assessment', () => selfAssessmentRule(it2, {}, {}), '本批次要求：自评估在近12个月内完成'],
    ['system running', () => systemRunningRule(it2, {}, { applicationType: 'national_pilot' }), '本批次要求：至截止日运行 ≥ 3个月'],
  ];
  it.each(empty)('%s', (_name, run, requirement) => {
    const result = run();
    expect(result.outcome).toBe('missing');
    expect(result.message.zh).toMatch(/^尚未填写，无法判断；/);
    expect(result.message.zh).toContain(requirement);
    expect(result.message.en).toContain('this call requires');
  });
});
