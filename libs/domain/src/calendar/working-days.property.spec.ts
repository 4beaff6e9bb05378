import fc from 'fast-check';
import { addDays, fromEpochDay, toEpochDay } from '../shared/iso-date';
import { seededCalendar } from './holiday-data';

const calendar = seededCalendar();
const isWorkingDay = (day: string) => calendar.isWorkingDay(day);
const addWorkingDays = (day: string, n: number) => calendar.addWorkingDays(day, n);
const countWorkingDays = (from: string, to: string) => calendar.countWorkingDays(from, to);

const FIRST = toEpochDay('2017-01-01');
// Leave room before the end of the data: 40 working days need up to ~60 calendar days.
const LAST = toEpochDay('2026-10-15');
const date = fc.integer({ min: FIRST, max: LAST }).map(fromEpochDay);
const steps = fc.integer({ min: 1, max: 20 });

describe('working-day arithmetic properties', () => {
  it('lands on a working day with exactly n working days in between', () => {
    fc.assert(
      fc.property(date, steps, (start, n) => {
        const end = addWorkingDays(start, n);
        expect(isWorkingDay(end)).toBe(true);
        expect(countWorkingDays(start, end)).toBe(n);
        expect(countWorkingDays(start, addDays(end, -1))).toBe(n - 1);
      }),
      { numRuns: 300 },
    );
  });
  it('adds in steps: (d + a) + b = d + (a + b)', () => {
    fc.assert(
      fc.property(date, steps, steps, (start, a, b) => {
        expect(addWorkingDays(addWorkingDays(start, a), b)).toBe(addWorkingDays(start, a + b));
      }),
      { numRuns: 200 },
    );
  });
  it('undoes a forward count from a working day with a backward one', () => {
    fc.assert(
      fc.property(date, steps, (start, n) => {
        const workingStart = isWorkingDay(start) ? start : addWorkingDays(start, 1);
        expect(addWorkingDays(addWorkingDays(workingStart, n), -n)).toBe(workingStart);
      }),
      { numRuns: 200 },
    );
  });
  it('never needs more than 15 calendar days for 5 working days', () => {
    fc.assert(
      fc.property(date, (start) => {
        const span = toEpochDay(addWorkingDays(start, 5)) - toEpochDay(start);
        expect(span).toBeGreaterThanOrEqual(5);
        expect(span).toBeLessThanOrEqual(15);
      }),
      { numRuns: 300 },
    );
  });
});
