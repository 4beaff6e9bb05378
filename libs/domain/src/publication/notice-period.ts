import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import type { NoticePhase } from './publication-views';

/** Where a 公示 stands on `today` (a Beijing date): before its first day, within it (objections open), or ended. */
export function noticePhase(startsOn: IsoDate, endsOn: IsoDate, today: IsoDate): NoticePhase {
  if (compareIsoDates(today, startsOn) < 0) return 'upcoming';
  if (compareIsoDates(today, endsOn) <= 0) return 'open';
  return 'ended';
}
