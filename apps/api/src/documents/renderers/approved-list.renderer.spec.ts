import { type ApprovedListInput, buildApprovedListDocument, formatVerificationCode, sealDocument } from '@shifan/domain';
import { compact, pdfFonts, pdfPages, pdfText, qpdfCheck } from '../../../test/pdf-tools';
import { renderApprovedList } from './approved-list.renderer';

const creationDate = new Date('2026-07-20T01:00:00.000Z');

function input(overrides: Partial<ApprovedListInput> = {}): ApprovedListInput {
  return {
    call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报', year: 2026, category: 'SMART_MFG_PILOT', level: 'municipal' },
    documentNumber: '武经信〔2026〕35号',
    entries: [
      { enterpriseName: '武汉甲智能装备有限公司', uscc: '91420100MAEC200T12', projectName: '甲数字化车间', field: '高端装备/智能装备', district: '洪山区' },
      { enterpriseName: '武汉乙制造有限公司', uscc: '91420100MA4K0000X1', projectName: '乙智能工厂', field: '汽车及零部件', district: '蔡甸区' },
    ],
    issuedOn: '2026-07-20',
    ...overrides,
  };
}

async function render(overrides: Partial<ApprovedListInput> = {}, verified = false) {
  const list = buildApprovedListDocument(input(overrides));
  const code = formatVerificationCode(sealDocument(list).code);
  const verification = verified ? { code, url: `https://portal.example.gov.cn/verify/${code}` } : null;
  return { list, code, ...(await renderApprovedList(list, { creationDate, verification })) };
}

describe('the approved list (认定名单) PDF, laid out as a 通知', () => {
  let rendered: Awaited<ReturnType<typeof render>>;
  let text: string;

  beforeAll(async () => {
    rendered = await render();
    text = compact(pdfText(rendered.pdf));
  });

  it('opens with the 文号, the 通知 title, 主送 and the body, then 附件, the issuer and the date', () => {
    const first = compact(pdfText(rendered.pdf, 1));
    const order = [
      '武经信〔2026〕35号',
      '关于公布2026年武汉市智能制造试点示范项目认定名单的通知',
      '各区人民政府（含功能区管委会），有关单位：',
      '认定2个项目为2026年武汉市智能制造试点示范项目。现将《2026年武汉市智能制造试点示范项目认定名单》予以公布。',
      '附件：2026年武汉市智能制造试点示范项目认定名单',
      '武汉市经济和信息化局2026年7月20日',
    ];
    for (const expected of order) expect(first).toContain(expected);
    const positions = order.map((expected) => first.indexOf(expected));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(first).not.toContain('91420100MAEC200T12');
  });

  it('attaches the list with USCCs on the following page', () => {
    const second = compact(pdfText(rendered.pdf, 2));
    expect(second).toContain('附件2026年武汉市智能制造试点示范项目认定名单');
    expect(second).toContain('2026年武汉市智能制造试点示范项目申报·共2项');
    expect(second).toContain('序号企业名称统一社会信用代码项目名称所属领域推荐单位');
    expect(second).toContain('1武汉甲智能装备有限公司91420100MAEC200T12甲数字化车间高端装备/智能装备洪山区');
    expect(second).toContain('2武汉乙制造有限公司91420100MA4K0000X1乙智能工厂汽车及零部件蔡甸区');
  });

  it('publishes a provincial innovation-centre list as a 推荐名单 of 创新中心, and a 2018 list under the 委员会', async () => {
    const centres = compact(pdfText((await render({ call: { id: 8, title: '2026年湖北省制造业创新中心推荐', year: 2026, category: 'INNOVATION_CENTRE', level: 'provincial' } })).pdf));
    expect(centres).toContain('关于公布2026年湖北省制造业创新中心推荐名单的通知');
    expect(centres).toContain('确定推荐2家创新中心申报2026年湖北省制造业创新中心。');
    expect(centres).toContain('序号企业名称统一社会信用代码创新中心名称所属领域推荐单位');
    expect(centres).not.toContain('项目');
    const old = compact(pdfText((await render({ call: { id: 9, title: '2018年武汉市智能制造试点示范推荐', year: 2018, category: 'SMART_MFG_PILOT', level: 'municipal' }, documentNumber: '武经信〔2018〕20号', issuedOn: '2018-07-20' })).pdf));
    expect(old).toContain('武汉市经济和信息化委员会2018年7月20日');
    expect(old).not.toContain('经济和信息化局');
  });

  it('numbers every page, passes qpdf --check and embeds font subsets; no verification unless archived', () => {
    expect(rendered.pages).toBe(pdfPages(rendered.pdf));
    for (let page = 1; page <= rendered.pages; page++) expect(compact(pdfText(rendered.pdf, page))).toContain(`第${page}页共${rendered.pages}页`);
    expect(qpdfCheck(rendered.pdf)).toMatchObject({ status: 0 });
    for (const font of pdfFonts(rendered.pdf)) expect(font).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-/), embedded: true, subset: true });
    expect(rendered.missingGlyphs).toEqual([]);
    expect(text).not.toContain('核验码');
  });

  it('prints the verification code on every page of an archived list, and keeps each USCC on one line', async () => {
    const entries = Array.from({ length: 120 }, (_, index) => ({
      enterpriseName: `武汉第${index + 1}制造有限公司`,
      uscc: '91420100MAEC200T12',
      projectName: '智能化改造项目',
      field: '高端装备/智能装备',
      district: '江夏区',
    }));
    const verified = await render({ entries }, true);
    expect(verified.pages).toBeGreaterThan(3);
    for (let page = 1; page <= verified.pages; page++) {
      const pageText = compact(pdfText(verified.pdf, page));
      expect(pageText).toContain(`核验码${verified.code}`);
      expect(pageText).toContain(`第${page}页共${verified.pages}页`);
    }
    expect(pdfText(verified.pdf).match(/91420100MAEC200T12/g)).toHaveLength(120);
  });
});

describe('bad data still gives a valid approved list', () => {
  it('replaces characters outside the font with □ and splits a row taller than a page', async () => {
    const rendered = await render({
      documentNumber: null,
      entries: [{ enterpriseName: '武汉𠀀𠀀智能装备有限公司', uscc: '', projectName: `${'智能化改造项目建设内容'.repeat(400)}结束标记`, field: '', district: '' }],
    });
    expect(rendered.missingGlyphs).toEqual(['U+20000']);
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
    const text = compact(pdfText(rendered.pdf));
    expect(text).toContain('武汉□□');
    expect(text).toContain('结束标记');
    expect(text).not.toContain('武经信');
    expect(rendered.pages).toBeGreaterThan(1);
  });

  it('renders an empty list', async () => {
    const rendered = await render({ entries: [] });
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
    expect(compact(pdfText(rendered.pdf))).toContain('（名单为空）');
  });
});
