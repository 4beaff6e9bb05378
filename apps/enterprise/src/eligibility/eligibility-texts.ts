import type { EligibilityVerdict, LocalizedText, RuleOutcome } from '@shifan/domain';

export const OUTCOME_LABELS: Readonly<Record<RuleOutcome, LocalizedText>> = {
  pass: { zh: '符合', en: 'Pass' },
  fail: { zh: '不符合', en: 'Fail' },
  warn: { zh: '提示', en: 'Warning' },
  missing: { zh: '待填写', en: 'Missing' },
};

export const VERDICT_LABELS: Readonly<Record<EligibilityVerdict, LocalizedText>> = {
  eligible: { zh: '符合申报条件', en: 'Eligible' },
  ineligible: { zh: '不符合申报条件', en: 'Not eligible' },
  incomplete: { zh: '信息尚不完整', en: 'Incomplete' },
};

export const ELIGIBILITY_TEXTS = {
  panelTitle: { zh: '申报条件自查', en: 'Eligibility check' },
  panelIntro: {
    zh: '根据本批次的申报条件、企业信息和当前填写内容实时检查；提交时以系统复核结果为准。',
    en: 'Checked as you type against this call’s conditions, your profile and the form; the server checks again on submission.',
  },
  fixProfile: { zh: '修改企业信息', en: 'Edit profile' },
  profileSide: { zh: '企业条件', en: 'Enterprise conditions' },
  previewHint: { zh: '按企业信息预检（项目条件在填报时检查）', en: 'Pre-checked against your profile (project conditions are checked as you fill in the form)' },
  noProfileRules: { zh: '本批次无企业条件', en: 'No enterprise conditions in this call' },
} as const satisfies Record<string, LocalizedText>;
