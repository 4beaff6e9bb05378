/**
 * The plan every catalogue entry cites: 市人民政府关于印发武汉市建设"中国制造2025"试点示范城市实施方案的通知
 * (武政〔2017〕26号, printed 2017-09-08, based on 工信部规函〔2016〕501号). Full text: ../shared/seed/wuhan-mc2025-plan-2017-26.txt.
 */
export const PLAN_DOCUMENT = {
  number: '武政〔2017〕26号',
  title: {
    zh: '武汉市建设"中国制造2025"试点示范城市实施方案',
    en: "Wuhan's implementation plan for building a 'Made in China 2025' pilot demonstration city",
  },
  printedOn: '2017-09-08',
  basedOn: '工信部规函〔2016〕501号',
  period: { from: 2017, to: 2019 },
} as const;

/** A citation of a section of the plan, e.g. `planSource('二、重点领域(一)信息技术')`. */
export function planSource(section: string): string {
  return `${PLAN_DOCUMENT.number} ${section}`;
}
