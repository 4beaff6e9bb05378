import { contentDisposition, decodeFileNameHeader, MAX_FILE_NAME_LENGTH, sanitizeFileName, storedFileName } from './file-name';

describe('attachment file names', () => {
  it('keeps Chinese names and strips path parts, control, invisible and reserved characters', () => {
    expect(sanitizeFileName('营业执照(副本)2026.pdf')).toBe('营业执照(副本)2026.pdf');
    expect(sanitizeFileName('C:\\Users\\李\\桌面\\申报书.pdf')).toBe('申报书.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('re\u0000port\u0007\u001f.pdf')).toBe('report.pdf');
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('a<b>c:"d"|e?f*.pdf')).toBe('abcdef.pdf');
    expect(sanitizeFileName('  ..hidden   name .pdf. . ')).toBe('hidden name .pdf');
    expect(sanitizeFileName('...')).toBe('');
  });

  it('adds the extension of the sniffed kind when the name lacks it, and falls back when nothing is left', () => {
    expect(storedFileName('report.PDF', 'pdf', 'x')).toBe('report.PDF');
    expect(storedFileName('photo.jpeg', 'jpeg', 'x')).toBe('photo.jpeg');
    expect(storedFileName('photo.jpg', 'jpeg', 'x')).toBe('photo.jpg');
    expect(storedFileName('plan.bin', 'docx', 'x')).toBe('plan.bin.docx');
    expect(storedFileName('report.pdf', 'png', 'x')).toBe('report.pdf.png');
    expect(storedFileName('README', 'pdf', 'x')).toBe('README.pdf');
    expect(storedFileName('/..', 'xlsx', 'financial_statements')).toBe('financial_statements.xlsx');
  });

  it('trims to 255 characters (code points, so no emoji is cut in half) and keeps the extension', () => {
    const name = storedFileName(`${'报'.repeat(300)}.pdf`, 'pdf', 'x');
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('报.pdf')).toBe(true);
    const emoji = storedFileName(`${'😀'.repeat(260)}.pdf`, 'pdf', 'x');
    expect(Array.from(emoji)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(emoji).toBe(`${'😀'.repeat(251)}.pdf`);
    expect(storedFileName(`${'a'.repeat(250)}     ${'b'.repeat(10)}`, 'pdf', 'x')).toBe(`${'a'.repeat(250)}.pdf`);
  });

  it('decodes the URI-encoded header and says when it cannot', () => {
    expect(decodeFileNameHeader(encodeURIComponent('申报书 v2.pdf'))).toBe('申报书 v2.pdf');
    expect(decodeFileNameHeader('plain.pdf')).toBe('plain.pdf');
    expect(decodeFileNameHeader('%E4%B8')).toBeNull();
  });

  it('offers the UTF-8 name as RFC 5987 filename* with an ASCII fallback', () => {
    expect(contentDisposition('营业执照 (副本).pdf')).toBe(
      `attachment; filename="____ (__).pdf"; filename*=UTF-8''${encodeURIComponent('营业执照 ').replace(/[()]/g, '')}%28${encodeURIComponent('副本')}%29.pdf`,
    );
    expect(contentDisposition("it's 100%;.pdf")).toBe(`attachment; filename="it's 100__.pdf"; filename*=UTF-8''it%27s%20100%25%3B.pdf`);
    expect(contentDisposition('报告')).toBe(`attachment; filename="__"; filename*=UTF-8''%E6%8A%A5%E5%91%8A`);
    expect(contentDisposition('')).toBe(`attachment; filename="download"; filename*=UTF-8''`);
  });
});
