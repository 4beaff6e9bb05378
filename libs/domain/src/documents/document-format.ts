import { parseIsoDate } from '../shared/iso-date';

/**
 * Formatting of values as printed documents show them (Chinese conventions), independent of the machine's time zone
 * and locale: the server that renders and a browser that previews print the same characters.
 */

/** What a document prints for a value that was not given. */
export const EMPTY_VALUE = '—';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: chapter numbers (一、二、…). Outside 1–99, Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return `${tensPart}${ones === 0 ? '' : DIGITS[ones]}`;
}

/** `2025-01-10` → `2025年01月10日`; anything that is not a real ISO date is returned as given. */
export function formatChineseDate(value: string): string {
  const parts = parseIsoDate(value);
  if (!parts) return value;
  return `${parts.year}年${pad(parts.month)}月${pad(parts.day)}日`;
}

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** An instant (ISO 8601) in Beijing time: `2026年06月01日 10:00:00`. An unreadable instant is returned as given. */
export function formatBeijingDateTime(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const beijing = new Date(time + BEIJING_OFFSET_MS);
  const date = `${beijing.getUTCFullYear()}年${pad(beijing.getUTCMonth() + 1)}月${pad(beijing.getUTCDate())}日`;
  return `${date} ${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}:${pad(beijing.getUTCSeconds())}`;
}

/** Thousands separators, at most four decimals, no trailing zeros: 1234567.5 → `1,234,567.5`. */
export function formatDocumentNumber(value: number): string {
  if (!Number.isFinite(value)) return EMPTY_VALUE;
  const negative = value < 0;
  const [whole, fraction] = Math.abs(value).toFixed(4).replace(/\.?0+$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A file size for people: `812 B`, `12.5 KB`, `3.2 MB`, `1.05 GB` (binary multiples). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return EMPTY_VALUE;
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${units[unit]}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
