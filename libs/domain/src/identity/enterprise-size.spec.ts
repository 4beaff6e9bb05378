import fc from 'fast-check';
import { classifyEnterpriseSize, isAboveDesignatedSize } from './enterprise-size';

describe('classifyEnterpriseSize (工信部联企业〔2011〕300号, 工业)', () => {
  it.each([
    [1000, 40_000, 'large'],
    [999, 40_000, 'medium'],
    [1000, 39_999, 'medium'],
    [300, 2_000, 'medium'],
    [299, 2_000, 'small'],
    [300, 1_999, 'small'],
    [20, 300, 'small'],
    [19, 300, 'micro'],
    [5_000, 299, 'micro'],
    [0, 0, 'micro'],
  ] as const)('classifies %i employees and %i 万元 as %s', (employees, revenueWanYuan, size) => {
    expect(classifyEnterpriseSize({ employees, revenueWanYuan })).toBe(size);
  });
  it('drops a firm one tier when it misses either bound (下划一档)', () => {
    expect(classifyEnterpriseSize({ employees: 5000, revenueWanYuan: 2500 })).toBe('medium');
  });
  it('never ranks a firm higher for fewer employees or less revenue', () => {
    const order = ['micro', 'small', 'medium', 'large'];
    fc.assert(
      fc.property(fc.nat(3000), fc.nat(60_000), fc.nat(3000), fc.nat(60_000), (e, r, de, dr) => {
        const smaller = order.indexOf(classifyEnterpriseSize({ employees: e, revenueWanYuan: r }));
        const bigger = order.indexOf(classifyEnterpriseSize({ employees: e + de, revenueWanYuan: r + dr }));
        expect(bigger).toBeGreaterThanOrEqual(smaller);
      }),
    );
  });
  it('rejects negative or non-finite inputs', () => {
    expect(() => classifyEnterpriseSize({ employees: -1, revenueWanYuan: 10 })).toThrow(RangeError);
    expect(() => classifyEnterpriseSize({ employees: 10, revenueWanYuan: Number.NaN })).toThrow(RangeError);
  });
});

describe('isAboveDesignatedSize', () => {
  it('is 规上 from 2000 万元 of main business revenue', () => {
    expect(isAboveDesignatedSize(2000)).toBe(true);
    expect(isAboveDesignatedSize(1999.99)).toBe(false);
    expect(isAboveDesignatedSize(1500, 1000)).toBe(true);
    expect(() => isAboveDesignatedSize(-5)).toThrow(RangeError);
  });
});
