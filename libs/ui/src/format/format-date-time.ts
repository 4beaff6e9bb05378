import dayjs from 'dayjs';

/** An ISO time in the browser's time zone, `YYYY-MM-DD HH:mm` (seconds with `withSeconds`); a dash for none. */
export function formatDateTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—';
  const time = dayjs(iso);
  return time.isValid() ? time.format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : iso;
}
