import { addDays, beijingDate, callPhase, type CallPhase, type CallView, type IsoDate } from '@shifan/domain';

/** Beijing time is UTC+8 all year (no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM-DD HH:mm` of an instant in Beijing time, whatever the browser's time zone. */
export function formatBeijing(iso: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return new Date(time + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * A call's deadline as notices write it: the last day at 24:00 Beijing time (the API's `deadlineAt` is the first
 * instant after it, 00:00 the day after).
 */
export function formatDeadline(deadlineAt: string): string {
  const time = Date.parse(deadlineAt);
  if (!Number.isFinite(time)) return deadlineAt;
  const firstAfter = formatBeijing(deadlineAt);
  if (!firstAfter.endsWith(' 00:00')) return firstAfter;
  return `${addDays(firstAfter.slice(0, 10), -1)} 24:00`;
}

/** Today in Beijing, as an ISO date. */
export function beijingToday(now: Date = new Date()): IsoDate {
  return beijingDate(now);
}

/** The live phase of a call (draft, not started, accepting, past deadline) at `now`. */
export function phaseOf(call: Pick<CallView, 'status' | 'opensAt' | 'deadlineAt'>, now: Date): CallPhase {
  return callPhase({ status: call.status, opensAt: new Date(call.opensAt), deadlineAt: new Date(call.deadlineAt) }, now);
}

/** Whole Beijing calendar days from `now` until the instant `iso` (rounded up). */
export function daysUntil(iso: string, now: Date): number {
  return Math.ceil((Date.parse(iso) - now.getTime()) / 86_400_000);
}
