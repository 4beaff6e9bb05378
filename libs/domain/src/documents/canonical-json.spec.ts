import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('sorts keys at every depth and adds no white space, so equal values give equal text', () => {
    const a = { b: 1, a: { d: [3, { z: true, y: null }], c: '说明 "quoted"' } };
    const b = { a: { c: '说明 "quoted"', d: [3, { y: null, z: true }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"说明 \\"quoted\\"","d":[3,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('leaves out undefined members and writes undefined array items as null, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(false)).toBe('false');
  });

  it('refuses what JSON cannot hold, naming where it is', () => {
    expect(() => canonicalJson({ a: [1, Number.NaN] })).toThrow('$.a[1] is not a finite number');
    expect(() => canonicalJson({ f: () => 1 })).toThrow('$.f is a function');
    expect(() => canonicalJson(10n)).toThrow('$ is a bigint');
  });
});
