import { formatReceiptNumber, parseReceiptNumber } from './receipt-number';

describe('receipt numbers', () => {
  it('formats the year, programme initials, call and a zero-padded sequence', () => {
    expect(formatReceiptNumber('SMART_MFG_PILOT', 2026, 7, 12)).toBe('WH2026ZN007-00012');
    expect(formatReceiptNumber('TECH_TRANSFORMATION', 2017, 1234, 123456)).toBe('WH2017JG1234-123456');
  });

  it('parses what it formats, and nothing else', () => {
    for (const category of ['SMART_MFG_PILOT', 'TECH_TRANSFORMATION', 'INNOVATION_CENTRE', 'IT_INTEGRATION'] as const) {
      const receipt = formatReceiptNumber(category, 2019, 42, 9);
      expect(parseReceiptNumber(receipt)).toMatchObject({ year: 2019, callId: 42, sequence: 9 });
    }
    expect(parseReceiptNumber('WH2026XX007-00012')).toBeNull();
    expect(parseReceiptNumber('not a receipt')).toBeNull();
  });
});
