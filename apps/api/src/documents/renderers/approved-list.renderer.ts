import type { ApprovedListDocument } from '@shifan/domain';
import { CONTENT_WIDTH, PAGE, PdfComposer, type RenderedPdf } from './pdf-composer';
import { issuerBlock, type PublicationRenderOptions } from './public-notice.renderer';

/**
 * The 正式名单 (approved list) of a call, published once the notice period has ended and every objection is closed:
 * the document number when there is one, the title, the list (序号, 企业名称, 统一社会信用代码, 项目名称, 所属领域,
 * 所在区) and the issuer and date. A pure function of the view model.
 */
export async function renderApprovedList(list: ApprovedListDocument, options: PublicationRenderOptions): Promise<RenderedPdf> {
  const composer = new PdfComposer({
    info: { title: list.title, author: list.issuer, subject: `${list.call.title} 正式名单`, keywords: ['正式名单', list.documentNumber ?? ''].join(' ').trim() },
    creationDate: options.creationDate,
    verification: options.verification ?? null,
    header: [list.title, list.documentNumber, list.issuer].filter(Boolean).join(' · '),
    watermark: null,
  });
  composer.y = PAGE.margin.top + 10;
  if (list.documentNumber) composer.text(list.documentNumber, { size: 11, align: 'center', gapAfter: 10 });
  composer.text(list.title, { size: 16, bold: true, align: 'center', gapAfter: 6 });
  composer.text(`${list.call.title} · 共 ${list.entries.length} 项`, { size: 10, align: 'center', color: '#5f6368', gapAfter: 16 });
  if (list.entries.length === 0) composer.text('(名单为空)', { align: 'center', color: '#5f6368', gapAfter: 8 });
  else {
    composer.table(
      [
        { header: '序号', width: 28, align: 'center' },
        { header: '企业名称', width: 116 },
        { header: '统一社会信用代码', width: 100 },
        { header: '项目名称', width: CONTENT_WIDTH - 368 },
        { header: '所属领域', width: 80 },
        { header: '所在区', width: 44, align: 'center' },
      ],
      list.entries.map((entry, index) => [String(index + 1), entry.enterpriseName, entry.uscc, entry.projectName, entry.field, entry.district]),
      { size: 8.5 },
    );
  }
  issuerBlock(composer, list.issuer, list.issuedOn);
  return composer.finish();
}
