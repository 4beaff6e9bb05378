import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The CJK font of every PDF: Noto Sans SC (SIL Open Font License) from `@expo-google-fonts/noto-sans-sc`, regular and
 * bold. pdfkit embeds only the glyphs a document uses (a subset, `XXXXXX+NotoSansSC-Regular`), so a 20-page 申报书
 * stays small although each TTF is 10 MB.
 *
 * The files are read and parsed once per process: pdfkit accepts a parsed fontkit font in place of the file, and a
 * parsed font keeps its glyph and layout tables between documents (each document still makes its own subset). That
 * takes a fixed ~15 ms per font off every render. fontkit is resolved from pdfkit's own dependencies, so it is always
 * the version pdfkit was built against.
 *
 * The font has no CJK Extension B–G characters (U+20000 and up) and no emoji. Text passes through a GlyphGuard first:
 * a character the font cannot draw is printed as □ and reported, so rare characters in names or addresses never
 * crash a render nor silently vanish.
 */
export const REPLACEMENT_CHARACTER = '□';

const REGULAR = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
const BOLD = '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf';

/** A font as pdfkit's `registerFont` takes it: here a parsed fontkit font (typed as a source pdfkit declares). */
export type FontSource = Buffer;

export interface CjkFonts {
  regular: FontSource;
  bold: FontSource;
  /** Code points both weights can draw. */
  coverage: GlyphCoverage;
}

let fonts: CjkFonts | undefined;

export function cjkFonts(): CjkFonts {
  if (!fonts) {
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Buffer): unknown };
    const regular = fs.readFileSync(require.resolve(REGULAR));
    const bold = fs.readFileSync(require.resolve(BOLD));
    fonts = {
      regular: fontkit.create(regular) as FontSource,
      bold: fontkit.create(bold) as FontSource,
      coverage: GlyphCoverage.of(regular).intersect(GlyphCoverage.of(bold)),
    };
  }
  return fonts;
}

/** Which Unicode code points a TrueType/OpenType font maps to a glyph, read from its `cmap` table. */
export class GlyphCoverage {
  private constructor(private readonly bits: Uint8Array) {}

  static of(font: Buffer): GlyphCoverage {
    return new GlyphCoverage(readCmap(font));
  }

  has(codePoint: number): boolean {
    return codePoint >= 0 && codePoint <= 0x10ffff && (this.bits[codePoint >> 3] & (1 << (codePoint & 7))) !== 0;
  }

  intersect(other: GlyphCoverage): GlyphCoverage {
    return new GlyphCoverage(this.bits.map((byte, index) => byte & other.bits[index]));
  }
}

/** Cleans text before it is laid out; remembers what it had to replace. */
export class GlyphGuard {
  private readonly missing = new Set<number>();

  constructor(private readonly coverage: GlyphCoverage) {}

  /**
   * Line breaks normalised to \n, tabs and other control characters to spaces, invisible joiners and variation
   * selectors dropped, and every character the font lacks replaced by □.
   */
  clean(text: string): string {
    let out = '';
    for (const char of text.replace(/\r\n?/g, '\n')) {
      const code = char.codePointAt(0)!;
      if (code === 0x0a || code === 0x20) out += char;
      else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0x2028 || code === 0x2029) out += code === 0x2028 || code === 0x2029 ? '\n' : ' ';
      else if (isInvisible(code)) continue;
      else if (this.coverage.has(code)) out += char;
      else {
        this.missing.add(code);
        out += REPLACEMENT_CHARACTER;
      }
    }
    return out;
  }

  /** What was replaced, as `U+20000`, in code point order. */
  missingCodePoints(): string[] {
    return [...this.missing].sort((a, b) => a - b).map((code) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
  }
}

function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0xfeff || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef);
}

/** A bitmap of the mapped code points, from the best Unicode subtable: format 12 (full range), else format 4 (BMP). */
function readCmap(font: Buffer): Uint8Array {
  const bits = new Uint8Array(0x110000 >> 3);
  const mark = (code: number) => {
    if (code <= 0x10ffff) bits[code >> 3] |= 1 << (code & 7);
  };
  const cmap = tableOffset(font, 'cmap');
  const count = font.readUInt16BE(cmap + 2);
  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const offset = cmap + font.readUInt32BE(record + 4);
    subtables.push({ platform: font.readUInt16BE(record), encoding: font.readUInt16BE(record + 2), offset, format: font.readUInt16BE(offset) });
  }
  const unicode = (table: { platform: number; encoding: number }) => table.platform === 0 || (table.platform === 3 && (table.encoding === 1 || table.encoding === 10));
  const full = subtables.find((table) => unicode(table) && table.format === 12);
  if (full) {
    const groups = font.readUInt32BE(full.offset + 12);
    for (let g = 0; g < groups; g++) {
      const group = full.offset + 16 + g * 12;
      const [start, end, glyph] = [font.readUInt32BE(group), font.readUInt32BE(group + 4), font.readUInt32BE(group + 8)];
      for (let code = start; code <= end; code++) if (glyph + (code - start) !== 0) mark(code);
    }
    return bits;
  }
  const bmp = subtables.find((table) => unicode(table) && table.format === 4);
  if (!bmp) throw new Error('The font has no Unicode cmap subtable (format 12 or 4)');
  const segments = font.readUInt16BE(bmp.offset + 6) / 2;
  const ends = bmp.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [font.readUInt16BE(starts + s * 2), font.readUInt16BE(ends + s * 2)];
    const delta = font.readInt16BE(deltas + s * 2);
    const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) mark(code);
    }
  }
  return bits;
}

function tableOffset(font: Buffer, tag: string): number {
  const tables = font.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === tag) return font.readUInt32BE(record + 8);
  }
  throw new Error(`The font has no ${tag} table`);
}
