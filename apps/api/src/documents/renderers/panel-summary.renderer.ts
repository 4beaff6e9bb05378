import { EMPTY_VALUE, formatBeijingDateTime, formatDocumentNumber, type PanelSummaryApplication, type PanelSummaryDocument, TRIMMED_MEAN_RULE } from '@shifan/domain';
import { CONTENT_WIDTH, PAGE, PdfComposer, type RenderedPdf, type Verification } from './pdf-composer';

export interface ReviewDocumentRenderOptions {
  /** The PDF's CreationDate (with it, the same view model gives the same bytes). */
  creationDate: Date;
  /** Verification of an archived document; null (the default) for one printed for signature only. */
  verification?: Verification | null;
}

const MUTED = '#5f6368';
const HEADER_FILL = '#e6eaf0';
const LABEL_FILL = '#f2f4f7';

/**
 * The 评审专家组汇总表 of one panel, for the signatures of its leader and the supervising officer: the panel's draw
 * (seed SHA-256 and time), its members, the experts who stepped aside and why (回避情况), then per application every
 * member's total with its deviation from the trimmed mean and the outlier marks, and the trimmed mean
 * (去掉一个最高分和一个最低分后的平均分), median and spread. A pure function of the view model.
 */
export async function renderPanelSummary(summary: PanelSummaryDocument, options: ReviewDocumentRenderOptions): Promise<RenderedPdf> {
  const { call, panel } = summary;
  const composer = new PdfComposer({
    info: { title: `评审专家组汇总表 ${call.title} ${panel.name}`, author: panel.name, subject: `${call.title} ${panel.name}`, keywords: '评审专家组汇总表' },
    creationDate: options.creationDate,
    verification: options.verification ?? null,
    header: `${call.title} · ${panel.name} · 评审专家组汇总表`,
    watermark: null,
  });
  composer.y = PAGE.margin.top + 6;
  composer.text('评审专家组汇总表', { size: 20, bold: true, align: 'center', gapAfter: 4 });
  composer.text(`${call.title} · ${panel.name}`, { size: 11, align: 'center', color: MUTED, gapAfter: 16 });
  composer.fieldTable(
    [
      { label: '申报批次', value: call.title },
      { label: '评审组', value: panel.name },
      { label: '抽取时间', value: panel.drawnAt ? `${formatBeijingDateTime(panel.drawnAt)}（北京时间）` : '（尚未抽取）' },
      { label: '随机种子 SHA-256', value: panel.seedSha256, size: 8 },
      { label: '评审方式', value: panel.blindReview ? '盲评（隐去申报单位名称，以项目代号代替）' : '实名评审' },
      { label: '评审专家 / 评审项目', value: `${summary.members.length} 人 / ${summary.applications.length} 项` },
      { label: '偏离评分', value: `与去极值平均分相差超过 ${formatDocumentNumber(panel.outlierThresholdPoints)} 分的评分，须由评审专家书面说明理由` },
    ],
    130,
  );

  composer.subheading('一、评审专家组成员');
  if (summary.members.length === 0) composer.text('（未抽取评审专家）', { color: MUTED, gapAfter: 8 });
  else {
    composer.table(
      [
        { header: '序号', width: 34, align: 'center' },
        { header: '姓名', width: 80 },
        { header: '工作单位', width: CONTENT_WIDTH - 294 },
        { header: '职称', width: 110 },
        { header: '备注', width: 70, align: 'center' },
      ],
      summary.members.map((member, index) => [String(index + 1), member.name, member.employer, member.title, [member.leader ? '组长' : '', member.note ?? ''].filter(Boolean).join('、')]),
    );
  }

  composer.subheading('二、回避情况');
  if (summary.recusals.length === 0) composer.text('无专家回避。', { gapAfter: 8 });
  else {
    composer.table(
      [
        { header: '序号', width: 34, align: 'center' },
        { header: '姓名', width: 70 },
        { header: '工作单位', width: 110 },
        { header: '回避事由', width: CONTENT_WIDTH - 314 },
        { header: '涉及项目', width: 100 },
      ],
      summary.recusals.map((recusal, index) => [String(index + 1), recusal.name, recusal.employer, recusal.reasons.join('\n') || EMPTY_VALUE, recusal.concerns ?? '全部项目']),
    );
  }

  composer.subheading('三、评分汇总');
  composer.text(TRIMMED_MEAN_RULE.zh, { size: 8.5, color: MUTED, gapAfter: 6 });
  if (summary.applications.length === 0) composer.text('（本评审组无评审项目）', { color: MUTED, gapAfter: 8 });
  summary.applications.forEach((application, index) => applicationBlock(composer, summary, application, index));

  signatures(composer);
  return composer.finish();
}

function applicationBlock(composer: PdfComposer, summary: PanelSummaryDocument, application: PanelSummaryApplication, index: number): void {
  const applicantLabel = summary.panel.blindReview ? '项目代号' : '申报单位';
  const columns = [
    { header: '序号', width: 34 },
    { header: '评审专家', width: 90 },
    { header: '总分', width: 60 },
    { header: '偏差', width: 60 },
    { header: '偏离', width: 44 },
    { header: '偏离说明', width: CONTENT_WIDTH - 288 },
  ];
  const heading = (continued: boolean) => {
    composer.row([
      {
        text: `${index + 1}. 受理编号：${application.receiptNo}    ${applicantLabel}：${application.applicantLabel}${continued ? '（续）' : ''}`,
        width: CONTENT_WIDTH,
        bold: true,
        fill: LABEL_FILL,
      },
    ]);
  };
  const columnHeader = () => composer.row(columns.map((column) => ({ text: column.header, width: column.width, bold: true, fill: HEADER_FILL, align: 'center' as const })));
  const onNewPage = () => {
    heading(true);
    columnHeader();
  };
  // Keep a block of a usual panel on one page: its heading, one row per expert and the figures (~26 pt a row).
  composer.ensureRoom(Math.min(26 * (application.scores.length + 3) + 70, 420));
  heading(false);
  composer.row([{ text: `项目名称：${application.projectName}`, width: CONTENT_WIDTH }]);
  columnHeader();
  application.scores.forEach((score, row) => {
    composer.row(
      [
        { text: String(row + 1), width: columns[0].width, align: 'center' },
        { text: score.expertName, width: columns[1].width },
        { text: score.total === null ? (score.note ?? EMPTY_VALUE) : points(score.total), width: columns[2].width, align: 'right' },
        { text: score.deviation === null ? '' : points(score.deviation), width: columns[3].width, align: 'right' },
        { text: score.outlier ? '※' : '', width: columns[4].width, align: 'center', bold: true },
        { text: score.outlierReason ?? (score.outlier ? '（未说明）' : ''), width: columns[5].width },
      ],
      onNewPage,
    );
  });
  const statistics = application.statistics;
  const figure = (value: number | undefined) => (value === undefined ? EMPTY_VALUE : points(value));
  composer.row(
    [
      { text: '去掉一个最高分和一个最低分后的平均分', width: 184, bold: true, fill: LABEL_FILL },
      { text: figure(statistics?.trimmedMean), width: 60, bold: true, align: 'right' },
      { text: '中位数', width: 50, fill: LABEL_FILL, align: 'center' },
      { text: figure(statistics?.median), width: 60, align: 'right' },
      { text: '极差', width: 44, fill: LABEL_FILL, align: 'center' },
      { text: figure(statistics?.spread), width: CONTENT_WIDTH - 398, align: 'right' },
    ],
    onNewPage,
  );
  composer.row([{ text: `有效评分 ${statistics?.count ?? 0} 份；偏离评分（※）${application.outlierCount} 份。`, width: CONTENT_WIDTH, size: 8.5 }], onNewPage);
  composer.y += 10;
}

function signatures(composer: PdfComposer): void {
  composer.y += 18;
  composer.ensureRoom(120);
  composer.text('以上评分经评审专家组复核无误。', { size: 10, gapAfter: 24 });
  for (const label of ['组长签字', '监督人员签字']) {
    const top = composer.y;
    composer.text(`${label}：______________________`, { size: 11, x: PAGE.margin.left, width: 280 });
    composer.y = top;
    composer.text('日期：________年_____月_____日', { size: 11, x: PAGE.margin.left + 290, width: CONTENT_WIDTH - 290 });
    composer.y += 26;
  }
}

/** Scores with two decimals, as the ranking rounds them. */
function points(value: number): string {
  return value.toFixed(2);
}
