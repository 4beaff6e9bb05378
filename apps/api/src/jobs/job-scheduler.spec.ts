import { ManualClock } from '../common/clock';
import { retryDelayMs, wallTime } from './job-scheduler';

describe('outbox back-off', () => {
  it('doubles from the base with each failure and stops at the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempts) => retryDelayMs(attempts, 30_000, 3_600_000) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600]);
    expect(retryDelayMs(500, 30_000, 3_600_000)).toBe(3_600_000);
    expect(retryDelayMs(0, 30_000, 3_600_000)).toBe(30_000);
  });
});

describe('wallTime', () => {
  it('maps the Clock’s now to real time, keeping a look-ahead a test asked for', () => {
    const shifted = new ManualClock(new Date(Date.now() + 20 * 86_400_000)); // a training clock 20 days ahead
    const real = wallTime(shifted.now(), shifted).getTime();
    expect(Math.abs(real - Date.now())).toBeLessThan(1000);
    const ahead = wallTime(new Date(shifted.now().getTime() + 3_600_000), shifted).getTime();
    expect(Math.abs(ahead - (Date.now() + 3_600_000))).toBeLessThan(1000);
  });
});
