import { formatDocumentNumber, type ScoreSheetDocument } from '@shifan/domain';
import { CONTENT_WIDTH, PAGE, PdfComposer, type RenderedPdf, type Verification } from './pdf-composer';

export interface ScoreSheetRenderOptions {
  creationDate: Date;
  /** Verification of an archived sheet; null (the default) for a sheet printed for scoring. */
  verification?: Verification | null;
}

/**
 * The expert score sheet (专家评分表) for signature: per assigned application one page (more if the comment is long)
 * with the call, panel and expert, the application's receipt number, enterprise and project, each rubric criterion
 * with its maximum and the points (blank to be filled in by hand when not scored online), the total, the comment,
 * and the signature and date lines. A pure function of the view model.
 */
export async function renderScoreSheet(sheet: ScoreSheetDocument, options: ScoreSheetRenderOptions): Promise<RenderedPdf> {
  const composer = new PdfComposer({
    info: { title: `专家评分表 ${sheet.call.title} ${sheet.expertName}`, author: sheet.expertName, subject: `${sheet.call.title} ${sheet.panelName}`, keywords: '专家评分表' },
    creationDate: options.creationDate,
    verification: options.verification ?? null,
    header: `${sheet.call.title} · ${sheet.panelName} · 专家评分表 · ${sheet.expertName}`,
    watermark: null,
  });
  if (sheet.applications.length === 0) {
    composer.text('专家评分表', { size: 20, bold: true, align: 'center', gapAfter: 12 });
    composer.text('（本评审组未分配申报项目）', { align: 'center', color: '#5f6368' });
  }
  sheet.applications.forEach((application, index) => {
    if (index > 0) composer.newPage();
    composer.y = PAGE.margin.top + 6;
    composer.text('专 家 评 分 表', { size: 20, bold: true, align: 'center', gapAfter: 4 });
    composer.text(`${sheet.call.title} · ${sheet.panelName}`, { size: 11, align: 'center', color: '#5f6368', gapAfter: 16 });
    composer.fieldTable(
      [
        { label: '受理编号', value: application.receiptNo },
        { label: '申报单位', value: application.enterpriseName },
        { label: '项目名称', value: application.projectName },
        { label: '评审专家', value: sheet.expertName },
      ],
      110,
    );
    const scored = (points: number | null) => (points === null ? '' : formatDocumentNumber(points));
    composer.table(
      [
        { header: '序号', width: 34, align: 'center' },
        { header: '评分项', width: 120 },
        { header: '评分要点', width: CONTENT_WIDTH - 274 },
        { header: '满分', width: 50, align: 'center' },
        { header: '得分', width: 70, align: 'center' },
      ],
      [
        ...application.criteria.map((criterion, row) => [String(row + 1), criterion.name, criterion.description, formatDocumentNumber(criterion.maxPoints), scored(criterion.points)]),
        ['', '合计', '', formatDocumentNumber(application.maxTotal), scored(application.total)],
      ],
    );
    composer.text('评审意见', { bold: true, gapAfter: 4 });
    composer.row([{ text: application.comment ?? '\n\n\n\n\n', width: CONTENT_WIDTH }]);
    composer.y += 28;
    composer.ensureRoom(40);
    composer.text('评审专家（签字）：____________________        日期：______年____月____日', { size: 11 });
  });
  return composer.finish();
}
