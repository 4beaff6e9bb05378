import { chineseNumeral, EMPTY_VALUE, formatBeijingDateTime, formatChineseDate, formatDocumentNumber, formatFileSize } from './document-format';

describe('document formatting', () => {
  it('numbers chapters in Chinese from 一 to 九十九, and falls back to digits outside that', () => {
    expect([1, 9, 10, 12, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十二', '二十', '二十一', '九十九']);
    expect([0, 100, 2.5].map(chineseNumeral)).toEqual(['0', '100', '2.5']);
  });

  it('prints ISO dates as 年月日 and leaves anything else alone', () => {
    expect(formatChineseDate('2025-01-10')).toBe('2025年01月10日');
    expect(formatChineseDate('2025-02-30')).toBe('2025-02-30');
  });

  it('prints instants in Beijing time whatever the machine’s zone', () => {
    expect(formatBeijingDateTime('2026-06-01T02:00:05.123Z')).toBe('2026年06月01日 10:00:05');
    expect(formatBeijingDateTime('2026-06-30T16:30:00Z')).toBe('2026年07月01日 00:30:00');
    expect(formatBeijingDateTime('not a time')).toBe('not a time');
  });

  it('groups thousands and drops trailing zeros', () => {
    expect(formatDocumentNumber(1234567.5)).toBe('1,234,567.5');
    expect(formatDocumentNumber(3000)).toBe('3,000');
    expect(formatDocumentNumber(-1200.125)).toBe('-1,200.125');
    expect(formatDocumentNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatDocumentNumber(Number.NaN)).toBe(EMPTY_VALUE);
  });

  it('prints file sizes with binary multiples and three significant digits', () => {
    expect(formatFileSize(812)).toBe('812 B');
    expect(formatFileSize(12.5 * 1024)).toBe('12.5 KB');
    expect(formatFileSize(500 * 1024)).toBe('500 KB');
    expect(formatFileSize(3.2 * 1024 * 1024)).toBe('3.20 MB');
    expect(formatFileSize(5000 * 1024 ** 4)).toBe('5000 TB');
    expect(formatFileSize(-1)).toBe(EMPTY_VALUE);
    expect(formatFileSize(Number.POSITIVE_INFINITY)).toBe(EMPTY_VALUE);
  });
});
