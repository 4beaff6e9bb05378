import { type IsoDate, isIsoDate } from '../shared/iso-date';
import { isMissing } from '../shared/draft';

/** Readers that turn a draft value into a usable one, or `undefined` when it is not (yet) usable. */
export function readNumber(value: number | null | undefined): number | undefined {
  return isMissing(value) || !Number.isFinite(value) ? undefined : value;
}

export function readBoolean(value: boolean | null | undefined): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function readDate(value: string | null | undefined): IsoDate | undefined {
  return isIsoDate(value) ? value : undefined;
}

export function readText(value: string | null | undefined): string | undefined {
  return isMissing(value) ? undefined : value.trim();
}

/** Formats a number for messages without trailing float noise (12.5, 1000, 33.33). */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}
