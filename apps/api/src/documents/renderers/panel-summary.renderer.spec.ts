import { buildPanelSummaryDocument, formatVerificationCode, type PanelSummaryInput, sealDocument } from '@shifan/domain';
import { compact, pdfFonts, pdfPages, pdfText, qpdfCheck } from '../../../test/pdf-tools';
import { renderPanelSummary } from './panel-summary.renderer';

const creationDate = new Date('2026-07-12T02:00:00.000Z');
const seedSha256 = '9f2c4e7a1b3d5f60'.repeat(4);

const members = [
  { id: 1, name: '王组长', employer: '华中科技大学', title: '教授', leader: true },
  { id: 2, name: '李专家', employer: '武汉理工大学', title: '正高级工程师' },
  { id: 3, name: '张专家', employer: '中国信息通信研究院', title: '高级工程师', note: '替补' },
  { id: 4, name: '赵专家', employer: '武汉大学', title: '教授' },
  { id: 5, name: '钱专家', employer: '湖北省机械工业设计院', title: '正高级工程师' },
];

function input(overrides: Partial<PanelSummaryInput> = {}): PanelSummaryInput {
  return {
    call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报' },
    panel: { name: '第一评审组', seedSha256, drawnAt: '2026-07-01T02:00:00.000Z', blindReview: false },
    members,
    recusals: [
      { name: '孙专家', employer: '武汉示范公司', reasons: [{ message: { zh: '专家所在单位为申报单位', en: 'Employer' } }] },
      { name: '周专家', employer: '武汉纺织大学', reasons: [{ message: { zh: '专家申明：近3年提供咨询', en: 'Consultant' } }, { message: { zh: '专家申明：持有股份', en: 'Shares' } }], concerns: '项目2' },
    ],
    applications: [
      {
        receiptNo: 'WH2026ZN007-00001',
        enterpriseName: '武汉甲智能装备有限公司',
        projectName: '甲数字化车间',
        scores: [
          { expertId: 1, total: 85, submitted: true },
          { expertId: 2, total: 82, submitted: true },
          { expertId: 3, total: 60, submitted: true, outlierReason: '数据支撑不足' },
          { expertId: 4, total: 88, submitted: true },
          { expertId: 5, total: 84, submitted: true },
        ],
      },
      {
        receiptNo: 'WH2026ZN007-00002',
        enterpriseName: '武汉乙制造有限公司',
        projectName: '乙智能工厂',
        scores: [
          { expertId: 1, total: 70.5, submitted: true },
          { expertId: 2, total: 75, submitted: true },
          { expertId: 3, total: null, submitted: false, recused: true },
          { expertId: 4, total: 72, submitted: true },
          { expertId: 5, total: 80, submitted: false },
        ],
      },
    ],
    ...overrides,
  };
}

async function render(overrides: Partial<PanelSummaryInput> = {}, verified = false) {
  const summary = buildPanelSummaryDocument(input(overrides));
  const code = formatVerificationCode(sealDocument(summary).code);
  const verification = verified ? { code, url: `https://portal.example.gov.cn/verify/${code}` } : null;
  return { summary, code, ...(await renderPanelSummary(summary, { creationDate, verification })) };
}

describe('the panel summary (评审专家组汇总表) PDF', () => {
  let rendered: Awaited<ReturnType<typeof render>>;
  let text: string;

  beforeAll(async () => {
    rendered = await render();
    text = compact(pdfText(rendered.pdf));
  });

  it('states the call, the panel, its seed’s SHA-256 and the draw time in Beijing time', () => {
    const first = compact(pdfText(rendered.pdf, 1));
    for (const expected of ['评审专家组汇总表', '申报批次2026年武汉市智能制造试点示范项目申报', '评审组第一评审组', `随机种子SHA-256${seedSha256}`, '抽取时间2026年07月01日10:00:00（北京时间）', '评审方式实名评审', '5人/2项']) {
      expect(first).toContain(expected);
    }
  });

  it('lists the members with employer and title, the leader marked, and the recusals with their reasons', () => {
    expect(text).toContain('序号姓名工作单位职称备注');
    expect(text).toContain('1王组长华中科技大学教授组长');
    expect(text).toContain('3张专家中国信息通信研究院高级工程师替补');
    expect(text).toContain('二、回避情况');
    expect(text).toContain('1孙专家武汉示范公司专家所在单位为申报单位全部项目');
    expect(text).toContain('2周专家武汉纺织大学专家申明：近3年提供咨询项目2专家申明：持有股份');
  });

  it('gives each application every expert’s total, the deviations, the outlier marks and the figures', () => {
    expect(text).toContain('1.受理编号：WH2026ZN007-00001申报单位：武汉甲智能装备有限公司');
    expect(text).toContain('项目名称：甲数字化车间');
    expect(text).toContain('序号评审专家总分偏差偏离偏离说明');
    expect(text).toContain('1王组长85.001.33');
    expect(text).toContain('3张专家60.0023.67※数据支撑不足');
    expect(text).toContain('去掉一个最高分和一个最低分后的平均分83.67中位数84.00极差28.00');
    expect(text).toContain('有效评分5份；偏离评分（※）1份。');
    // The second application: a recusal and a score not yet submitted are printed as such, and do not count.
    expect(text).toContain('2.受理编号：WH2026ZN007-00002申报单位：武汉乙制造有限公司');
    expect(text).toContain('3张专家回避');
    expect(text).toContain('5钱专家未提交');
    expect(text).toContain('去掉一个最高分和一个最低分后的平均分72.50中位数72.00极差4.50');
    expect(text).toContain('有效评分3份；偏离评分（※）0份。');
  });

  it('ends with the signature lines of the panel leader and the supervising officer', () => {
    const last = compact(pdfText(rendered.pdf, rendered.pages));
    expect(last).toContain('组长签字：');
    expect(last).toContain('监督人员签字：');
    expect(last.match(/日期：_+年_+月_+日/g)).toHaveLength(2);
    expect(last.indexOf('组长签字')).toBeGreaterThan(last.indexOf('有效评分'));
  });

  it('numbers every page, passes qpdf --check and embeds Noto Sans SC subsets only', () => {
    expect(rendered.pages).toBe(pdfPages(rendered.pdf));
    for (let page = 1; page <= rendered.pages; page++) expect(compact(pdfText(rendered.pdf, page))).toContain(`第${page}页共${rendered.pages}页`);
    expect(qpdfCheck(rendered.pdf)).toMatchObject({ status: 0 });
    const fonts = pdfFonts(rendered.pdf);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    for (const font of fonts) expect(font).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+/), embedded: true, subset: true, unicode: true });
    expect(rendered.missingGlyphs).toEqual([]);
    expect(text).not.toContain('核验码');
  });

  it('prints the verification code on every page of an archived summary, and gives the same bytes again', async () => {
    const verified = await render({}, true);
    for (let page = 1; page <= verified.pages; page++) expect(compact(pdfText(verified.pdf, page))).toContain(`核验码${verified.code}`);
    expect((await render({}, true)).pdf.equals(verified.pdf)).toBe(true);
  });

  it('hides the enterprises in a blind review behind the project labels', async () => {
    const blind = await render({ panel: { name: '第二评审组', seedSha256, drawnAt: '2026-07-01T02:00:00.000Z', blindReview: true } });
    const blindText = compact(pdfText(blind.pdf));
    expect(blindText).toContain('评审方式盲评');
    expect(blindText).toContain('1.受理编号：WH2026ZN007-00001项目代号：项目1');
    expect(blindText).not.toContain('武汉甲智能装备有限公司');
  });
});

describe('bad data still gives a valid panel summary', () => {
  it('replaces characters outside the font, wraps very long names and repeats a block’s heading on the next page', async () => {
    const longName = `武汉${'超长名称智能装备'.repeat(40)}有限公司`;
    const many = Array.from({ length: 9 }, (_, index) => ({ id: 10 + index, name: `专家${index}`, employer: '某大学', title: '教授' }));
    const rendered = await render({
      members: [{ id: 1, name: '𠀀组长', employer: longName, title: '教授', leader: true }, ...many],
      recusals: [{ name: '某专家', employer: '某单位', reasons: [] }],
      applications: Array.from({ length: 6 }, (_, index) => ({
        receiptNo: `WH2026ZN007-0000${index + 1}`,
        enterpriseName: index === 0 ? longName : `武汉𠀀${index}有限公司`,
        projectName: '项目'.repeat(200),
        scores: many.map((member, rank) => ({ expertId: member.id, total: 60 + rank * 3, submitted: true, outlierReason: rank === 0 ? '说明'.repeat(300) : null })),
      })),
    });
    expect(rendered.missingGlyphs).toEqual(['U+20000']);
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
    const text = compact(pdfText(rendered.pdf));
    expect(text).toContain('□组长');
    expect(text).toContain('武汉□1有限公司');
    expect(text).toContain('（续）');
    expect(text).toContain('监督人员签字');
    expect(rendered.pages).toBeGreaterThan(4);
    expect(rendered.pages).toBe(pdfPages(rendered.pdf));
  });

  it('renders a panel without members, recusals or applications, not yet drawn', async () => {
    const rendered = await render({ members: [], recusals: [], applications: [], panel: { name: '空评审组', seedSha256: '', drawnAt: null, blindReview: false } });
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
    const text = compact(pdfText(rendered.pdf));
    for (const expected of ['抽取时间（尚未抽取）', '（未抽取评审专家）', '无专家回避。', '（本评审组无评审项目）', '组长签字', '第1页共1页']) expect(text).toContain(expected);
    expect(rendered.missingGlyphs).toEqual([]);
  });
});
