import { sha256 } from './sha256';

/**
 * A deterministic random source anyone can replay with a standard SHA-256 tool: block i is SHA-256 of the UTF-8
 * string `${seed}:${i}` (i = 0, 1, 2, …), read as eight big-endian 32-bit words, used in order.
 */
export interface SeededRandom {
  /** The next 32-bit unsigned word. */
  nextUint32(): number;
  /** A uniform integer in [0, maxExclusive), by rejection sampling (no modulo bias). */
  nextInt(maxExclusive: number): number;
}

const TWO_POW_32 = 0x1_0000_0000;

export function createSeededRandom(seed: string): SeededRandom {
  let block = 0;
  let words: number[] = [];
  const nextUint32 = (): number => {
    if (words.length === 0) {
      const digest = sha256(`${seed}:${block}`);
      block += 1;
      const view = new DataView(digest.buffer);
      words = Array.from({ length: 8 }, (_, index) => view.getUint32(index * 4));
    }
    return words.shift() as number;
  };
  const nextInt = (maxExclusive: number): number => {
    if (!Number.isInteger(maxExclusive) || maxExclusive < 1 || maxExclusive > TWO_POW_32) {
      throw new RangeError(`maxExclusive must be an integer in 1…2^32, got ${maxExclusive}`);
    }
    const limit = TWO_POW_32 - (TWO_POW_32 % maxExclusive);
    for (;;) {
      const value = nextUint32();
      if (value < limit) return value % maxExclusive;
    }
  };
  return { nextUint32, nextInt };
}

/** Fisher–Yates shuffle driven by the seeded source: from the last index down, swap with nextInt(i + 1). */
export function seededShuffle<T>(items: readonly T[], random: SeededRandom): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = random.nextInt(i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
