import { pairDelaySeconds, SIGN_IN_THROTTLE_POLICY } from './security-policy';

describe('sign-in throttling of one (login, address) pair', () => {
  const policy = { pairFreeFailures: 5, pairFirstDelaySeconds: 60, pairMaxDelaySeconds: 3600 };

  it('answers the first failures at once, then waits a minute and doubles the wait with each further failure', () => {
    expect([1, 2, 3, 4].map((n) => pairDelaySeconds(n, policy))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => pairDelaySeconds(n, policy))).toEqual([60, 120, 240, 480]);
  });

  it('never waits longer than the ceiling, however many failures', () => {
    expect(pairDelaySeconds(11, policy)).toBe(3600);
    expect(pairDelaySeconds(10_000, policy)).toBe(3600);
  });

  it('has documented defaults that let the owner elsewhere in and a guesser only slowly', () => {
    expect(SIGN_IN_THROTTLE_POLICY.pairFreeFailures).toBeGreaterThan(0);
    expect(SIGN_IN_THROTTLE_POLICY.loginSpacingSeconds).toBeLessThan(SIGN_IN_THROTTLE_POLICY.pairMaxDelaySeconds);
  });
});
