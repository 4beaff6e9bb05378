import type { LocalizedText } from '@shifan/domain';

/** Texts of the 工作日历 page and the officers' warning. */
export const CALENDAR_TEXTS = {
  title: { zh: '工作日历', en: 'Working-day calendar' },
  intro: {
    zh: '公示期和补正期限按工作日计算：周一至周五，除去法定节假日，加上调休上班的周末。每年国务院办公厅发布次年的节假日安排通知后，请在此录入该年度。',
    en: 'Notice periods and revision deadlines count working days: Monday to Friday, minus public holidays, plus weekend days worked in lieu (调休). When the State Council General Office publishes next year’s holiday schedule, enter that year here.',
  },
  years: { zh: '已录入年度', en: 'Years entered' },
  year: { zh: '年度', en: 'Year' },
  noticeNumber: { zh: '通知文号', en: 'Notice number (文号)' },
  noticeNumberHint: { zh: '国务院办公厅关于该年部分节假日安排的通知的文号，如 国办发明电〔2025〕7号', en: 'The number of the State Council General Office notice on that year’s holidays, e.g. 国办发明电〔2025〕7号' },
  holidays: { zh: '放假天数', en: 'Days off' },
  workdays: { zh: '调休上班天数', en: 'Worked weekend days' },
  updatedAt: { zh: '最后修改', en: 'Last changed' },
  actions: { zh: '操作', en: 'Actions' },
  view: { zh: '查看', en: 'View' },
  edit: { zh: '修改', en: 'Edit' },
  remove: { zh: '删除', en: 'Delete' },
  removeConfirm: { zh: '删除尚未开始的年度？删除后该年度的日期将无法计算工作日。', en: 'Delete this year that has not started? Working days in it can no longer be counted.' },
  removed: { zh: '已删除', en: 'Deleted' },
  month: { zh: '月份', en: 'Month' },
  daysOff: { zh: '放假', en: 'Days off' },
  workedWeekends: { zh: '调休上班', en: 'Worked weekends (调休)' },
  none: { zh: '无', en: 'None' },
  formTitle: { zh: '录入年度', en: 'Enter a year' },
  formIntro: {
    zh: '按通知逐日录入：放假的每一天（含其中的周末）选“放假”，调休上班的周六、周日选“调休上班”。保存即替换该年度已有的全部日期。',
    en: 'Enter each day of the notice: every day off (weekends within a holiday included) as “Day off”, every Saturday or Sunday worked in lieu as “Worked weekend”. Saving replaces all days the year had.',
  },
  date: { zh: '日期', en: 'Date' },
  kind: { zh: '类型', en: 'Kind' },
  name: { zh: '节日名称', en: 'Holiday' },
  addRow: { zh: '添加一行', en: 'Add a row' },
  removeRow: { zh: '删除该行', en: 'Remove row' },
  save: { zh: '保存', en: 'Save' },
  saved: { zh: '已保存', en: 'Saved' },
  newYear: { zh: '录入新年度', en: 'New year' },
  replaceTitle: { zh: '替换已录入的年度？', en: 'Replace a year already entered?' },
  replace: { zh: '替换', en: 'Replace' },
  cancel: { zh: '取消', en: 'Cancel' },
  loadFailed: { zh: '读取失败', en: 'Could not load' },
  contactAdmin: { zh: '请联系系统管理员在“工作日历”中录入。', en: 'Ask your administrator to enter it under “Working-day calendar”.' },
  openCalendar: { zh: '前往工作日历', en: 'Open the calendar' },
} as const satisfies Record<string, LocalizedText>;

export function replaceText(year: number, noticeNumber: string): LocalizedText {
  return {
    zh: `${year}年已按 ${noticeNumber} 录入。保存将以本次填写的内容替换该年度的全部日期（已发布的公示和已发出的补正通知保持原日期）。`,
    en: `${year} was entered from ${noticeNumber}. Saving replaces all its days with what you entered (published notices and sent revision notices keep their dates).`,
  };
}

export function monthText(month: number): LocalizedText {
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return { zh: `${month}月`, en: names[month - 1] };
}

/** The warning of `GET /api/calendar/status`. */
export function warningText(status: { currentYearMissing: boolean; nextYear: number; today: string }): LocalizedText {
  const year = Number(status.today.slice(0, 4));
  if (status.currentYearMissing) {
    return {
      zh: `工作日历未录入本年度（${year}年）的节假日安排：公示期和补正期限目前无法计算。`,
      en: `The working-day calendar has no holiday schedule for this year (${year}): notice periods and revision deadlines cannot be counted now.`,
    };
  }
  return {
    zh: `工作日历尚未录入${status.nextYear}年的节假日安排：跨年的公示期和补正期限将无法计算。国务院办公厅通知发布后请尽快录入。`,
    en: `The working-day calendar has no holiday schedule for ${status.nextYear} yet: notice periods and revision deadlines that run into it cannot be counted. Enter it once the State Council notice is out.`,
  };
}
