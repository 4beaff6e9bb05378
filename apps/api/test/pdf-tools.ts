import type request from 'supertest';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * What the tests ask of a generated PDF, answered by Debian's poppler-utils and qpdf (installed by `.ci/run`): its
 * text as a reader would copy it, whether its structure is sound, and how its fonts are embedded.
 */
function withFile<T>(pdf: Buffer, work: (file: string) => T): T {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-pdf-'));
  const file = path.join(directory, 'document.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return work(file);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** `pdftotext -layout` of the whole document or of one page (1-based). */
export function pdfText(pdf: Buffer, page?: number): string {
  return withFile(pdf, (file) => {
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
  });
}

/** The text with all white space removed, for assertions that should not depend on the layout's spacing. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** `qpdf --check`: its exit status (0 = no errors or warnings) and what it said. */
export function qpdfCheck(pdf: Buffer): { status: number | null; output: string } {
  return withFile(pdf, (file) => {
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  });
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The rows of `pdffonts`. */
export function pdfFonts(pdf: Buffer): PdfFont[] {
  return withFile(pdf, (file) => {
    const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    return lines.map((line) => {
      const columns = line.trim().split(/\s+/);
      const [emb, sub, uni] = columns.slice(-5, -2);
      return { name: columns[0], type: columns.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
  });
}

/** The page count, from `pdfinfo`. */
export function pdfPages(pdf: Buffer): number {
  return withFile(pdf, (file) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]));
}

/** A supertest parser that collects a binary body (a PDF or a workbook) into a Buffer. */
export function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
