import type { LocalizedText } from '@shifan/domain';

export const RANKING_TEXTS = {
  title: { zh: '评审排名', en: 'Ranking' },
  intro: {
    zh: '按去极值平均分排列已完成评审的申报。名额线以上且达到合格线的申报可列入拟入选名单；每项决定须说明理由，并通知申报企业。',
    en: 'Scored applications by trimmed mean. Those above the quota line that reach the pass line can be shortlisted; every decision needs a reason and the enterprise is notified.',
  },
  chooseCall: { zh: '请选择申报批次以查看排名', en: 'Choose a call to see its ranking' },
  quota: { zh: '名额', en: 'Quota' },
  passLine: { zh: '合格线', en: 'Pass line' },
  shortlisted: { zh: '已列入拟入选', en: 'Shortlisted' },
  ranked: { zh: '已排名', en: 'Ranked' },
  pendingCount: { zh: '评审中', en: 'Still scoring' },
  rank: { zh: '排名', en: 'Rank' },
  receiptNo: { zh: '受理编号', en: 'Receipt no.' },
  enterprise: { zh: '申报企业', en: 'Enterprise' },
  district: { zh: '推荐单位', en: 'Recommending unit' },
  subField: { zh: '细分领域', en: 'Sub-field' },
  project: { zh: '项目名称', en: 'Project' },
  totals: { zh: '专家评分', en: 'Expert totals' },
  trimmedMean: { zh: '去极值平均分', en: 'Trimmed mean' },
  median: { zh: '中位数', en: 'Median' },
  spread: { zh: '极差', en: 'Spread' },
  outliers: { zh: '偏离数', en: 'Outliers' },
  passed: { zh: '达到合格线', en: 'Passed' },
  withinQuota: { zh: '名额内', en: 'Within quota' },
  state: { zh: '状态', en: 'State' },
  decision: { zh: '决定', en: 'Decision' },
  actions: { zh: '操作', en: 'Actions' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  shortlist: { zh: '列入拟入选', en: 'Shortlist' },
  decline: { zh: '不予入选', en: 'Decline' },
  shortlistTitle: { zh: '列入拟入选名单', en: 'Shortlist the application' },
  declineTitle: { zh: '不予入选', en: 'Decline the application' },
  shortlistText: {
    zh: '列入拟入选名单后，申报企业将收到通知；拟入选名单经公示后方可认定。',
    en: 'The enterprise is notified; the shortlist is published for public notice before approval.',
  },
  declineText: { zh: '不予入选后，申报企业将收到附理由的通知。', en: 'The enterprise is notified with the reason.' },
  outsideQuota: {
    zh: '该申报不在名额线以内，列入拟入选须说明理由。',
    en: 'This application is below the quota line; give your reason for shortlisting it.',
  },
  reasonLabel: { zh: '理由', en: 'Reason' },
  loadingVersion: { zh: '正在读取申报的最新版本…', en: 'Reading the application’s latest version…' },
  shortlistedDone: { zh: '已列入拟入选名单', en: 'Shortlisted' },
  declinedDone: { zh: '已决定不予入选', en: 'Declined' },
  stale: {
    zh: '该申报刚被他人处理，排名已重新载入，请核对后再操作。',
    en: 'Someone else has just acted on this application; the ranking was reloaded. Check it and try again.',
  },
  notPassed: { zh: '未达到合格线，不能列入拟入选', en: 'Below the pass line: cannot be shortlisted' },
  quotaFull: { zh: '名额已满', en: 'The quota is filled' },
  pendingTitle: { zh: '尚在评审中的申报', en: 'Applications still being scored' },
  pendingIntro: { zh: '以下申报尚有专家未提交评分，全部提交后进入排名。', en: 'Some experts have not submitted their scores yet; the applications join the ranking once all have.' },
  pendingEmpty: { zh: '没有尚在评审中的申报', en: 'No application is still being scored' },
  progress: { zh: '评分进度', en: 'Scores submitted' },
  exportExcel: { zh: '导出排名 (Excel)', en: 'Export ranking (Excel)' },
  exportHint: { zh: '导出排名及全部专家评分（操作将记入审计日志）', en: 'Exports the ranking and every score (audited)' },
  exported: { zh: '已开始下载', en: 'Download started' },
  empty: { zh: '该批次尚无完成评审的申报', en: 'No application of this call is scored yet' },
} as const satisfies Record<string, LocalizedText>;

export function quotaLineText(quota: number, above: number): LocalizedText {
  return above === 0
    ? { zh: `名额线（名额 ${quota} 项）：暂无申报在名额内`, en: `Quota line (quota ${quota}): no application within the quota yet` }
    : { zh: `名额线（名额 ${quota} 项）：以上 ${above} 项在名额内`, en: `Quota line (quota ${quota}): the ${above} above are within the quota` };
}

export function passLineText(passLine: number, above: number): LocalizedText {
  return { zh: `合格线（${passLine} 分）：以上 ${above} 项达到合格线`, en: `Pass line (${passLine} points): the ${above} above reach it` };
}

export function progressText(submitted: number, expected: number): LocalizedText {
  return { zh: `${submitted} / ${expected} 份`, en: `${submitted} of ${expected}` };
}
