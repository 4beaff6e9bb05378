import { DEFAULT_RUBRIC } from '../scoring/rubric';
import { buildScoreSheetDocument } from './score-sheet-document';

const base = { call: { id: 7, title: '2026年智能制造试点示范' }, panelName: '第一评审组', expertName: '李专家', rubric: DEFAULT_RUBRIC };

describe('the expert score sheet view model', () => {
  it('lists every rubric criterion with its maximum, blank for paper scoring', () => {
    const sheet = buildScoreSheetDocument({ ...base, applications: [{ receiptNo: 'WH2026ZN007-00001', enterpriseName: '甲公司', projectName: '甲项目' }] });
    expect(sheet).toMatchObject({ kind: 'score_sheet', panelName: '第一评审组', expertName: '李专家' });
    const [application] = sheet.applications;
    expect(application.criteria.map((criterion) => [criterion.name, criterion.maxPoints, criterion.points])).toEqual(DEFAULT_RUBRIC.criteria.map((criterion) => [criterion.name.zh, criterion.maxPoints, null]));
    expect(application).toMatchObject({ maxTotal: 100, total: null, comment: null });
  });

  it('totals the points once every criterion is scored, and keeps a comment', () => {
    const scores = { technology: 25.5, demonstration: 20, benefits: 21, foundation: 15.25 };
    const sheet = buildScoreSheetDocument({
      ...base,
      applications: [
        { receiptNo: 'R1', enterpriseName: '甲', projectName: '甲项目', scores, comment: '  技术路线清晰。 ' },
        { receiptNo: 'R2', enterpriseName: '乙', projectName: '乙项目', scores: { technology: 20 }, comment: '   ' },
      ],
    });
    expect(sheet.applications[0]).toMatchObject({ total: 81.75, comment: '技术路线清晰。' });
    expect(sheet.applications[1]).toMatchObject({ total: null, comment: null });
  });

  it('has no total for a rubric without criteria', () => {
    const sheet = buildScoreSheetDocument({ ...base, rubric: { criteria: [] }, applications: [{ receiptNo: 'R', enterpriseName: '甲', projectName: '甲' }] });
    expect(sheet.applications[0]).toMatchObject({ criteria: [], maxTotal: 0, total: null });
  });
});
