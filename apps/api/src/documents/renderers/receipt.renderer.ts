import { formatBeijingDateTime, formatVerificationCode, type ReceiptDocument } from '@shifan/domain';
import type { DocumentRenderOptions } from './application-form.renderer';
import { PAGE, PdfComposer, type RenderedPdf } from './pdf-composer';

/**
 * The submission receipt (申报回执): one page with the receipt number, the submission time, who submitted what to
 * which call, and the verification code and content hash of the 申报书 archived with it.
 */
export async function renderReceipt(receipt: ReceiptDocument, options: DocumentRenderOptions): Promise<RenderedPdf> {
  const composer = new PdfComposer({
    info: {
      title: `申报回执 ${receipt.receiptNo}`,
      author: receipt.enterprise.name,
      subject: `${receipt.call.title} 申报回执`,
      keywords: [receipt.receiptNo, options.verification.code].join(' '),
    },
    creationDate: options.creationDate,
    verification: options.verification,
    header: `${receipt.call.title} · 申报回执 · ${receipt.receiptNo}`,
    watermark: null,
  });
  composer.y = PAGE.margin.top + 24;
  composer.text('申 报 回 执', { size: 24, bold: true, align: 'center', gapAfter: 8 });
  composer.text(receipt.call.title, { size: 12, align: 'center', color: '#5f6368', gapAfter: 28 });
  composer.fieldTable(
    [
      { label: '受理编号', value: receipt.receiptNo },
      { label: '提交时间', value: `${formatBeijingDateTime(receipt.submittedAt)}（北京时间）` },
      { label: '申报批次', value: receipt.call.title },
      { label: '申报类别', value: receipt.call.categoryName },
      { label: '申报单位', value: receipt.enterprise.name },
      { label: '统一社会信用代码', value: receipt.enterprise.uscc },
      { label: '项目名称', value: receipt.projectName },
      { label: '附件数量', value: `${receipt.attachmentCount} 个` },
      { label: '申报书核验码', value: formatVerificationCode(receipt.applicationForm.code) },
      { label: '申报书内容摘要（SHA-256）', value: receipt.applicationForm.contentSha256, size: 8 },
    ],
    170,
  );
  composer.y += 12;
  composer.text('说明', { bold: true, gapAfter: 4 });
  for (const line of [
    '1. 本回执证明上述单位已于所载时间通过申报系统提交申报材料，受理编号在本批次内唯一。',
    '2. 提交时系统已生成并存档申报书；申报书每页页脚印有核验码和二维码，与本回执所载“申报书核验码”一致者即为提交时的版本。',
    '3. 扫描页脚二维码或访问所印地址，可核验本回执与申报书是否与系统存档一致。截止时间前撤回并重新提交的，以最后一次提交的回执为准。',
  ]) {
    composer.text(line, { size: 9, color: '#333333', gapAfter: 3 });
  }
  return composer.finish();
}
