import type { LocalizedText } from '../i18n/localized-text';

/**
 * The legal form of an applicant, as far as the programmes care: is it an independent legal person (独立法人), and
 * is it a company (公司制企业法人) as innovation centres must be (domain-rules.md §1.1, §1.4). Based on 公司法 and
 * 民法典 (partnerships and sole proprietorships are 非法人组织; branches 分公司 are not legal persons). [STATUTE]
 */
export const LEGAL_FORM_CODES = [
  'limited_liability_company',
  'joint_stock_company',
  'non_company_enterprise',
  'branch',
  'partnership',
  'sole_proprietorship',
] as const;

export type LegalFormCode = (typeof LEGAL_FORM_CODES)[number];

export interface LegalForm {
  code: LegalFormCode;
  name: LocalizedText;
  isLegalPerson: boolean;
  isCompany: boolean;
}

export const LEGAL_FORMS: readonly LegalForm[] = [
  { code: 'limited_liability_company', name: { zh: '有限责任公司', en: 'Limited liability company' }, isLegalPerson: true, isCompany: true },
  { code: 'joint_stock_company', name: { zh: '股份有限公司', en: 'Joint-stock company' }, isLegalPerson: true, isCompany: true },
  { code: 'non_company_enterprise', name: { zh: '非公司企业法人', en: 'Non-company enterprise legal person' }, isLegalPerson: true, isCompany: false },
  { code: 'branch', name: { zh: '分公司（非法人分支机构）', en: 'Branch (not a legal person)' }, isLegalPerson: false, isCompany: false },
  { code: 'partnership', name: { zh: '合伙企业', en: 'Partnership' }, isLegalPerson: false, isCompany: false },
  { code: 'sole_proprietorship', name: { zh: '个人独资企业', en: 'Sole proprietorship' }, isLegalPerson: false, isCompany: false },
];

export function findLegalForm(code: string): LegalForm | undefined {
  return LEGAL_FORMS.find((form) => form.code === code);
}
