import type { AppConfig } from '../config/app-config';

/** What a mail about an application says it is about. */
export interface ApplicationFacts {
  applicationId: number;
  callTitle: string;
  enterpriseName: string;
  receiptNo: string | null;
}

export interface ComposedMail {
  subject: string;
  body: string;
}

/** The enterprise portal's address, as printed in mail (PUBLIC_URL, else this server on localhost). */
export function portalUrl(config: AppConfig): string {
  return (config.http.publicUrl ?? `http://localhost:${config.http.port}`).replace(/\/+$/, '');
}

function applicationLines(facts: ApplicationFacts, link: string): { zh: string[]; en: string[] } {
  const receipt = facts.receiptNo;
  return {
    zh: [`申报批次：${facts.callTitle}`, `申报单位：${facts.enterpriseName}`, receipt ? `受理编号：${receipt}` : `申报序号：${facts.applicationId}（尚未提交）`, `查看申报：${link}`],
    en: [`Call: ${facts.callTitle}`, `Applicant: ${facts.enterpriseName}`, receipt ? `Receipt: ${receipt}` : `Application no. ${facts.applicationId} (not yet submitted)`, `View the application: ${link}`],
  };
}

const FOOTER = ['——', '本邮件由武汉市“中国制造2025”示范申报平台自动发送，请勿回复。', 'Sent automatically by the Shifan portal of Wuhan’s “Made in China 2025” programme; please do not reply.'];

/** A status change of an application (the same words as its in-app notification), zh-CN first, then English. */
export function statusChangeMail(facts: ApplicationFacts, change: { zh: string; en: string; note?: string | null }, link: string): ComposedMail {
  const lines = applicationLines(facts, link);
  return {
    subject: `示范 · ${change.zh}：${facts.callTitle} / ${change.en}`,
    body: [
      `${facts.enterpriseName}：`,
      `您的申报状态已更新：${change.zh}。`,
      ...(change.note ? [`说明：${change.note}`] : []),
      ...lines.zh,
      '',
      `Your application has a new status: ${change.en}.`,
      ...(change.note ? [`Note: ${change.note}`] : []),
      ...lines.en,
      '',
      ...FOOTER,
    ].join('\n'),
  };
}

/** The reminder that a call closes in `daysLeft` days and the application is not submitted yet. */
export function deadlineReminderMail(facts: ApplicationFacts, lastDay: string, daysLeft: number, link: string): ComposedMail {
  const lines = applicationLines(facts, link);
  const when = { zh: daysLeft === 0 ? '今天' : `${daysLeft}天后`, en: daysLeft === 0 ? 'today' : daysLeft === 1 ? 'in 1 day' : `in ${daysLeft} days` };
  return {
    subject: `示范 · 申报截止提醒：${facts.callTitle}（${lastDay}截止）/ Deadline reminder: closes ${lastDay}`,
    body: [
      `${facts.enterpriseName}：`,
      `“${facts.callTitle}”将于${when.zh}（${lastDay}，北京时间24时）截止申报，您的申报尚未提交。请在截止前完成填报并提交，逾期系统将不再受理。`,
      ...lines.zh,
      '',
      `“${facts.callTitle}” closes ${when.en} (end of ${lastDay}, Beijing time) and your application has not been submitted yet. Please complete and submit it before then; late submissions are refused.`,
      ...lines.en,
      '',
      ...FOOTER,
    ].join('\n'),
  };
}
