import { formatOfficialDate, type PublicNoticeDocument, publicNoticePeriodText } from '@shifan/domain';
import { CONTENT_WIDTH, PAGE, PdfComposer, type RenderedPdf, type Verification } from './pdf-composer';

export interface PublicationRenderOptions {
  /** The PDF's CreationDate (with it, the same view model gives the same bytes): the publication time when archived. */
  creationDate: Date;
  /** Verification of an archived publication, printed with its QR code on every page; null (the default) for none. */
  verification?: Verification | null;
}

/** Two ideographic spaces: the first-line indent of Chinese official text. */
export const PARAGRAPH_INDENT = '\u3000\u3000';

const MUTED = '#5f6368';

/**
 * The 公示 of a call's shortlist: the title, the notice text, the notice period (dates and working days), where to
 * file objections, the attached list (拟认定名单, or 拟推荐名单 for a provincial or national call: 序号, 企业名称, the
 * name of the project or innovation centre, 所属领域, 推荐单位), and the issuer of the year and the date at the end.
 * A pure function of the view model.
 */
export async function renderPublicNotice(notice: PublicNoticeDocument, options: PublicationRenderOptions): Promise<RenderedPdf> {
  const composer = new PdfComposer({
    info: { title: notice.title, author: notice.issuer, subject: `${notice.call.title} 公示`, keywords: `公示 ${notice.listName}` },
    creationDate: options.creationDate,
    verification: options.verification ?? null,
    header: `${notice.title} · ${notice.issuer}`,
    watermark: null,
  });
  composer.y = PAGE.margin.top + 10;
  composer.text(notice.title, { size: 16, bold: true, align: 'center', gapAfter: 20 });
  for (const paragraph of notice.paragraphs) composer.text(`${PARAGRAPH_INDENT}${paragraph}`, { size: 11, gapAfter: 6 });
  composer.text(`${PARAGRAPH_INDENT}公示时间：${publicNoticePeriodText(notice.period)}。`, { size: 11, gapAfter: 6 });
  const { contact } = notice;
  composer.text(`${PARAGRAPH_INDENT}异议受理：${contact.department}`, { size: 11, gapAfter: 2 });
  composer.text(`${PARAGRAPH_INDENT}联系人：${contact.person}    联系电话：${contact.phone}`, { size: 11, gapAfter: 2 });
  if (contact.email) composer.text(`${PARAGRAPH_INDENT}电子邮箱：${contact.email}`, { size: 11, gapAfter: 2 });
  if (contact.address) composer.text(`${PARAGRAPH_INDENT}通讯地址：${contact.address}`, { size: 11, gapAfter: 2 });
  composer.y += 12;

  composer.ensureRoom(80);
  composer.text(`附件：${notice.listName}（共${notice.projects.length}${notice.countWord}）`, { size: 11, bold: true, gapAfter: 6 });
  if (notice.projects.length === 0) composer.text(`（本次无公示${notice.objectNoun}）`, { color: MUTED, gapAfter: 8 });
  else {
    composer.table(
      [
        { header: '序号', width: 34, align: 'center' },
        { header: '企业名称', width: 130 },
        { header: notice.entryNameHeader, width: CONTENT_WIDTH - 314 },
        { header: '所属领域', width: 90 },
        { header: '推荐单位', width: 60, align: 'center' },
      ],
      notice.projects.map((project, index) => [String(index + 1), project.enterpriseName, project.projectName, project.field, project.district]),
      { size: 9 },
    );
  }
  issuerBlock(composer, notice.issuer, notice.issuedOn);
  return composer.finish();
}

/** The issuing authority and the date, right-aligned at the end of a publication. */
export function issuerBlock(composer: PdfComposer, issuer: string, issuedOn: string): void {
  composer.y += 20;
  composer.ensureRoom(70);
  const x = PAGE.margin.left + CONTENT_WIDTH / 2;
  composer.text(issuer, { size: 11, align: 'right', x, width: CONTENT_WIDTH / 2, gapAfter: 4 });
  composer.text(formatOfficialDate(issuedOn), { size: 11, align: 'right', x, width: CONTENT_WIDTH / 2 });
}
