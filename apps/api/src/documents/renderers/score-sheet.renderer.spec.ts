import { buildScoreSheetDocument, DEFAULT_RUBRIC } from '@shifan/domain';
import { compact, pdfFonts, pdfPages, pdfText, qpdfCheck } from '../../../test/pdf-tools';
import { renderScoreSheet } from './score-sheet.renderer';

const input = {
  call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报' },
  panelName: '第一评审组',
  expertName: '李专家',
  rubric: DEFAULT_RUBRIC,
};

describe('the expert score sheet PDF', () => {
  it('gives each assigned application a page with the rubric, blank points, the total and the signature lines', async () => {
    const sheet = buildScoreSheetDocument({
      ...input,
      applications: [
        { receiptNo: 'WH2026ZN007-00001', enterpriseName: '武汉甲智能装备有限公司', projectName: '甲数字化车间' },
        { receiptNo: 'WH2026ZN007-00002', enterpriseName: '武汉乙制造有限公司', projectName: '乙智能工厂', scores: { technology: 26, demonstration: 20, benefits: 21.5, foundation: 16 }, comment: '技术路线清晰，示范作用明显。' },
      ],
    });
    const rendered = await renderScoreSheet(sheet, { creationDate: new Date('2026-07-10T02:00:00Z') });
    expect(rendered.pages).toBe(2);
    expect(pdfPages(rendered.pdf)).toBe(2);
    const first = compact(pdfText(rendered.pdf, 1));
    for (const text of ['专家评分表', '受理编号WH2026ZN007-00001', '申报单位武汉甲智能装备有限公司', '评审专家李专家', '技术先进性', '30', '合计100', '评审专家（签字）：', '第1页共2页']) {
      expect(first).toContain(text);
    }
    const second = compact(pdfText(rendered.pdf, 2));
    expect(second).toContain('合计10083.5');
    expect(second).toContain('技术路线清晰，示范作用明显。');
    expect(second).not.toContain('核验码');
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
    expect(pdfFonts(rendered.pdf).every((font) => font.embedded && font.subset)).toBe(true);
  });

  it('still gives a valid page for a panel without applications', async () => {
    const rendered = await renderScoreSheet(buildScoreSheetDocument({ ...input, applications: [] }), { creationDate: new Date() });
    expect(compact(pdfText(rendered.pdf))).toContain('（本评审组未分配申报项目）');
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
  });
});
