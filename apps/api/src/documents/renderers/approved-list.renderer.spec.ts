import { type ApprovedListInput, buildApprovedListDocument, formatVerificationCode, sealDocument } from '@shifan/domain';
import { compact, pdfFonts, pdfPages, pdfText, qpdfCheck } from '../../../test/pdf-tools';
import { renderApprovedList } from './approved-list.renderer';

const creationDate = new Date('2026-07-20T01:00:00.000Z');

function input(overrides: Partial<ApprovedListInput> = {}): ApprovedListInput {
  return {
    call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报', year: 2026 },
    programmeName: '智能制造试点示范项目',
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

describe('the approved list (正式名单) PDF', () => {
  let rendered: Awaited<ReturnType<typeof render>>;
  let text: string;

  beforeAll(async () => {
    rendered = await render();
    text = compact(pdfText(rendered.pdf));
  });

  it('prints the document number, the title and the list with USCCs, then the issuer and the date', () => {
    expect(text.indexOf('武经信〔2026〕35号')).toBeLessThan(text.indexOf('2026年武汉市智能制造试点示范项目认定名单'));
    expect(text).toContain('2026年武汉市智能制造试点示范项目申报·共2项');
    expect(text).toContain('序号企业名称统一社会信用代码项目名称所属领域所在区');
    expect(text).toContain('1武汉甲智能装备有限公司91420100MAEC200T12甲数字化车间高端装备/智能装备洪山区');
    expect(text).toContain('2武汉乙制造有限公司91420100MA4K0000X1乙智能工厂汽车及零部件蔡甸区');
    expect(text.lastIndexOf('武汉市经济和信息化局2026年7月20日')).toBeGreaterThan(text.indexOf('蔡甸区'));
  });

  it('numbers every page, passes qpdf --check and embeds font subsets; no verification unless archived', () => {
    expect(rendered.pages).toBe(pdfPages(rendered.pdf));
    for (let page = 1; page <= rendered.pages; page++) expect(compact(pdfText(rendered.pdf, page))).toContain(`第${page}页共${rendered.pages}页`);
    expect(qpdfCheck(rendered.pdf)).toMatchObject({ status: 0 });
    for (const font of pdfFonts(rendered.pdf)) expect(font).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-/), embedded: true, subset: true });
    expect(rendered.missingGlyphs).toEqual([]);
    expect(text).not.toContain('验证码');
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
      expect(pageText).toContain(`验证码${verified.code}`);
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
    expect(compact(pdfText(rendered.pdf))).toContain('(名单为空)');
  });
});
