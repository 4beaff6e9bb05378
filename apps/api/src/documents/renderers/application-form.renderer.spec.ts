import { buildApplicationFormDocument, formatVerificationCode, sealDocument } from '@shifan/domain';
import { buildApplicationFormInput } from '@shifan/domain/testing';
import { compact, pdfFonts, pdfPages, pdfText, qpdfCheck } from '../../../test/pdf-tools';
import { renderApplicationForm } from './application-form.renderer';

const submittedAt = new Date('2026-06-01T02:00:00.000Z');

async function render(overrides: Parameters<typeof buildApplicationFormInput>[0] = {}) {
  const form = buildApplicationFormDocument(buildApplicationFormInput(overrides));
  const code = formatVerificationCode(sealDocument(form).code);
  const rendered = await renderApplicationForm(form, { verification: { code, url: `https://portal.example.gov.cn/verify/${code}` }, creationDate: submittedAt });
  return { form, code, ...rendered };
}

function pageTexts(pdf: Buffer, pages: number): string[] {
  return Array.from({ length: pages }, (_, index) => compact(pdfText(pdf, index + 1)));
}

describe('the 申报书 PDF', () => {
  let submitted: Awaited<ReturnType<typeof render>>;

  beforeAll(async () => {
    submitted = await render();
  });

  it('opens with a Chinese cover: call, category, enterprise, project, receipt number and submission time', () => {
    const cover = compact(pdfText(submitted.pdf, 1));
    for (const text of ['2026年武汉市智能制造试点示范项目申报', '申报书', '智能制造试点示范项目（市级）', '申报单位：武汉示范智能装备有限公司', '统一社会信用代码：91420100MAEC200T12', '项目名称：智能装备数字化车间建设项目', '受理编号：WH2026ZN007-00012', '提交时间：2026年06月01日10:00:00（北京时间）']) {
      expect(cover).toContain(text);
    }
  });

  it('has a table of contents naming each chapter with its page', () => {
    const contents = pdfText(submitted.pdf, 2);
    expect(compact(contents)).toContain('目录');
    for (const chapter of ['一、企业基本信息', '二、项目概况', '三、建设进度', '四、投资构成', '五、智能制造要素条件', '六、承诺与声明', '七、申报条件自查', '八、附件清单']) {
      expect(contents).toMatch(new RegExp(`${chapter}[ .…]*\\d+`));
    }
    const page = Number(/一、企业基本信息\s+(\d+)/.exec(contents)![1]);
    expect(compact(pdfText(submitted.pdf, page))).toContain('一、企业基本信息');
  });

  it('prints every section of the profile and the form as labelled tables, with units', () => {
    const text = compact(pdfText(submitted.pdf));
    for (const label of ['企业身份', '统一社会信用代码', '所属行业（国民经济行业大类）34通用设备制造业', '注册所在区洪山区', '从业人员420人', '项目总投资3,000万元', '车间数控化率82%', '所属细分领域高端装备/智能装备', '开工日期2025年01月10日', '已部署企业资源计划（ERP）是']) {
      expect(text).toContain(label);
    }
  });

  it('lists the eligibility self-check rule by rule, and the attachments with their size and SHA-256', () => {
    const text = compact(pdfText(submitted.pdf));
    expect(text).toContain('自查结论：符合申报条件');
    for (const line of submitted.form.eligibility.lines) expect(text).toContain(compact(`${line.title}${line.outcomeLabel}`));
    expect(text).toContain('营业执照（副本）营业执照.pdf240KB');
    expect(text).toContain(`SHA-256:${'0123456789abcdef'.repeat(4)}`);
    expect(text).toContain(`SHA-256:${'a'.repeat(64)}`);
  });

  it('numbers every page "第 X 页 共 Y 页" and prints the verification code and its address on each', () => {
    expect(submitted.pages).toBe(pdfPages(submitted.pdf));
    const pages = pageTexts(submitted.pdf, submitted.pages);
    pages.forEach((text, index) => {
      expect(text).toContain(`第${index + 1}页共${submitted.pages}页`);
      expect(text).toContain(`核验码${submitted.code}`);
      expect(text).toContain(`https://portal.example.gov.cn/verify/${submitted.code}`);
    });
    expect(pdfText(submitted.pdf, 1)).toMatch(new RegExp(`第\\s*1\\s*页\\s*共\\s*${submitted.pages}\\s*页`));
  });

  it('bears no draft mark once submitted', () => {
    expect(pdfText(submitted.pdf)).not.toMatch(/[草稿]/);
  });

  it('passes qpdf --check and embeds Noto Sans SC as subsets, never a whole font', () => {
    expect(qpdfCheck(submitted.pdf)).toMatchObject({ status: 0 });
    const fonts = pdfFonts(submitted.pdf);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    for (const font of fonts) expect(font).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+/), type: 'CID TrueType', embedded: true, subset: true, unicode: true });
    expect(submitted.pdf.length).toBeLessThan(300_000);
    expect(submitted.missingGlyphs).toEqual([]);
  });

  it('gives the same bytes for the same view model (so a re-render of an archive is identical)', async () => {
    expect((await render()).pdf.equals(submitted.pdf)).toBe(true);
  });
});

describe('the paper form’s pages', () => {
  it('prints the cover lines, the 承诺书 with the ticked commitments and a blank 推荐单位意见 page', async () => {
    const base = buildApplicationFormInput();
    const rendered = await render({ profile: { ...base.profile, recommendingUnitCode: 'DHGX', legalRepresentativeName: '张建国', legalRepresentativeId: '11010519491231002X', contactName: '王敏', contactPhone: '027-87654321' } });
    const cover = compact(pdfText(rendered.pdf, 1));
    for (const text of ['推荐单位：武汉东湖新技术开发区管理委员会', '申报单位（盖章）：武汉示范智能装备有限公司', '法定代表人（签字）：', '联系人：王敏027-87654321', '填报日期：2026年06月01日']) expect(cover).toContain(text);
    const pages = pageTexts(rendered.pdf, rendered.pages);
    const pledge = pages.slice(2).find((text) => text.includes('九、承诺书'))!;
    expect(pledge).toContain('1.本项目未重复申报省、市同类资金支持。');
    expect(pledge).toContain('2.所填信息真实、准确、完整。');
    expect(pledge).toContain('（法定代表人：张建国）');
    const opinion = pages[pages.length - 1];
    expect(opinion).toContain('十、推荐单位意见');
    expect(opinion).toContain('推荐单位：武汉东湖新技术开发区管理委员会');
    expect(opinion).toContain('推荐单位（盖章）：');
    expect(opinion).toContain('负责人（签字）：');
    const text = compact(pdfText(rendered.pdf));
    expect(text).toContain('110*************2X');
    expect(text).not.toContain('11010519491231002X');
  });
});

describe('the 签字盖章用 copy', () => {
  it('has no 草稿 watermark, is marked 签字盖章用 with its 核验码, and leaves the 填报日期 to be written by hand', async () => {
    const copy = await render({ draft: true, signingCopy: true, receiptNo: null, submittedAt: null });
    const pages = pageTexts(copy.pdf, copy.pages);
    for (const text of pages) {
      expect(text).not.toMatch(/[草稿]/);
      expect(text).toContain('签字盖章用');
      expect(text).toContain(copy.code);
    }
    expect(pages[0]).toContain('【签字盖章用】');
    expect(pages[0]).toContain(`核验码${copy.code}对应本申报书的内容`);
    expect(pages[0]).toContain('填报日期：年月日');
    expect(compact(pdfText(copy.pdf))).toContain('签字盖章用申报书不列附件清单');
    expect(qpdfCheck(copy.pdf).status).toBe(0);
  });
});

describe('a draft 申报书', () => {
  it('carries a diagonal 草稿 watermark on every page and says it was not submitted', async () => {
    const draft = await render({ draft: true, receiptNo: null, submittedAt: null });
    const pages = pageTexts(draft.pdf, draft.pages);
    for (const text of pages) expect(text).toMatch(/草[\s\S]*稿|稿[\s\S]*草/);
    expect(pages[0]).toContain('受理编号：（尚未提交）');
    expect(pages[0]).toContain('草稿·尚未提交·仅供核对');
    expect(qpdfCheck(draft.pdf).status).toBe(0);
  });
});

describe('bad data still gives a valid 申报书', () => {
  it('splits a field longer than a page across pages, replaces a character outside the font with □ and reports it', async () => {
    const long = `${'本项目建设柔性化智能产线并新增质量追溯系统，实现设备联网、数据采集与生产过程可视化管理。'.repeat(160)}${'X'.repeat(400)}结束标记`;
    const base = buildApplicationFormInput();
    const rendered = await render({
      enterprise: { name: '武汉𠀀示范智能装备有限公司', uscc: base.enterprise.uscc },
      data: { ...base.data, summary: long, projectName: '𠀀𠀁 项目' },
    });
    expect(rendered.missingGlyphs).toEqual(['U+20000', 'U+20001']);
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
    const text = compact(pdfText(rendered.pdf));
    expect(text).toContain('申报单位：武汉□示范智能装备有限公司');
    expect(text).toContain('项目简介（续）');
    expect(text).toContain('结束标记');
    expect(text.match(/X/g)!.length).toBeGreaterThanOrEqual(400);
    expect(rendered.pages).toBeGreaterThan(8);
  });

  it('renders empty sections, no eligibility check and no attachments', async () => {
    const rendered = await render({ draft: true, data: {}, profile: {}, eligibility: null, attachments: [], receiptNo: null, submittedAt: null });
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
    const text = compact(pdfText(rendered.pdf));
    expect(text).toContain('项目名称：—');
    expect(text).toContain('（未进行自查）');
    expect(text).toContain('（未上传附件）');
    expect(rendered.missingGlyphs).toEqual([]);
  });
});
