import type { ApprovedListDocument } from '@shifan/domain';
import { CONTENT_WIDTH, PAGE, PdfComposer, type RenderedPdf } from './pdf-composer';
import { issuerBlock, PARAGRAPH_INDENT, type PublicationRenderOptions } from './public-notice.renderer';

const MUTED = '#5f6368';

/**
 * The 认定名单 (approved list) of a call — 推荐名单 for a provincial or national call — laid out as the 通知 that
 * publishes it: the 文号, the title (关于公布…的通知), 主送, the body, 附件, the issuer of the year and the date; then
 * the attachment: its title and the list (序号, 企业名称, 统一社会信用代码, the name of the project or innovation
 * centre, 所属领域, 推荐单位). A pure function of the view model.
 */
export async function renderApprovedList(list: ApprovedListDocument, options: PublicationRenderOptions): Promise<RenderedPdf> {
  const composer = new PdfComposer({
    info: { title: list.noticeTitle, author: list.issuer, subject: `${list.call.title} ${list.title}`, keywords: [list.title, list.documentNumber ?? ''].join(' ').trim() },
    creationDate: options.creationDate,
    verification: options.verification ?? null,
    header: [list.title, list.documentNumber, list.issuer].filter(Boolean).join(' · '),
    watermark: null,
  });
  composer.y = PAGE.margin.top + 10;
  if (list.documentNumber) composer.text(list.documentNumber, { size: 11, align: 'center', gapAfter: 12 });
  composer.text(list.noticeTitle, { size: 16, bold: true, align: 'center', gapAfter: 18 });
  composer.text(`${list.recipients.join('，')}：`, { size: 11, gapAfter: 6 });
  for (const paragraph of list.paragraphs) composer.text(`${PARAGRAPH_INDENT}${paragraph}`, { size: 11, gapAfter: 6 });
  composer.y += 6;
  composer.text(`${PARAGRAPH_INDENT}附件：${list.attachmentLabel}`, { size: 11, gapAfter: 6 });
  issuerBlock(composer, list.issuer, list.issuedOn);

  composer.newPage();
  composer.text('附件', { size: 12, bold: true, gapAfter: 8 });
  composer.text(list.title, { size: 15, bold: true, align: 'center', gapAfter: 6 });
  composer.text(`${list.call.title} · 共${list.entries.length}${list.countWord}`, { size: 10, align: 'center', color: MUTED, gapAfter: 16 });
  if (list.entries.length === 0) composer.text('（名单为空）', { align: 'center', color: MUTED, gapAfter: 8 });
  else {
    composer.table(
      [
        { header: '序号', width: 28, align: 'center' },
        { header: '企业名称', width: 116 },
        { header: '统一社会信用代码', width: 100 },
        { header: list.entryNameHeader, width: CONTENT_WIDTH - 368 },
        { header: '所属领域', width: 80 },
        { header: '推荐单位', width: 44, align: 'center' },
      ],
      list.entries.map((entry, index) => [String(index + 1), entry.enterpriseName, entry.uscc, entry.projectName, entry.field, entry.district]),
      { size: 8.5 },
    );
  }
  return composer.finish();
}
