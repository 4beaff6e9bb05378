import { buildPublicNoticeDocument, formatVerificationCode, type PublicNoticeInput, sealDocument } from '@shifan/domain';
import { compact, pdfFonts, pdfPages, pdfText, qpdfCheck } from '../../../test/pdf-tools';
import { renderPublicNotice } from './public-notice.renderer';

const creationDate = new Date('2026-07-01T01:00:00.000Z');

function input(overrides: Partial<PublicNoticeInput> = {}): PublicNoticeInput {
  return {
    call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报', year: 2026, category: 'SMART_MFG_PILOT', level: 'municipal' },
    startsOn: '2026-07-01',
    endsOn: '2026-07-07',
    workingDays: 5,
    contact: { department: '武汉市经济和信息化局智能制造处', person: '刘老师', phone: '027-12345678', email: 'znzz@example.gov.cn', address: '武汉市江岸区市民之家' },
    projects: [
      { enterpriseName: '武汉甲智能装备有限公司', projectName: '甲数字化车间', field: '高端装备/智能装备', district: '洪山区' },
      { enterpriseName: '武汉乙制造有限公司', projectName: '乙智能工厂', field: '汽车及零部件', district: '蔡甸区' },
    ],
    issuedOn: '2026-07-01',
    ...overrides,
  };
}

async function render(overrides: Partial<PublicNoticeInput> = {}, verified = false) {
  const notice = buildPublicNoticeDocument(input(overrides));
  const code = formatVerificationCode(sealDocument(notice).code);
  const verification = verified ? { code, url: `https://portal.example.gov.cn/verify/${code}` } : null;
  return { notice, code, ...(await renderPublicNotice(notice, { creationDate, verification })) };
}

describe('the public notice (公示) PDF', () => {
  let rendered: Awaited<ReturnType<typeof render>>;
  let text: string;

  beforeAll(async () => {
    rendered = await render({}, true);
    text = compact(pdfText(rendered.pdf));
  });

  it('prints the title, the notice text, the period in working days and where to object', () => {
    for (const expected of [
      '关于2026年武汉市智能制造试点示范项目拟认定名单的公示',
      '拟认定以下2个项目为2026年武汉市智能制造试点示范项目，现予以公示。',
      '匿名异议和超出期限的异议不予受理',
      '公示时间：2026年7月1日至2026年7月7日（5个工作日）。',
      '异议受理：武汉市经济和信息化局智能制造处',
      '联系人：刘老师联系电话：027-12345678',
      '电子邮箱：znzz@example.gov.cn',
      '通讯地址：武汉市江岸区市民之家',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf('公示时间')).toBeGreaterThan(text.indexOf('现予以公示'));
  });

  it('lists the projects with 序号, 企业名称, 项目名称, 所属领域 and 推荐单位, then the issuer and the date', () => {
    expect(text).toContain('附件：拟认定名单（共2项）');
    expect(text).toContain('序号企业名称项目名称所属领域推荐单位');
    expect(text).toContain('1武汉甲智能装备有限公司甲数字化车间高端装备/智能装备洪山区');
    expect(text).toContain('2武汉乙制造有限公司乙智能工厂汽车及零部件蔡甸区');
    expect(text).toContain('武汉市经济和信息化局2026年7月1日');
    expect(text.lastIndexOf('武汉市经济和信息化局2026年7月1日')).toBeGreaterThan(text.indexOf('蔡甸区'));
  });

  it('numbers every page, prints the verification code, passes qpdf --check and embeds font subsets', () => {
    expect(rendered.pages).toBe(pdfPages(rendered.pdf));
    for (let page = 1; page <= rendered.pages; page++) {
      const pageText = compact(pdfText(rendered.pdf, page));
      expect(pageText).toContain(`第${page}页共${rendered.pages}页`);
      expect(pageText).toContain(`核验码${rendered.code}`);
    }
    expect(qpdfCheck(rendered.pdf)).toMatchObject({ status: 0 });
    const fonts = pdfFonts(rendered.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-/), embedded: true, subset: true });
    expect(rendered.missingGlyphs).toEqual([]);
  });

  it('runs a list of 500 projects over numbered pages, the table header repeated on each', async () => {
    const projects = Array.from({ length: 500 }, (_, index) => ({ enterpriseName: `武汉第${index + 1}智能装备有限公司`, projectName: '智能化改造项目', field: '高端装备/智能装备', district: '东西湖区' }));
    const long = await render({ projects });
    expect(long.pages).toBeGreaterThan(15);
    expect(qpdfCheck(long.pdf).status).toBe(0);
    for (const page of [2, long.pages - 1]) expect(compact(pdfText(long.pdf, page))).toContain('序号企业名称项目名称所属领域推荐单位');
    const last = compact(pdfText(long.pdf, long.pages));
    expect(last).toContain(`第${long.pages}页共${long.pages}页`);
    expect(compact(pdfText(long.pdf))).toContain('500武汉第500智能装备有限公司');
  });
});

describe('the words of the notice per programme, level and year', () => {
  it('prints a provincial innovation-centre notice as 拟推荐名单 of 创新中心, never 项目', async () => {
    const rendered = await render({ call: { id: 8, title: '2026年湖北省制造业创新中心推荐', year: 2026, category: 'INNOVATION_CENTRE', level: 'provincial' } });
    const text = compact(pdfText(rendered.pdf));
    expect(text).toContain('关于2026年湖北省制造业创新中心拟推荐名单的公示');
    expect(text).toContain('拟推荐以下2家创新中心申报2026年湖北省制造业创新中心，现予以公示。');
    expect(text).toContain('附件：拟推荐名单（共2家）');
    expect(text).toContain('序号企业名称创新中心名称所属领域推荐单位');
    expect(text).not.toContain('拟认定');
    expect(text).not.toContain('项目');
  });

  it('is signed by the 委员会 in 2018 and by the 局 from 2019', async () => {
    const in2018 = compact(pdfText((await render({ call: { id: 9, title: '2018年武汉市智能制造试点示范项目申报', year: 2018, category: 'SMART_MFG_PILOT', level: 'municipal' }, startsOn: '2018-07-02', endsOn: '2018-07-06', issuedOn: '2018-07-02', contact: { department: '市经济和信息化委智能制造处', person: '刘老师', phone: '027-12345678', email: null, address: null } })).pdf));
    expect(in2018).toContain('书面形式向武汉市经济和信息化委员会提出');
    expect(in2018).toContain('武汉市经济和信息化委员会2018年7月2日');
    expect(in2018).not.toContain('经济和信息化局');
    const in2019 = compact(pdfText((await render({ call: { id: 10, title: '2019年武汉市智能制造试点示范项目申报', year: 2019, category: 'SMART_MFG_PILOT', level: 'municipal' }, startsOn: '2019-07-01', endsOn: '2019-07-05', issuedOn: '2019-07-01' })).pdf));
    expect(in2019).toContain('武汉市经济和信息化局2019年7月1日');
  });
});

describe('bad data still gives a valid public notice', () => {
  it('replaces characters outside the font with □, and wraps very long names and paragraphs', async () => {
    const rendered = await render({
      title: '关于𠀀名单的公示',
      paragraphs: ['公示说明'.repeat(600)],
      contact: { department: '某处', person: '𠀁老师', phone: '027-1', email: null, address: null },
      projects: [{ enterpriseName: `武汉𠀀${'很长的企业名称'.repeat(80)}有限公司`, projectName: 'P'.repeat(500), field: '', district: '' }],
    });
    expect(rendered.missingGlyphs).toEqual(['U+20000', 'U+20001']);
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
    const text = compact(pdfText(rendered.pdf));
    expect(text).toContain('关于□名单的公示');
    expect(text).toContain('联系人：□老师');
    expect(text).toContain('武汉□很长的企业名称');
    expect(text).not.toContain('电子邮箱');
    expect(text.match(/P/g)!.length).toBeGreaterThanOrEqual(500);
  });

  it('renders a notice without projects', async () => {
    const rendered = await render({ projects: [] });
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
    const text = compact(pdfText(rendered.pdf));
    expect(text).toContain('（本次无公示项目）');
    expect(text).toContain('第1页共1页');
  });
});
