import { buildApplicationFormDocument, buildReceiptDocument, formatVerificationCode, sealDocument } from '@shifan/domain';
import { buildApplicationFormInput } from '@shifan/domain/testing';
import { compact, pdfFonts, pdfPages, pdfText, qpdfCheck } from '../../../test/pdf-tools';
import { renderReceipt } from './receipt.renderer';

describe('the receipt (回执) PDF', () => {
  it('states the receipt number, time, enterprise and project, and binds the 申报书 by its code and hash', async () => {
    const form = buildApplicationFormDocument(buildApplicationFormInput());
    const formSeal = sealDocument(form);
    const receipt = buildReceiptDocument(form, formSeal);
    const code = formatVerificationCode(sealDocument(receipt).code);
    const rendered = await renderReceipt(receipt, { verification: { code, url: `http://localhost:3000/verify/${code}` }, creationDate: new Date('2026-06-01T02:00:00Z') });
    expect(rendered.pages).toBe(1);
    expect(pdfPages(rendered.pdf)).toBe(1);
    const text = compact(pdfText(rendered.pdf));
    for (const expected of [
      '申报回执',
      '受理编号WH2026ZN007-00012',
      '提交时间2026年06月01日10:00:00（北京时间）',
      '申报单位武汉示范智能装备有限公司',
      '项目名称智能装备数字化车间建设项目',
      `申报书核验码${formatVerificationCode(formSeal.code)}`,
      formSeal.contentSha256,
      `核验码${code}`,
      '第1页共1页',
    ]) {
      expect(text).toContain(expected);
    }
    expect(code).not.toBe(formatVerificationCode(formSeal.code));
    expect(qpdfCheck(rendered.pdf).status).toBe(0);
    expect(pdfFonts(rendered.pdf).every((font) => font.embedded && font.subset)).toBe(true);
  });
});
