import type { LocalizedText } from '@shifan/domain';

/** The programme's time zone: deadlines are Beijing time (UTC+8, no daylight saving). */
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';

export const BEIJING_TIME_LABEL: LocalizedText = { zh: '北京时间', en: 'Beijing time' };

const FORMATS = {
  minutes: new Intl.DateTimeFormat('en-CA', { timeZone: BEIJING_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  seconds: new Intl.DateTimeFormat('en-CA', { timeZone: BEIJING_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
};

/**
 * An ISO instant as Beijing wall-clock time, `YYYY-MM-DD HH:mm` (seconds with `withSeconds`), whatever the
 * browser's own time zone; a dash for none.
 */
export function formatBeijingDateTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const parts = Object.fromEntries((withSeconds ? FORMATS.seconds : FORMATS.minutes).formatToParts(time).map((part) => [part.type, part.value]));
  const clock = `${parts.hour}:${parts.minute}${withSeconds ? `:${parts.second}` : ''}`;
  return `${parts.year}-${parts.month}-${parts.day} ${clock}`;
}

/**
 * A deadline instant (00:00 Beijing time of the day after the last day, as calls store it) as the last day people
 * read on a notice: `2026-06-30 24:00`.
 */
export function formatBeijingDeadline(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const last = formatBeijingDateTime(new Date(time.getTime() - 1).toISOString()).slice(0, 10);
  const wall = formatBeijingDateTime(iso);
  return wall.endsWith(' 00:00') ? `${last} 24:00` : wall;
}
