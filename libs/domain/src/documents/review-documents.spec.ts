import { DEFAULT_RUBRIC } from '../scoring/rubric';
import { anonymousExpertLabel, buildPanelSummaryDocument, buildRankingExport, RANKING_DECISION_LABELS, scoreStatistics, TRIMMED_MEAN_RULE } from './review-documents';

describe('the score statistics of the review documents', () => {
  it('drops the highest and the lowest of 5 or more totals, and gives the median and the spread', () => {
    expect(scoreStatistics([80, 90, 70, 85, 60])).toEqual({ trimmedMean: 78.33, median: 80, spread: 30, count: 5 });
    expect(scoreStatistics([80.1, 70.2])).toEqual({ trimmedMean: 75.15, median: 75.15, spread: 9.9, count: 2 });
    expect(scoreStatistics([])).toBeNull();
  });

  it('labels anonymous experts and states the rule in both languages', () => {
    expect(anonymousExpertLabel(3)).toEqual({ zh: '专家3', en: 'Expert 3' });
    expect(TRIMMED_MEAN_RULE.zh).toContain('去掉一个最高分和一个最低分');
    expect(RANKING_DECISION_LABELS.shortlisted.zh).toBe('列入拟入选名单');
    expect(RANKING_DECISION_LABELS.declined.zh).toBe('不予入选');
  });
});

const members = [
  { id: 1, name: '王组长', employer: '华中科技大学', title: '教授', leader: true },
  { id: 2, name: '李专家', employer: '武汉理工大学', title: '正高级工程师' },
  { id: 3, name: '张专家', employer: '中国信息通信研究院', title: '高级工程师', note: ' 替补 ' },
  { id: 4, name: '赵专家', employer: '武汉大学', title: '教授' },
  { id: 5, name: '钱专家', employer: '湖北省机械工业设计院', title: '正高级工程师' },
];

describe('the panel summary (评审专家组汇总表) view model', () => {
  const input = {
    call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报' },
    panel: { name: '第一评审组', seedSha256: 'ab'.repeat(32), drawnAt: '2026-07-01T02:00:00.000Z', blindReview: false },
    members,
    recusals: [{ name: '孙专家', employer: '武汉示范智能装备有限公司', reasons: [{ message: { zh: '专家所在单位为申报单位或联合申报单位', en: 'Employer' } }] }],
    applications: [
      {
        receiptNo: 'WH2026ZN007-00001',
        enterpriseName: '武汉甲智能装备有限公司',
        projectName: '甲数字化车间',
        scores: [
          { expertId: 1, total: 85, submitted: true },
          { expertId: '2', total: 82, submitted: true },
          { expertId: 3, total: 60, submitted: true, outlierReason: '  数据支撑不足 ' },
          { expertId: 4, total: 88, submitted: true },
          { expertId: 5, total: 84, submitted: true, outlierReason: '   ' },
        ],
      },
      {
        receiptNo: 'WH2026ZN007-00002',
        enterpriseName: '武汉乙制造有限公司',
        projectName: '乙智能工厂',
        scores: [
          { expertId: 1, total: 70, submitted: true },
          { expertId: 2, total: 75, submitted: false },
          { expertId: 3, total: null, submitted: false, recused: true },
          { expertId: 4, total: 90, submitted: true, recused: true },
          { expertId: 99, total: 10, submitted: true },
        ],
      },
    ],
  };

  it('prints the members, leader and notes, the recusals with their reasons, and the panel facts', () => {
    const summary = buildPanelSummaryDocument(input);
    expect(summary).toMatchObject({ kind: 'panel_summary', call: input.call, panel: { ...input.panel, outlierThresholdPoints: 15 } });
    expect(summary.members.map((member) => [member.name, member.leader, member.note])).toEqual([
      ['王组长', true, null],
      ['李专家', false, null],
      ['张专家', false, '替补'],
      ['赵专家', false, null],
      ['钱专家', false, null],
    ]);
    expect(summary.recusals).toEqual([{ name: '孙专家', employer: '武汉示范智能装备有限公司', reasons: ['专家所在单位为申报单位或联合申报单位'], concerns: null }]);
  });

  it('gives each application every member’s total with its deviation and outlier mark, and the figures', () => {
    const [first, second] = buildPanelSummaryDocument(input).applications;
    expect(first).toMatchObject({ receiptNo: 'WH2026ZN007-00001', applicantLabel: '武汉甲智能装备有限公司', statistics: { trimmedMean: 83.67, median: 84, spread: 28, count: 5 }, outlierCount: 1 });
    expect(first.scores.map((score) => [score.expertName, score.total, score.deviation, score.outlier, score.outlierReason, score.note])).toEqual([
      ['王组长', 85, 1.33, false, null, null],
      ['李专家', 82, 1.67, false, null, null],
      ['张专家', 60, 23.67, true, '数据支撑不足', null],
      ['赵专家', 88, 4.33, false, null, null],
      ['钱专家', 84, 0.33, false, null, null],
    ]);
    // Drafts do not count, a recusal is printed as such (its total ignored), a non-member's score is left out.
    expect(second.scores.map((score) => [score.total, score.note])).toEqual([
      [70, null],
      [null, '未提交'],
      [null, '回避'],
      [null, '回避'],
      [null, '未提交'],
    ]);
    expect(second.statistics).toEqual({ trimmedMean: 70, median: 70, spread: 0, count: 1 });
  });

  it('hides the enterprise in a blind review behind its label, 项目N by default, and takes the call’s threshold', () => {
    const summary = buildPanelSummaryDocument({
      ...input,
      panel: { ...input.panel, blindReview: true, outlierThresholdPoints: 25, drawnAt: null },
      recusals: [{ name: '孙专家', employer: '某单位', reasons: [], concerns: ' WH2026ZN007-00002 ' }],
      applications: [
        { ...input.applications[0], blindLabel: '项目甲' },
        { ...input.applications[1], blindLabel: ' ', scores: [] },
      ],
    });
    expect(summary.applications.map((application) => application.applicantLabel)).toEqual(['项目甲', '项目2']);
    expect(summary.applications[0].outlierCount).toBe(0);
    expect(summary.applications[1]).toMatchObject({ statistics: null, outlierCount: 0 });
    expect(summary.recusals[0].concerns).toBe('WH2026ZN007-00002');
    expect(summary.panel).toMatchObject({ drawnAt: null, outlierThresholdPoints: 25 });
    expect(buildPanelSummaryDocument({ ...input, recusals: undefined, applications: [] })).toMatchObject({ recusals: [], applications: [] });
  });
});

describe('the score export (ranking) view model', () => {
  const points = { technology: 26, demonstration: 21, benefits: 20, foundation: 16 };
  const application = {
    receiptNo: 'WH2026ZN007-00001',
    enterpriseName: '武汉甲智能装备有限公司',
    uscc: '91420100MAEC200T12',
    district: '洪山区',
    field: '高端装备/智能装备',
    projectName: '甲数字化车间',
    passed: true,
    withinQuota: true,
  };
  const input = {
    call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报', year: 2026 },
    rubric: DEFAULT_RUBRIC,
    quota: 1,
    passLine: 60,
    applications: [
      {
        ...application,
        rank: 1,
        decision: 'shortlisted' as const,
        decisionReason: ' 排名第一 ',
        scores: [
          { points, total: 83, comment: '技术先进', submittedAt: '2026-07-10T02:00:00.000Z' },
          { points, total: 83, submittedAt: '2026-07-10T03:00:00.000Z' },
          { points: { technology: 10 }, total: null, comment: '  ', outlierReason: null, submittedAt: null },
          { points, total: 50, outlierReason: '材料不全', submittedAt: '2026-07-10T04:00:00.000Z' },
          { points, total: 85, submittedAt: '2026-07-10T05:00:00.000Z' },
          { points, total: 84, submittedAt: '2026-07-10T06:00:00.000Z' },
        ],
      },
      { ...application, receiptNo: 'WH2026ZN007-00002', rank: null, passed: false, withinQuota: false, decision: null, scores: [{ points: {}, total: 70, submittedAt: null }] },
    ],
  };

  it('anonymises experts per application, recomputes the figures from submitted totals and labels the decision', () => {
    const exported = buildRankingExport(input);
    expect(exported).toMatchObject({ kind: 'ranking_export', quota: 1, passLine: 60, expertColumns: 6 });
    expect(exported.criteria).toEqual([
      { name: '技术先进性', maxPoints: 30 },
      { name: '示范带动与推广价值', maxPoints: 25 },
      { name: '经济社会效益', maxPoints: 25 },
      { name: '实施基础与保障', maxPoints: 20 },
    ]);
    const [first, second] = exported.rows;
    expect(first).toMatchObject({ rank: 1, expertTotals: [83, 83, null, 50, 85, 84], trimmedMean: 83.33, median: 83, spread: 35, outlierCount: 1, decision: '列入拟入选名单', decisionReason: '排名第一' });
    expect(second).toMatchObject({ rank: null, expertTotals: [null, null, null, null, null, null], trimmedMean: null, median: null, spread: null, outlierCount: 0, decision: null, decisionReason: null });
    expect(exported.scores).toHaveLength(7);
    expect(exported.scores[0]).toEqual({ receiptNo: 'WH2026ZN007-00001', expertLabel: '专家1', points: [26, 21, 20, 16], total: 83, comment: '技术先进', outlierReason: null, submittedAt: '2026-07-10T02:00:00.000Z' });
    expect(exported.scores[2]).toMatchObject({ expertLabel: '专家3', points: [10, null, null, null], total: null, comment: null });
    expect(exported.scores[3]).toMatchObject({ expertLabel: '专家4', outlierReason: '材料不全' });
    expect(exported.scores[6]).toMatchObject({ receiptNo: 'WH2026ZN007-00002', expertLabel: '专家1', total: 70, submittedAt: null });
  });

  it('takes the call’s outlier threshold, and exports an empty call', () => {
    expect(buildRankingExport({ ...input, outlierThresholdPoints: 40 }).rows[0].outlierCount).toBe(0);
    expect(buildRankingExport({ ...input, applications: [] })).toMatchObject({ expertColumns: 0, rows: [], scores: [] });
  });
});
