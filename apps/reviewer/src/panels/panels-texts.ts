import type { LocalizedText } from '@shifan/domain';

export const PANELS_TEXTS = {
  title: { zh: '专家组与抽取', en: 'Panels and draws' },
  intro: {
    zh: '为形式审查通过的申报组建评审专家组。新建专家组时系统即生成随机种子并公布其 SHA-256 摘要；抽取按种子确定性地进行，抽取后公布种子，任何人都可复核抽取结果。',
    en: 'Form expert panels for the formally accepted applications. Creating a panel fixes a random seed and publishes its SHA-256; the draw follows the seed deterministically, and the seed is revealed afterwards so anyone can replay the draw.',
  },
  call: { zh: '申报批次', en: 'Call' },
  callPlaceholder: { zh: '选择申报批次', en: 'Choose a call' },
  chooseCall: { zh: '请先选择一个申报批次。', en: 'Choose a call first.' },
  panels: { zh: '本批次的专家组', en: 'Panels of the call' },
  noPanels: { zh: '本批次尚未组建专家组', en: 'No panels yet' },
  name: { zh: '专家组名称', en: 'Panel' },
  size: { zh: '专家人数', en: 'Size' },
  status: { zh: '状态', en: 'Status' },
  applications: { zh: '申报数', en: 'Applications' },
  members: { zh: '成员', en: 'Members' },
  progress: { zh: '评分进度', en: 'Scoring progress' },
  committedAt: { zh: '种子生成时间', en: 'Seed committed' },
  drawnAt: { zh: '抽取时间', en: 'Drawn' },
  open: { zh: '查看', en: 'Open' },
  // Creating a panel
  createTitle: { zh: '新建专家组', en: 'New panel' },
  createIntro: {
    zh: '选择本专家组评审的申报（不选则为所有尚未分组的形式审查通过申报）、专家人数与必须覆盖的专业领域。创建后即生成随机种子并固定其摘要，随后在专家组页面进行抽取。',
    en: 'Choose the applications the panel reviews (none: every formally accepted application not yet on a panel), its size and the fields it must cover. Creating it fixes the seed’s hash; the draw then happens on the panel’s page.',
  },
  namePlaceholder: { zh: '如：2025 年智能制造试点示范 第一组', en: 'e.g. Smart manufacturing 2025, panel 1' },
  sizeHint: { zh: '奇数且不少于 5 人；默认取批次设置。', en: 'Odd and at least 5; the call’s setting by default.' },
  sizeOdd: { zh: '专家人数应为不少于 5 的奇数', en: 'The size must be an odd number of at least 5' },
  requiredFields: { zh: '必须覆盖的专业领域', en: 'Fields to cover' },
  requiredFieldsHint: {
    zh: '每个所选领域至少抽中一位擅长该领域的专家。可不选。',
    en: 'At least one member must cover each field chosen. Optional.',
  },
  requiredFieldsPlaceholder: { zh: '选择细分领域（选填）', en: 'Choose sub-fields (optional)' },
  pickApplications: { zh: '评审的申报', en: 'Applications to review' },
  pickApplicationsHint: {
    zh: '勾选本专家组评审的申报；不勾选则包括全部尚未分组的形式审查通过申报。',
    en: 'Tick the applications this panel reviews; with none ticked, it takes every formally accepted application not yet on a panel.',
  },
  allApplications: { zh: '未勾选：将包括全部尚未分组的申报', en: 'None ticked: every application not yet on a panel' },
  noAccepted: { zh: '本批次暂无形式审查通过的申报', en: 'No formally accepted applications in this call' },
  onPanel: { zh: '已在专家组', en: 'On a panel' },
  receiptNo: { zh: '受理编号', en: 'Receipt no.' },
  enterprise: { zh: '申报单位', en: 'Applicant' },
  project: { zh: '项目名称', en: 'Project' },
  field: { zh: '细分领域', en: 'Sub-field' },
  state: { zh: '状态', en: 'State' },
  createSubmit: { zh: '创建专家组并生成种子', en: 'Create the panel and commit the seed' },
  created: { zh: '专家组已创建，随机种子摘要已固定', en: 'The panel is created and the seed’s hash is fixed' },
  invalid: { zh: '请按提示修改后再提交。', en: 'Fix the fields marked and try again.' },
} as const satisfies Record<string, LocalizedText>;

export function selectedText(count: number): LocalizedText {
  return count === 0 ? PANELS_TEXTS.allApplications : { zh: `已勾选 ${count} 项申报`, en: `${count} application(s) ticked` };
}

export const PANEL_STATUS_LABELS: Readonly<Record<'committed' | 'drawn', LocalizedText>> = {
  committed: { zh: '待抽取', en: 'Not drawn' },
  drawn: { zh: '已抽取', en: 'Drawn' },
};

export const PANEL_TEXTS = {
  heading: { zh: '专家组', en: 'Panel' },
  back: { zh: '返回专家组列表', en: 'Back to the panels' },
  status: { zh: '状态', en: 'Status' },
  loadFailed: { zh: '未能读取专家组', en: 'The panel could not be loaded' },
  overview: { zh: '概况', en: 'Overview' },
  call: { zh: '申报批次', en: 'Call' },
  size: { zh: '专家人数', en: 'Panel size' },
  requiredFields: { zh: '必须覆盖的专业领域', en: 'Fields to cover' },
  noRequiredFields: { zh: '未指定', en: 'None' },
  committedAt: { zh: '种子生成时间', en: 'Seed committed' },
  drawnAt: { zh: '抽取时间', en: 'Drawn' },
  candidates: { zh: '候选专家数', en: 'Candidates' },
  seedHash: { zh: '随机种子 SHA-256 摘要', en: 'SHA-256 of the seed' },
  seed: { zh: '随机种子', en: 'Seed' },
  commitTitle: { zh: '抽取前已固定随机种子', en: 'The seed is fixed before the draw' },
  commitExplain: {
    zh: '系统在创建专家组时生成了随机种子，并在抽取之前记录、公布了它的 SHA-256 摘要（如下）。抽取完全由该种子和专家库决定；抽取后公布种子本身，任何人都可核对种子的摘要与此处一致，并用同一种子重放抽取、得到相同的专家名单。因此抽取结果无法在事后被挑选或更改。',
    en: 'A random seed was generated when the panel was created, and its SHA-256 (below) was recorded and published before the draw. The draw depends only on this seed and the pool; the seed itself is revealed after the draw, so anyone can check that it matches this hash and replay the draw to get the same panel. The result cannot be picked or changed afterwards.',
  },
  revealedTitle: { zh: '种子已公布', en: 'The seed is revealed' },
  revealedExplain: {
    zh: '以下种子的 SHA-256 摘要与抽取前公布的摘要一致。用“复核抽取”可按记录的种子和候选专家重放抽取并比对结果。',
    en: 'The SHA-256 of the seed below matches the hash published before the draw. “Replay the draw” runs it again from the recorded seed and candidates and compares.',
  },
  draw: { zh: '抽取专家', en: 'Draw the panel' },
  drawHint: {
    zh: '按已固定的种子抽取专家，并自动回避存在利益冲突的专家；抽取后申报进入专家评审，不能重新抽取。',
    en: 'Draws with the fixed seed and excludes conflicted experts automatically; the applications then move to expert review and the draw cannot be repeated.',
  },
  drawn: { zh: '抽取完成', en: 'The panel is drawn' },
  members: { zh: '专家组成员', en: 'Members' },
  name: { zh: '姓名', en: 'Name' },
  employer: { zh: '工作单位', en: 'Employer' },
  title: { zh: '职称', en: 'Title' },
  fields: { zh: '专业领域', en: 'Fields' },
  role: { zh: '产生方式', en: 'How chosen' },
  drawnRole: { zh: '随机抽中', en: 'Drawn' },
  replacementRole: { zh: '递补', en: 'Replacement' },
  declined: { zh: '已退出', en: 'Stepped down' },
  active: { zh: '在组', en: 'Serving' },
  scoreSheet: { zh: '评分表 PDF', en: 'Score sheet PDF' },
  exclusions: { zh: '回避', en: 'Exclusions (回避)' },
  exclusionsIntro: {
    zh: '以下专家因与本组申报存在利益冲突而未参加抽取，每条为回避理由。',
    en: 'These experts were kept out of the draw because of a conflict of interest with an application of the panel; each line is a reason.',
  },
  noExclusions: { zh: '没有专家因回避被排除。', en: 'No expert had to be excluded.' },
  reasons: { zh: '回避理由', en: 'Reasons' },
  reserves: { zh: '备选专家', en: 'Reserves' },
  reservesHint: {
    zh: '回避后符合条件但未抽中的专家，按抽取顺序在成员申明利益冲突时依次递补。',
    en: 'Eligible experts not drawn; they replace a member who declares a conflict, in the drawn order.',
  },
  replay: { zh: '复核抽取', en: 'Replay the draw' },
  replayMatches: { zh: '复核一致：按记录的种子重放抽取，得到的专家与记录完全相同。', en: 'Match: replaying from the recorded seed gives exactly the recorded panel.' },
  replayDiffers: { zh: '复核不一致：重放结果与记录的专家组不同，请立即核查。', en: 'Mismatch: the replay differs from the recorded panel. Investigate at once.' },
  recorded: { zh: '记录的专家', en: 'Recorded' },
  replayed: { zh: '重放的专家', en: 'Replayed' },
  progress: { zh: '评审进度', en: 'Scoring progress' },
  application: { zh: '申报', en: 'Application' },
  experts: { zh: '各专家情况', en: 'Each expert' },
  submitted: { zh: '已提交', en: 'Submitted' },
  remind: { zh: '发送提醒', en: 'Send reminders' },
  remindHint: {
    zh: '给尚未完成声明或评分的成员发送邮件提醒。',
    en: 'E-mails every member with a declaration or score still to do.',
  },
  summaryPdf: { zh: '专家组汇总表 PDF', en: 'Panel summary PDF' },
  downloads: { zh: '下载', en: 'Downloads' },
  noApplications: { zh: '暂无申报', en: 'No applications' },
  replacesText: { zh: '递补', en: 'replacement' },
} as const satisfies Record<string, LocalizedText>;

export function remindedText(count: number): LocalizedText {
  return count === 0
    ? { zh: '所有成员均已完成，无需提醒', en: 'Everyone is done; nobody needed a reminder' }
    : { zh: `已向 ${count} 位专家发送提醒`, en: `Reminded ${count} expert(s)` };
}

export function reservesText(count: number): LocalizedText {
  return { zh: `${count} 位`, en: `${count}` };
}

export function excludedCountText(count: number): LocalizedText {
  return { zh: `共 ${count} 位专家回避`, en: `${count} expert(s) excluded` };
}

export function progressText(submitted: number, expected: number): LocalizedText {
  return { zh: `已提交 ${submitted} / ${expected} 份评分`, en: `${submitted} of ${expected} scores submitted` };
}

export function panelTitleText(name: string): LocalizedText {
  return { zh: `专家组：${name}`, en: `Panel: ${name}` };
}

export function expertIdText(id: number): LocalizedText {
  return { zh: `专家 #${id}`, en: `Expert #${id}` };
}
