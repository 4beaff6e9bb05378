import { PAGE, PdfComposer, type RenderedPdf, signatureBlock } from './pdf-composer';

/**
 * A 信用承诺书 template for a call's `credit_commitment` slot: the demo seed attaches it so the enterprise app's
 * documents area has a template to download (officers upload their own through the call form). Printed, filled in,
 * signed and sealed by the enterprise, then scanned into the slot.
 */
export async function renderCreditCommitmentTemplate(input: { callTitle: string; issuer: string; creationDate: Date }): Promise<RenderedPdf> {
  const composer = new PdfComposer({
    info: { title: `${input.callTitle} 信用承诺书（模板）`, author: input.issuer, subject: '信用承诺书模板', keywords: '信用承诺书 模板' },
    creationDate: input.creationDate,
    verification: null,
    header: `${input.callTitle} · 信用承诺书`,
    watermark: null,
  });
  composer.y = PAGE.margin.top + 20;
  composer.text('信用承诺书', { size: 22, bold: true, align: 'center', gapAfter: 24 });
  composer.text(`本单位自愿申报“${input.callTitle}”，现郑重承诺：`, { size: 12, gapAfter: 10 });
  const pledges = [
    '所提交的申报材料真实、准确、完整，不存在弄虚作假、冒名顶替等行为；',
    '近三年未发生重大安全生产、环境污染和产品质量事故，未被列入失信被执行人名单或严重违法失信名单；',
    '本项目未重复申报省、市同类资金支持，获得支持后按规定使用资金并接受监督检查；',
    '如有违反，自愿承担相应法律责任，接受取消申报资格、追回支持资金、记入信用记录等处理。',
  ];
  pledges.forEach((pledge, index) => composer.text(`${index + 1}. ${pledge}`, { size: 12, gapAfter: 8 }));
  composer.y += 40;
  signatureBlock(composer, ['申报单位（盖章）', '法定代表人（签字）', '统一社会信用代码'], 12);
  return composer.finish(null);
}
