#!/usr/bin/env node
// Benchmark: a 20-page 申报书 rendered by the API's renderer (apps/api/dist/documents/renderers), beside bare pdfkit
// writing the same text in the same font (flowing paragraphs: no tables, no table of contents, no footers, no QR
// code). Median and p95 time and the size over N runs, after a warm-up; in-process, no network. Build first:
//   NX_DAEMON=false npx nx run-many -t build --projects=@shifan/domain,@shifan/api
//   node bench/pdf.bench.mjs [runs=30]
// Targets (issue #6): under 150 ms and under 1 MB for the 20-page 申报书.
import { createRequire } from 'node:module';
import path from 'node:path';
import { completeApplication, completeProfile } from '../seeds/generate-enterprises.mjs';

const root = path.join(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
const domain = require('@shifan/domain');
const { renderApplicationForm } = require('./dist/documents/renderers/application-form.renderer.js');
const { renderReceipt } = require('./dist/documents/renderers/receipt.renderer.js');
const PDFDocument = require('pdfkit');

const runs = Number(process.argv[2] ?? 30);
const WARM_UP = 5;
const TARGET_MS = 150;
const TARGET_BYTES = 1024 * 1024;

/**
 * A complete smart-manufacturing application: with long free text and enough attachments to reach 20 pages, or
 * (`typical`) with a short summary and three attachments, as most are.
 */
function viewModel({ typical = false } = {}) {
  const paragraph = (n) =>
    '本项目围绕离散制造车间的柔性化与数字化改造,新建智能装配线两条,部署制造执行系统(MES)并与企业资源计划(ERP)、产品生命周期管理(PLM)实现数据贯通,'.repeat(n);
  // The same sample enterprise and application as the load-test generator, with longer texts to fill 20 pages.
  const profile = {
    ...completeProfile('91420100MAEC200T12', '武汉示范智能装备有限公司', 2025),
    registeredAddress: '武汉市洪山区关山大道1号光谷软件园A区3栋15层1501室(示范产业园综合楼)',
    outputValueWanYuan: 38000,
  };
  const data = { ...completeApplication('2026-04-30'), summary: paragraph(typical ? 2 : 28).slice(0, 2000), startDate: '2025-01-10', completionDate: '2026-03-30' };
  const settings = domain.defaultCallSettings('SMART_MFG_PILOT', { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' });
  const slots = domain.defaultAttachmentSlots('SMART_MFG_PILOT');
  const attachments = Array.from({ length: typical ? 3 : 120 }, (_, i) => ({
    slotKey: slots[i % slots.length].key,
    fileName: `附件${i + 1}-${'设备购置合同及发票汇总(含技术协议、验收报告)'.repeat(2)}.pdf`,
    size: 1_000_000 + i * 7919,
    sha256: domain.sha256Hex(`attachment ${i}`),
  }));
  return domain.buildApplicationFormDocument({
    applicationId: 42,
    draft: false,
    call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报', year: 2026, category: 'SMART_MFG_PILOT', level: 'municipal', attachmentSlots: slots },
    enterprise: { name: profile.name, uscc: profile.uscc },
    profile,
    data,
    eligibility: domain.evaluateEligibility('SMART_MFG_PILOT', settings, profile, data, { otherApplicationsInCall: 0 }),
    attachments,
    receiptNo: 'WH2026ZN007-00012',
    submittedAt: '2026-06-01T02:00:00.000Z',
  });
}

/** Every string the renderer prints about the application, in order. */
function textOf(form) {
  const lines = [form.call.title, '申报书', form.enterprise.name, form.enterprise.uscc, form.projectName, form.receiptNo];
  for (const chapter of form.chapters) {
    lines.push(chapter.title);
    for (const group of chapter.groups) {
      if (group.title) lines.push(group.title);
      for (const field of group.fields) lines.push(`${field.label}:${field.value}`);
    }
  }
  for (const line of form.eligibility.lines) lines.push(`${line.title} ${line.outcomeLabel} ${line.message}`);
  for (const attachment of form.attachments) lines.push(`${attachment.slotName} ${attachment.fileName} ${attachment.sizeLabel}`, `SHA-256:${attachment.sha256}`);
  return lines;
}

const fontFiles = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
};

/** Bare pdfkit: the same lines as flowing text in the same fonts, registered from the files as pdfkit's docs show. */
function bare(lines) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 84, left: 56, right: 56 }, info: { CreationDate: new Date('2026-06-01T02:00:00Z') } });
    const chunks = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', fontFiles.regular);
    doc.registerFont('bold', fontFiles.bold);
    doc.font('bold').fontSize(16).text(lines[0], { align: 'center' });
    doc.font('regular').fontSize(9.5);
    for (const line of lines.slice(1)) doc.text(line, { lineGap: 2 });
    doc.end();
  });
}

function pageCount(pdf) {
  return Number(/\/Type \/Pages\n\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? NaN);
}

async function measure(label, render) {
  for (let i = 0; i < WARM_UP; i++) await render();
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    last = await render();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { label, median: at(0.5), p95: at(0.95), bytes: last.length, pages: pageCount(last) };
}

const form = viewModel();
const seal = domain.sealDocument(form);
const code = domain.formatVerificationCode(seal.code);
const options = { verification: { code, url: `https://portal.example.gov.cn/verify/${code}` }, creationDate: new Date('2026-06-01T02:00:00Z') };
const receipt = domain.buildReceiptDocument(form, seal);
const lines = textOf(form);
const typical = viewModel({ typical: true });

const coldStarted = process.hrtime.bigint();
const cold = await renderApplicationForm(form, options);
const coldMs = Number(process.hrtime.bigint() - coldStarted) / 1e6;

const results = [
  await measure('申报书, API renderer (tables, contents, footers, QR, outline)', async () => (await renderApplicationForm(form, options)).pdf),
  await measure('same text, bare pdfkit (flowing lines, fonts from the files)', () => bare(lines)),
  await measure('回执 (receipt), API renderer', async () => (await renderReceipt(receipt, options)).pdf),
  await measure('typical 申报书 (short summary, 3 attachments), API renderer', async () => (await renderApplicationForm(typical, options)).pdf),
];
const sealRuns = [];
for (let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint();
  domain.sealDocument(form);
  sealRuns.push(Number(process.hrtime.bigint() - started) / 1e6);
}
sealRuns.sort((a, b) => a - b);

console.log(`Node ${process.version}, ${runs} runs after ${WARM_UP} warm-up runs; first (cold) render of the 申报书: ${coldMs.toFixed(0)} ms, ${cold.pages} pages`);
console.log('| document | pages | median | p95 | size |');
console.log('|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.label} | ${r.pages} | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${(r.bytes / 1024).toFixed(1)} KiB |`);
console.log(`| verification seal of the 申报书 (canonical JSON + SHA-256 in TypeScript, ${domain.canonicalJson(form).length} characters) | | ${sealRuns[Math.floor(runs / 2)].toFixed(2)} ms | | |`);
const [main] = results;
const ok = main.median < TARGET_MS && main.bytes < TARGET_BYTES;
console.log(`target (< ${TARGET_MS} ms, < 1 MiB for the 20-page 申报书): ${ok ? 'met' : 'NOT met'} — ${main.median.toFixed(1)} ms, ${(main.bytes / 1024).toFixed(1)} KiB, ${main.pages} pages`);
process.exitCode = ok ? 0 : 1;
