import { cjkFonts, GlyphCoverage, GlyphGuard, REPLACEMENT_CHARACTER } from './cjk-font';

/** A minimal font: a table directory with one `cmap` holding one format 4 subtable of the given segments. */
function format4Font(segments: { start: number; end: number; delta: number; glyphs?: number[] }[]): Buffer {
  const all = [...segments, { start: 0xffff, end: 0xffff, delta: 1 }];
  const n = all.length;
  const glyphArray = segments.flatMap((segment) => segment.glyphs ?? []);
  const subtable = Buffer.alloc(16 + n * 8 + glyphArray.length * 2);
  subtable.writeUInt16BE(4, 0);
  subtable.writeUInt16BE(subtable.length, 2);
  subtable.writeUInt16BE(n * 2, 6);
  let glyphIndex = 0;
  all.forEach((segment, s) => {
    subtable.writeUInt16BE(segment.end, 14 + s * 2);
    subtable.writeUInt16BE(segment.start, 16 + n * 2 + s * 2);
    subtable.writeInt16BE(segment.delta, 16 + n * 4 + s * 2);
    const glyphs = 'glyphs' in segment ? segment.glyphs : undefined;
    if (glyphs) {
      const rangeOffsetAt = 16 + n * 6 + s * 2;
      subtable.writeUInt16BE(16 + n * 8 + glyphIndex * 2 - rangeOffsetAt, rangeOffsetAt);
      glyphs.forEach((glyph, i) => subtable.writeUInt16BE(glyph, 16 + n * 8 + (glyphIndex + i) * 2));
      glyphIndex += glyphs.length;
    }
  });
  const cmap = Buffer.alloc(12);
  cmap.writeUInt16BE(1, 2);
  cmap.writeUInt16BE(3, 4);
  cmap.writeUInt16BE(1, 6);
  cmap.writeUInt32BE(12, 8);
  const directory = Buffer.alloc(28);
  directory.writeUInt16BE(1, 4);
  directory.write('cmap', 12, 'latin1');
  directory.writeUInt32BE(28, 20);
  return Buffer.concat([directory, cmap, subtable]);
}

describe('the CJK font', () => {
  it('covers Chinese, Latin and the replacement mark, but not CJK Extension B or emoji', () => {
    const { coverage } = cjkFonts();
    for (const char of ['示', '范', '申', '报', 'A', '9', '(', ',', '—', REPLACEMENT_CHARACTER]) expect(coverage.has(char.codePointAt(0)!)).toBe(true);
    for (const char of ['𠀀', '😀']) expect(coverage.has(char.codePointAt(0)!)).toBe(false);
    expect(coverage.has(-1)).toBe(false);
    expect(coverage.has(0x110000)).toBe(false);
  });

  it('is read once per process', () => {
    expect(cjkFonts()).toBe(cjkFonts());
  });

  it('reads a format 4 cmap too (BMP fonts), through deltas and the glyph array', () => {
    const font = format4Font([
      { start: 0x41, end: 0x43, delta: -0x40 },
      { start: 0x4e00, end: 0x4e02, delta: 0, glyphs: [7, 0, 9] },
    ]);
    const coverage = GlyphCoverage.of(font);
    expect([0x41, 0x42, 0x43, 0x44].map((code) => coverage.has(code))).toEqual([true, true, true, false]);
    expect([0x4e00, 0x4e01, 0x4e02].map((code) => coverage.has(code))).toEqual([true, false, true]);
    expect(coverage.has(0xffff)).toBe(false);
  });

  it('refuses a font without a Unicode cmap or without a cmap at all', () => {
    const font = format4Font([{ start: 0x41, end: 0x41, delta: 1 }]);
    font.writeUInt16BE(7, 28 + 4); // the one subtable now claims platform 7
    expect(() => GlyphCoverage.of(font)).toThrow('no Unicode cmap subtable');
    font.write('CMAP', 12, 'latin1');
    expect(() => GlyphCoverage.of(font)).toThrow('no cmap table');
  });
});

describe('the glyph guard', () => {
  it('replaces what the font lacks with □ and reports each code point once, in order', () => {
    const guard = new GlyphGuard(cjkFonts().coverage);
    expect(guard.clean('武汉𠀀科技😀有限公司𠀀')).toBe('武汉□科技□有限公司□');
    expect(guard.missingCodePoints()).toEqual(['U+1F600', 'U+20000']);
  });

  it('normalises line breaks and control characters and drops invisible selectors', () => {
    const guard = new GlyphGuard(cjkFonts().coverage);
    expect(guard.clean('a\r\nb\rc\td\u0000e\u0085f\u2028g\u200bh\ufe0fi')).toBe('a\nb\nc d e f\ngh' + 'i');
    expect(guard.missingCodePoints()).toEqual([]);
  });
});
