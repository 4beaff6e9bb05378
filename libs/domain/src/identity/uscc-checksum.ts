/**
 * The arithmetic of the 统一社会信用代码 (GB 32100-2015) and of the 组织机构代码 inside it (GB 11714-1997), as set out
 * in ../shared/reference/domain-rules.md §2.
 */

/** The 31 characters a USCC may use, valued 0…30 in this order (no I, O, S, V, Z). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export const USCC_LENGTH = 18;

/** W_i = 3^(i-1) mod 31 for positions 1…17. */
export const USCC_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11714 weights for the 8-character body of the organisation code. */
export const ORG_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

export function usccCharValue(char: string): number {
  return USCC_ALPHABET.indexOf(char);
}

/**
 * The 18th character for the first 17: C18 = 31 − (Σ Cᵢ·Wᵢ mod 31), with 31 mapped to 0. Returns `undefined` when
 * the input is not 17 characters of the USCC alphabet.
 */
export function computeUsccCheckCharacter(first17: string): string | undefined {
  if (first17.length !== USCC_LENGTH - 1) return undefined;
  let sum = 0;
  for (let i = 0; i < first17.length; i += 1) {
    const value = usccCharValue(first17[i]);
    if (value < 0) return undefined;
    sum += value * USCC_WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET[check];
}

/** GB 11714 values: digits 0–9, letters A=10 … Z=35 (the plain alphabet, not the USCC table). */
function orgCodeCharValue(char: string): number {
  if (/^[0-9]$/.test(char)) return Number(char);
  if (/^[A-Z]$/.test(char)) return char.charCodeAt(0) - 55;
  return -1;
}

/**
 * The organisation-code check digit for its 8-character body: C9 = 11 − (Σ Cᵢ·Wᵢ mod 11); 10 → 'X', 11 → '0'.
 * Returns `undefined` when the body is not 8 characters of [0-9A-Z].
 */
export function computeOrgCodeCheckDigit(body8: string): string | undefined {
  if (body8.length !== ORG_CODE_WEIGHTS.length) return undefined;
  let sum = 0;
  for (let i = 0; i < body8.length; i += 1) {
    const value = orgCodeCharValue(body8[i]);
    if (value < 0) return undefined;
    sum += value * ORG_CODE_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}
