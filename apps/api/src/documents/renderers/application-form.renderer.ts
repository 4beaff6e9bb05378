import { type ApplicationFormDocument, chineseNumeral, EMPTY_VALUE, formatBeijingDateTime } from '@shifan/domain';
import { CONTENT_WIDTH, PAGE, PdfComposer, type RenderedPdf, type Verification } from './pdf-composer';

export interface DocumentRenderOptions {
  verification: Verification;
  /** The PDF's CreationDate: the submission time for archived documents, so a render is reproducible byte for byte. */
  creationDate: Date;
}

/**
 * The 申报书 as a PDF: a cover, a table of contents, the enterprise profile and every section of the form as labelled
 * tables, the eligibility self-check rule by rule, and the attachment list with sizes and SHA-256; a 草稿 watermark on
 * every page of a draft. A pure function of the view model (and the verification address printed on each page).
 */
export async function renderApplicationForm(form: ApplicationFormDocument, options: DocumentRenderOptions): Promise<RenderedPdf> {
  const composer = new PdfComposer({
    info: {
      title: `${form.call.title} 申报书 ${form.projectName}`,
      author: form.enterprise.name,
      subject: `${form.call.categoryName} 申报书${form.receiptNo ? ` ${form.receiptNo}` : '(草稿)'}`,
      keywords: [form.receiptNo ?? '草稿', options.verification.code].join(' '),
    },
    creationDate: options.creationDate,
    verification: options.verification,
    header: `${form.call.title} · 申报书 · ${form.receiptNo ?? '草稿(未提交)'} · ${form.enterprise.name}`,
    watermark: form.draft ? '草稿' : null,
  });

  cover(composer, form);
  composer.newPage();
  const contentsPage = composer.pageIndex;

  let number = 0;
  const title = (text: string) => `${chineseNumeral(++number)}、${text}`;
  composer.newPage();
  for (const chapter of form.chapters) {
    composer.chapter(title(chapter.title));
    for (const group of chapter.groups) {
      if (group.title) composer.subheading(group.title);
      if (group.fields.length === 0) composer.text('(本节无填报项)', { color: '#5f6368', gapAfter: 8 });
      else composer.fieldTable(group.fields);
    }
  }

  composer.chapter(title('申报条件自查'));
  composer.text(
    form.draft ? `当前自查结论:${form.eligibility.verdictLabel}(按当前填写内容检查;提交时由系统复核)` : `自查结论:${form.eligibility.verdictLabel}(提交时系统复核结果)`,
    { bold: true, gapAfter: 6 },
  );
  if (form.eligibility.lines.length === 0) composer.text('(未进行自查)', { color: '#5f6368', gapAfter: 8 });
  else {
    composer.table(
      [
        { header: '序号', width: 34, align: 'center' },
        { header: '条件', width: 150 },
        { header: '结果', width: 50, align: 'center' },
        { header: '说明', width: CONTENT_WIDTH - 234 },
      ],
      form.eligibility.lines.map((line, index) => [String(index + 1), line.title, line.outcomeLabel, line.message]),
    );
  }

  composer.ensureRoom(120);
  composer.chapter(title('附件清单'));
  if (form.attachments.length === 0) composer.text('(未上传附件)', { color: '#5f6368', gapAfter: 8 });
  else attachmentList(composer, form);

  return composer.finish(contentsPage);
}

function cover(composer: PdfComposer, form: ApplicationFormDocument): void {
  composer.y = PAGE.margin.top + 40;
  composer.text(form.call.title, { size: 16, bold: true, align: 'center', gapAfter: 28 });
  composer.text('申  报  书', { size: 32, bold: true, align: 'center', gapAfter: 10 });
  composer.text(`${form.call.categoryName}(${form.call.levelName})`, { size: 12, align: 'center', color: '#5f6368', gapAfter: 56 });
  const facts: [string, string][] = [
    ['申报单位', form.enterprise.name],
    ['统一社会信用代码', form.enterprise.uscc],
    ['项目名称', form.projectName],
    ['申报类别', form.call.categoryName],
    ['申报批次', form.call.title],
    ['回执编号', form.receiptNo ?? '(尚未提交)'],
    ['提交时间', form.submittedAt ? `${formatBeijingDateTime(form.submittedAt)}(北京时间)` : '(尚未提交)'],
  ];
  const labelWidth = 120;
  const x = PAGE.margin.left + 30;
  const valueWidth = CONTENT_WIDTH - 60 - labelWidth;
  for (const [label, value] of facts) {
    const top = composer.y;
    composer.text(`${label}:`, { size: 12, bold: true, x, width: labelWidth, align: 'right' });
    const labelBottom = composer.y;
    composer.y = top;
    composer.text(value || EMPTY_VALUE, { size: 12, x: x + labelWidth + 8, width: valueWidth - 8 });
    composer.y = Math.max(composer.y, labelBottom) + 2;
    composer.doc
      .moveTo(x + labelWidth + 4, composer.y)
      .lineTo(x + labelWidth + valueWidth, composer.y)
      .lineWidth(0.6)
      .stroke('#444444');
    composer.y += 14;
  }
  if (form.draft) {
    composer.y += 24;
    composer.text('草稿 · 尚未提交 · 仅供核对,不作为申报材料', { size: 12, bold: true, align: 'center', color: '#b00020' });
  } else {
    composer.y += 24;
    composer.text('本申报书由申报系统在提交时生成并存档;每页页脚的验证码与二维码可用于核验纸质件与存档是否一致。', {
      size: 9,
      align: 'center',
      color: '#5f6368',
    });
  }
}

function attachmentList(composer: PdfComposer, form: ApplicationFormDocument): void {
  const columns = [
    { header: '序号', width: 34 },
    { header: '材料', width: 140 },
    { header: '文件名', width: CONTENT_WIDTH - 254 },
    { header: '大小', width: 80 },
  ];
  const header = () =>
    composer.row(columns.map((column) => ({ text: column.header, width: column.width, bold: true, fill: '#e6eaf0', align: 'center' as const })));
  composer.ensureRoom(80);
  header();
  form.attachments.forEach((attachment, index) => {
    composer.ensureRoom(44);
    composer.row(
      [
        { text: String(index + 1), width: 34, align: 'center' },
        { text: attachment.slotName, width: 140 },
        { text: attachment.fileName, width: CONTENT_WIDTH - 254 },
        { text: attachment.sizeLabel, width: 80, align: 'right' },
      ],
      header,
    );
    composer.spanRow(`SHA-256:${attachment.sha256}`, { size: 8, onNewPage: header });
  });
  composer.y += 8;
  composer.text(`共 ${form.attachments.length} 个附件。SHA-256 为文件内容的摘要,可用于核对所交文件与上传文件一致。`, { size: 8.5, color: '#5f6368' });
}
