import type { Locale, ProgrammeTarget } from '@shifan/domain';

/** The plan's target as people say it: "3年 80 个" / "80 in 3 years", "每年 50 个" / "50 per year". */
export function formatTarget(target: Pick<ProgrammeTarget, 'min' | 'max' | 'period'>, locale: Locale): string {
  const count = target.min === target.max ? `${target.min}` : `${target.min}–${target.max}`;
  switch (target.period) {
    case 'three_years':
      return locale === 'en' ? `${count} in 3 years` : `3年 ${count} 个`;
    case 'per_year':
      return locale === 'en' ? `${count} per year` : `每年 ${count} 个`;
  }
}
