import type { ProgrammeCategoryCode } from '../catalogue/programme-categories';

/** Two-letter pinyin initials of each programme, as they appear in receipt numbers. */
export const RECEIPT_CATEGORY_CODES: Readonly<Record<ProgrammeCategoryCode, string>> = {
  SMART_MFG_PILOT: 'ZN', // 智能
  TECH_TRANSFORMATION: 'JG', // 技改
  INNOVATION_CENTRE: 'CX', // 创新
  IT_INTEGRATION: 'LH', // 两化
};

/**
 * A submission receipt number (受理编号): `WH` + call year + programme initials + call id (3 digits) + a gap-free
 * sequence within the call (5 digits), e.g. `WH2026ZN007-00012`.
 */
export function formatReceiptNumber(category: ProgrammeCategoryCode, year: number, callId: number, sequence: number): string {
  return `WH${year}${RECEIPT_CATEGORY_CODES[category]}${String(callId).padStart(3, '0')}-${String(sequence).padStart(5, '0')}`;
}

const RECEIPT_PATTERN = /^WH(\d{4})(ZN|JG|CX|LH)(\d{3,})-(\d{5,})$/;

export function parseReceiptNumber(receipt: string): { year: number; categoryCode: string; callId: number; sequence: number } | null {
  const match = RECEIPT_PATTERN.exec(receipt);
  if (!match) return null;
  return { year: Number(match[1]), categoryCode: match[2], callId: Number(match[3]), sequence: Number(match[4]) };
}
