import { median, trimmedMean } from './trimmed-mean';

describe('trimmedMean', () => {
  it('drops one highest and one lowest of 5 or more scores', () => {
    expect(trimmedMean([60, 80, 82, 84, 99])).toBe(82);
    expect(trimmedMean([90, 10, 80, 85, 88, 87, 86])).toBe(85.2);
  });
  it('takes the plain mean of fewer than 5 scores', () => {
    expect(trimmedMean([60, 80, 100, 0])).toBe(60);
    expect(trimmedMean([77.5])).toBe(77.5);
  });
  it('drops only one of tied extremes', () => {
    expect(trimmedMean([70, 70, 80, 90, 90])).toBe(80);
  });
  it('rounds to 0.01, half away from zero', () => {
    expect(trimmedMean([80, 80.01, 80.02])).toBe(80.01);
    expect(trimmedMean([1.005])).toBe(1.01);
    expect(trimmedMean([85, 85.1, 85.1])).toBe(85.07);
  });
  it('refuses an empty list or non-finite scores', () => {
    expect(() => trimmedMean([])).toThrow(RangeError);
    expect(() => trimmedMean([80, Number.NaN])).toThrow(RangeError);
  });
});

describe('median', () => {
  it('takes the middle score, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});
