import { type ApplicationFormDocument, chineseNumeral, EMPTY_VALUE, formatBeijingDateTime, SIGNING_COPY_MARK } from '@shifan/domain';
import { CONTENT_WIDTH, PAGE, PdfComposer, type RenderedPdf, signatureBlock, type Verification } from './pdf-composer';

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
      subject: `${form.call.categoryName} 申报书${form.receiptNo ? ` ${form.receiptNo}` : form.copy === 'signing' ? `(${SIGNING_COPY_MARK})` : '（草稿）'}`,
      keywords: [form.receiptNo ?? (form.copy === 'signing' ? SIGNING_COPY_MARK : '草稿'), options.verification.code].join(' '),
    },
    creationDate: options.creationDate,
    verification: options.verification,
    header: `${form.call.title} · 申报书 · ${form.receiptNo ?? (form.copy === 'signing' ? SIGNING_COPY_MARK : '草稿（未提交）')} · ${form.enterprise.name}`,
    watermark: form.draft ? '草稿' : null,
  });

  cover(composer, form, options);
  composer.newPage();
  const contentsPage = composer.pageIndex;

  let number = 0;
  const title = (text: string) => `${chineseNumeral(++number)}、${text}`;
  composer.newPage();
  for (const chapter of form.chapters) {
    composer.chapter(title(chapter.title));
    for (const group of chapter.groups) {
      if (group.title) composer.subheading(group.title);
      if (group.fields.length === 0) composer.text('（本节无填报项）', { color: '#5f6368', gapAfter: 8 });
      else composer.fieldTable(group.fields);
    }
  }

  composer.chapter(title('申报条件自查'));
  composer.text(
    form.draft ? `当前自查结论：${form.eligibility.verdictLabel}（按当前填写内容检查；提交时由系统复核）` : `自查结论：${form.eligibility.verdictLabel}（提交时系统复核结果）`,
    { bold: true, gapAfter: 6 },
  );
  if (form.eligibility.lines.length === 0) composer.text('（未进行自查）', { color: '#5f6368', gapAfter: 8 });
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
  if (form.copy === 'signing') {
    composer.text('签字盖章用申报书不列附件清单：附件以系统上传为准，提交时存档的申报书逐项列出每个附件及其 SHA-256。', { color: '#5f6368', gapAfter: 8 });
  } else if (form.attachments.length === 0) composer.text('（未上传附件）', { color: '#5f6368', gapAfter: 8 });
  else attachmentList(composer, form);

  composer.newPage();
  composer.chapter(title('承诺书'));
  pledgePage(composer, form);

  composer.newPage();
  composer.chapter(title('推荐单位意见'));
  recommendationPage(composer, form);

  return composer.finish(contentsPage);
}

function cover(composer: PdfComposer, form: ApplicationFormDocument, options: DocumentRenderOptions): void {
  composer.y = PAGE.margin.top + 16;
  composer.text(form.call.title, { size: 16, bold: true, align: 'center', gapAfter: 20 });
  composer.text('申  报  书', { size: 32, bold: true, align: 'center', gapAfter: 8 });
  composer.text(`${form.call.categoryName}（${form.call.levelName}）`, { size: 12, align: 'center', color: '#5f6368', gapAfter: 28 });
  // A null value is a blank line to sign on.
  const facts: [string, string | null][] = [
    ['申报单位', form.enterprise.name],
    ['统一社会信用代码', form.enterprise.uscc],
    ['项目名称', form.projectName],
    ['申报类别', form.call.categoryName],
    ['申报批次', form.call.title],
    ['受理编号', form.receiptNo ?? '（尚未提交）'],
    ['提交时间', form.submittedAt ? `${formatBeijingDateTime(form.submittedAt)}（北京时间）` : '（尚未提交）'],
    ['推荐单位', form.cover.recommendingUnit],
    ['申报单位（盖章）', form.cover.applicant],
    ['法定代表人（签字）', null],
    ['联系人', form.cover.contact],
    ['填报日期', form.cover.filledOn ?? '      年    月    日'],
  ];
  const labelWidth = 120;
  const x = PAGE.margin.left + 30;
  const valueWidth = CONTENT_WIDTH - 60 - labelWidth;
  for (const [label, value] of facts) {
    const top = composer.y;
    composer.text(`${label}：`, { size: 12, bold: true, x, width: labelWidth, align: 'right' });
    const labelBottom = composer.y;
    composer.y = top;
    composer.text(value === null ? ' ' : value || EMPTY_VALUE, { size: 12, x: x + labelWidth + 8, width: valueWidth - 8 });
    composer.y = Math.max(composer.y, labelBottom) + 2;
    composer.doc
      .moveTo(x + labelWidth + 4, composer.y)
      .lineTo(x + labelWidth + valueWidth, composer.y)
      .lineWidth(0.6)
      .stroke('#444444');
    composer.y += 8;
  }
  if (form.draft) {
    composer.y += 24;
    composer.text('草稿 · 尚未提交 · 仅供核对，不作为申报材料', { size: 12, bold: true, align: 'center', color: '#b00020' });
  } else if (form.copy === 'signing') {
    composer.y += 16;
    composer.text(`【${SIGNING_COPY_MARK}】`, { size: 16, bold: true, align: 'center', color: '#b00020', gapAfter: 4 });
    composer.text(
      `法定代表人签字、申报单位盖章后扫描上传。页脚的核验码 ${options.verification.code} 对应本申报书的内容：打印后如修改申报内容，须重新打印、签字盖章并上传新的扫描件。`,
      { size: 9, align: 'center', color: '#5f6368' },
    );
  } else {
    composer.y += 24;
    composer.text('本申报书由申报系统在提交时生成并存档；每页页脚的核验码与二维码可用于核验纸质件与存档是否一致。', {
      size: 9,
      align: 'center',
      color: '#5f6368',
    });
  }
}

/** 承诺书: the commitments the enterprise ticked, then the seal and the legal representative's signature. */
function pledgePage(composer: PdfComposer, form: ApplicationFormDocument): void {
  composer.text(`本单位（${form.enterprise.name}）就申报“${form.call.title}”郑重承诺：`, { size: 11, gapAfter: 8 });
  if (form.pledges.length === 0) composer.text('（申报单位尚未勾选承诺事项）', { color: '#5f6368', gapAfter: 8 });
  form.pledges.forEach((pledge, index) => composer.text(`${index + 1}. ${pledge}。`, { size: 11, gapAfter: 4 }));
  composer.y += 6;
  composer.text('如有不实，本单位愿承担相应责任。', { size: 11, gapAfter: 16 });
  signatureBlock(composer, ['申报单位（盖章）', '法定代表人（签字）']);
  composer.y += 6;
  composer.text(`（法定代表人：${form.cover.legalRepresentative}）`, { size: 9, color: '#5f6368', align: 'right' });
}

/** 推荐单位意见: left blank for the unit's opinion, its seal and its responsible person's signature. */
function recommendationPage(composer: PdfComposer, form: ApplicationFormDocument): void {
  composer.text(`推荐单位：${form.recommendation.unitName}`, { size: 11, gapAfter: 8 });
  const top = composer.y;
  const height = 320;
  composer.doc.rect(PAGE.margin.left, top, CONTENT_WIDTH, height).lineWidth(0.6).stroke('#444444');
  composer.y = top + 8;
  composer.text('推荐意见：', { size: 11, x: PAGE.margin.left + 8, width: CONTENT_WIDTH - 16 });
  composer.y = top + height + 4;
  signatureBlock(composer, ['推荐单位（盖章）', '负责人（签字）']);
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
  composer.text(`共 ${form.attachments.length} 个附件。SHA-256 为文件内容的摘要，可用于核对所交文件与上传文件一致。`, { size: 8.5, color: '#5f6368' });
}
