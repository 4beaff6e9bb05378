import type { CallPhase, CallStatus, LocalizedText, ProgrammeLevel } from '@shifan/domain';

export const CALLS_TEXTS = {
  title: { zh: '申报批次', en: 'Calls' },
  intro: {
    zh: '各项目类别、各年度的申报批次。新建的批次先保存为草稿，开放后企业即可看到并申报；开放后的每次修改都会发布为新版本，已开始的申报保留其核对时的版本。',
    en: 'The calls of each programme and year. A new call is saved as a draft; once opened, enterprises see it and can apply. Every edit after opening is published as a new version, and each application keeps the version it was checked against.',
  },
  create: { zh: '新建批次', en: 'New call' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportHint: {
    zh: '按当前筛选条件导出全部批次（最多 1000 条；UTF-8，可用 Excel 打开）。',
    en: 'Exports every call matching the filters (up to 1,000; UTF-8, opens in Excel).',
  },
  exporting: { zh: '正在导出', en: 'Exporting' },
  exportEmpty: { zh: '没有符合条件的批次可导出', en: 'No calls match the filters' },
  statusFilter: { zh: '按状态筛选', en: 'Filter by status' },
  categoryFilter: { zh: '按项目类别筛选', en: 'Filter by programme' },
  yearFilter: { zh: '按年度筛选', en: 'Filter by year' },
  reset: { zh: '重置', en: 'Reset' },
  id: { zh: '编号', en: 'ID' },
  callTitle: { zh: '批次名称', en: 'Title' },
  category: { zh: '项目类别', en: 'Programme' },
  level: { zh: '级别', en: 'Level' },
  year: { zh: '年度', en: 'Year' },
  status: { zh: '状态', en: 'Status' },
  opensAt: { zh: '开始时间（北京时间）', en: 'Opens (Beijing time)' },
  opensOn: { zh: '开始时间', en: 'Opens' },
  deadline: { zh: '截止时间', en: 'Deadline' },
  beijingTime: { zh: '北京时间', en: 'Beijing time' },
  deadlineAt: { zh: '截止时间（北京时间）', en: 'Deadline (Beijing time)' },
  quota: { zh: '名额', en: 'Quota' },
  publishedVersion: { zh: '发布版本', en: 'Published version' },
  notPublished: { zh: '未发布', en: 'Not published' },
  edit: { zh: '编辑', en: 'Edit' },
  view: { zh: '查看', en: 'View' },
  serverClockHint: {
    zh: '按服务器时间计算；提交是否逾期以服务器时间为准。',
    en: 'By the server’s clock, which decides whether a submission is on time.',
  },
} as const satisfies Record<string, LocalizedText>;

export const CALL_STATUS_LABELS: Readonly<Record<CallStatus, LocalizedText>> = {
  draft: { zh: '草稿', en: 'Draft' },
  open: { zh: '已开放', en: 'Open' },
  closed: { zh: '已关闭', en: 'Closed' },
};

export const CALL_PHASE_LABELS: Readonly<Record<CallPhase, LocalizedText>> = {
  draft: { zh: '未开放', en: 'Not open' },
  upcoming: { zh: '未开始', en: 'Not started' },
  open: { zh: '申报中', en: 'Accepting' },
  closed: { zh: '已截止', en: 'Past deadline' },
};

export const LEVEL_LABELS: Readonly<Record<ProgrammeLevel, LocalizedText>> = {
  municipal: { zh: '市级', en: 'Municipal' },
  provincial: { zh: '省级', en: 'Provincial' },
  national: { zh: '国家级', en: 'National' },
};

export function versionText(version: number): LocalizedText {
  return version > 0 ? { zh: `第 ${version} 版`, en: `Version ${version}` } : CALLS_TEXTS.notPublished;
}

export function daysLeftText(days: number): LocalizedText {
  return days <= 1 ? { zh: '今天截止', en: 'Closes today' } : { zh: `距截止还有 ${days} 天`, en: `${days} days to the deadline` };
}

export function startsInText(days: number): LocalizedText {
  return { zh: `${days} 天后开始受理`, en: `Opens in ${days} days` };
}

export function exportProgressText(done: number, total: number): LocalizedText {
  return { zh: `正在导出：已取得 ${done} / ${total} 条`, en: `Exporting: ${done} of ${total} fetched` };
}

export function exportedText(count: number, truncated: boolean): LocalizedText {
  return truncated
    ? { zh: `已导出前 1000 条（共有更多，请缩小筛选范围）`, en: 'Exported the first 1,000 (there are more; narrow the filters)' }
    : { zh: `已导出 ${count} 条批次`, en: `Exported ${count} calls` };
}

export function phaseTagText(phase: LocalizedText): LocalizedText {
  return { zh: `当前：${phase.zh}`, en: `Now: ${phase.en}` };
}

/** Two sentences in a row, each language with its own full stop. */
export function sentences(first: LocalizedText | undefined, second: LocalizedText): LocalizedText {
  return first ? { zh: `${first.zh}。${second.zh}`, en: `${first.en}. ${second.en}` } : second;
}
