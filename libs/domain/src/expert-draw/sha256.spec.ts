import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex, toHex, utf8Bytes } from './sha256';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('matches the FIPS 180 test vector for %j', (input, digest) => {
    expect(sha256Hex(input)).toBe(digest);
  });
  it('matches the one-million-"a" vector', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });
  it('hashes padding boundaries (55, 56, 63, 64 bytes) like node:crypto', () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120]) {
      const text = 'x'.repeat(length);
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });
  it('agrees with node:crypto on any string, Chinese and emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
    expect(sha256Hex('2025年第一批智能制造评审-种子')).toBe(createHash('sha256').update('2025年第一批智能制造评审-种子').digest('hex'));
  });
  it('agrees with node:crypto on raw bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
  it('encodes UTF-8 like TextEncoder, lone surrogates included', () => {
    for (const text of ['武汉', '😀', 'a\ud800b', '\udc00']) {
      expect(Array.from(utf8Bytes(text))).toEqual(Array.from(new TextEncoder().encode(text)));
    }
    expect(toHex(Uint8Array.from([0, 15, 255]))).toBe('000fff');
  });
});
