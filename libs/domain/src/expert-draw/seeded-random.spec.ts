import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { createSeededRandom, seededShuffle } from './seeded-random';

describe('createSeededRandom', () => {
  it('reads SHA-256("seed:0") as big-endian words, so anyone can replay it', () => {
    const digest = createHash('sha256').update('2025-SMART-01:0').digest();
    const random = createSeededRandom('2025-SMART-01');
    expect(random.nextUint32()).toBe(digest.readUInt32BE(0));
    expect(random.nextUint32()).toBe(digest.readUInt32BE(4));
  });
  it('moves on to the next block after eight words', () => {
    const random = createSeededRandom('s');
    for (let i = 0; i < 8; i += 1) random.nextUint32();
    expect(random.nextUint32()).toBe(createHash('sha256').update('s:1').digest().readUInt32BE(0));
  });
  it('draws integers in range and refuses bad bounds', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (seed, max) => {
        const value = createSeededRandom(seed).nextInt(max);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(max);
      }),
    );
    expect(() => createSeededRandom('x').nextInt(0)).toThrow(RangeError);
    expect(() => createSeededRandom('x').nextInt(1.5)).toThrow(RangeError);
    expect(createSeededRandom('x').nextInt(2 ** 32)).toBeGreaterThanOrEqual(0);
  });
  it('rejects words above the unbiased limit instead of folding them', () => {
    // 3 does not divide 2^32, so some words are rejected; the result is still deterministic.
    const a = Array.from({ length: 50 }, (_, i) => createSeededRandom(`r${i}`).nextInt(3_000_000_000));
    const b = Array.from({ length: 50 }, (_, i) => createSeededRandom(`r${i}`).nextInt(3_000_000_000));
    expect(a).toEqual(b);
  });
});

describe('seededShuffle', () => {
  it('is a deterministic permutation', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer(), { maxLength: 30 }), (seed, items) => {
        const once = seededShuffle(items, createSeededRandom(seed));
        expect(seededShuffle(items, createSeededRandom(seed))).toEqual(once);
        expect([...once].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      }),
    );
  });
});
