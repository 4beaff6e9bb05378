import fc from 'fast-check';
import { median, trimmedMean } from './trimmed-mean';

const scores = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 15 });
const HALF_CENT = 0.005 + 1e-9;

describe('trimmedMean properties', () => {
  it('stays within the lowest and highest score (up to rounding)', () => {
    fc.assert(
      fc.property(scores, (list) => {
        const value = trimmedMean(list);
        expect(value).toBeGreaterThanOrEqual(Math.min(...list) - HALF_CENT);
        expect(value).toBeLessThanOrEqual(Math.max(...list) + HALF_CENT);
      }),
    );
  });
  it('with 5 or more scores, stays within the second lowest and second highest', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 5, maxLength: 15 }), (list) => {
        const sorted = [...list].sort((a, b) => a - b);
        const value = trimmedMean(list);
        expect(value).toBeGreaterThanOrEqual(sorted[1] - HALF_CENT);
        expect(value).toBeLessThanOrEqual(sorted[sorted.length - 2] + HALF_CENT);
      }),
    );
  });
  it('does not depend on the order of the scores', () => {
    fc.assert(
      fc.property(scores.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))), ([list, shuffled]) => {
        expect(trimmedMean(shuffled)).toBe(trimmedMean(list));
        expect(median(shuffled)).toBe(median(list));
      }),
    );
  });
  it('ignores a single wild score once there are 5 or more', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 60, max: 90 }), { minLength: 4, maxLength: 10 }), fc.constantFrom(0, 100), (list, wild) => {
        const withWild = trimmedMean([...list, wild]);
        expect(withWild).toBeGreaterThanOrEqual(60 - HALF_CENT);
        expect(withWild).toBeLessThanOrEqual(90 + HALF_CENT);
      }),
    );
  });
  it('equals the score itself when all scores agree', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 1, max: 12 }), (cents, n) => {
      const score = cents / 100;
      expect(trimmedMean(Array.from({ length: n }, () => score))).toBe(score);
    }));
  });
});
