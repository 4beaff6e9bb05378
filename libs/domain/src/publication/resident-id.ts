/**
 * 公民身份号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence and an ISO 7064 MOD 11-2
 * check character (0–9 or X). Objections to a 公示 are filed under a real name with this number (or a USCC).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function residentIdCheckCharacter(first17: string): string {
  const sum = first17.split('').reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index], 0);
  return CHECK[sum % 11];
}

/** Whether `id` is a well-formed 18-character resident ID number with a real birth date and the right check character. */
export function isValidResidentId(id: string): boolean {
  const value = id.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = value.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replaceAll('-', '') !== birth) return false;
  if (Number(birth.slice(0, 4)) < 1900) return false;
  return residentIdCheckCharacter(value.slice(0, 17)) === value[17];
}

/** Shows only the first 3 and last 2 characters (for lists; officers handling the case see the whole number). */
export function maskIdentityNumber(id: string): string {
  return id.length <= 5 ? '*'.repeat(id.length) : `${id.slice(0, 3)}${'*'.repeat(id.length - 5)}${id.slice(-2)}`;
}
