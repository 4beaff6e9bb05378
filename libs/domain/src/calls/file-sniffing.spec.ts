import { canSniff, isZipContainer, sniffFileKind, SNIFF_WINDOW_BYTES, zipEntryNames } from './file-sniffing';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
const le16 = (n: number) => Uint8Array.of(n & 0xff, n >> 8);
const le32 = (n: number) => Uint8Array.of(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff);

/** A stored (uncompressed) ZIP: local headers, data, central directory, end record. CRCs are not checked here. */
function zip(entries: Record<string, string>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const n = ascii(name);
    const data = ascii(content);
    const fixed = concat(le16(20), le16(0), le16(0), le16(0), le16(0), le32(0), le32(data.length), le32(data.length), le16(n.length), le16(0));
    const local = concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), fixed, n, data);
    centrals.push(concat(Uint8Array.of(0x50, 0x4b, 0x01, 0x02), le16(20), fixed, le16(0), le16(0), le16(0), le32(0), le32(offset), n));
    locals.push(local);
    offset += local.length;
  }
  const directory = concat(...centrals);
  const end = concat(Uint8Array.of(0x50, 0x4b, 0x05, 0x06), le16(0), le16(0), le16(centrals.length), le16(centrals.length), le32(directory.length), le32(offset), le16(0));
  return concat(...locals, directory, end);
}

describe('sniffing a file kind from its first bytes', () => {
  it('recognises PDF, PNG and JPEG by their signatures', () => {
    expect(sniffFileKind(ascii('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    expect(sniffFileKind(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe('png');
    expect(sniffFileKind(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46))).toBe('jpeg');
  });

  it('ignores the name: text, HTML and truncated signatures match nothing', () => {
    expect(sniffFileKind(ascii('this is not a PDF, whatever its name says'))).toBeNull();
    expect(sniffFileKind(ascii('<html><body>%PDF-</body></html>'))).toBeNull();
    expect(sniffFileKind(ascii('%PD'))).toBeNull();
    expect(sniffFileKind(Uint8Array.of(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(sniffFileKind(new Uint8Array(0))).toBeNull();
  });

  it('tells DOCX, XLSX and OFD apart by their entry names', () => {
    expect(sniffFileKind(zip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>', 'word/document.xml': '<w:document/>' }))).toBe('docx');
    expect(sniffFileKind(zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }))).toBe('xlsx');
    expect(sniffFileKind(zip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' }))).toBe('ofd');
    expect(sniffFileKind(zip({ '/OFD.xml': '<ofd:OFD/>' }))).toBe('ofd');
  });

  it('refuses other ZIP files, including one with OFD.xml below the root', () => {
    expect(sniffFileKind(zip({ 'readme.txt': 'hello', 'customXml/item1.xml': '<x/>' }))).toBeNull();
    expect(sniffFileKind(zip({ 'docs/OFD.xml': '<ofd:OFD/>' }))).toBeNull();
  });

  it('reads entry names from the central directory when the local headers are past the window', () => {
    // The local header of word/document.xml is cut off; only the central directory names it.
    const central = concat(Uint8Array.of(0x50, 0x4b, 0x01, 0x02), new Uint8Array(24), le16(17), new Uint8Array(16), ascii('word/document.xml'));
    const head = concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), new Uint8Array(22), le16(0), le16(0), ascii('xxxx'), central);
    expect(zipEntryNames(head)).toEqual(['word/document.xml']);
    expect(sniffFileKind(head)).toBe('docx');
  });

  it('skips headers that are cut off, empty or implausibly long', () => {
    const local = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
    expect(zipEntryNames(concat(local, new Uint8Array(10)))).toEqual([]); // header cut off
    expect(zipEntryNames(concat(local, new Uint8Array(22), le16(50), le16(0), ascii('word/')))).toEqual([]); // name runs past the end
    expect(zipEntryNames(concat(local, new Uint8Array(22), le16(4000), le16(0), new Uint8Array(4000)))).toEqual([]); // too long
    expect(zipEntryNames(concat(Uint8Array.of(0x50, 0x4b, 0x01, 0x02), new Uint8Array(10)))).toEqual([]); // central header cut off
    expect(zipEntryNames(ascii('PK\u0005\u0006PKxyPK'))).toEqual([]); // other PK records
  });

  it('knows when it has seen enough bytes to decide', () => {
    expect(canSniff(ascii('%PDF'), false)).toBe(false);
    expect(canSniff(ascii('%PDF-1.7'), false)).toBe(true);
    expect(canSniff(ascii('%PD'), true)).toBe(true);
    const zipHead = zip({ 'word/document.xml': 'x' });
    expect(isZipContainer(zipHead)).toBe(true);
    expect(canSniff(zipHead, false)).toBe(false);
    expect(canSniff(zipHead, true)).toBe(true);
    expect(canSniff(concat(zipHead, new Uint8Array(SNIFF_WINDOW_BYTES)), false)).toBe(true);
  });
});
