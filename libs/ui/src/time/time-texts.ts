import type { LocalizedText } from '@shifan/domain';

export const TIME_TEXTS = {
  closed: { zh: '已截止', en: 'Closed' },
  notOpenYet: { zh: '尚未开始', en: 'Not open yet' },
  remaining: { zh: '剩余', en: 'left' },
} as const satisfies Record<string, LocalizedText>;

/** "12天 5小时" / "12 d 5 h"; under a day "5小时 12分" / "5 h 12 min"; under an hour "12分 30秒" / "12 min 30 s". */
export function durationText(ms: number): LocalizedText {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return { zh: `${days}天 ${hours}小时`, en: `${days} d ${hours} h` };
  if (hours > 0) return { zh: `${hours}小时 ${minutes}分`, en: `${hours} h ${minutes} min` };
  return { zh: `${minutes}分 ${seconds}秒`, en: `${minutes} min ${seconds} s` };
}
