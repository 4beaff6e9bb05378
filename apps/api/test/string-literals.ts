import fs from 'node:fs';
import path from 'node:path';

/** Root of the repository (apps/api/test → ../../..). */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

export interface StringLiteral {
  /** Repository-relative path. */
  file: string;
  line: number;
  /** The literal's text; a template literal's `${…}` parts are replaced by U+0001. */
  text: string;
  /** The source line holds a `wording-allow: <variant>` comment (or the line before it does). */
  allowed: string[];
  /** The literal is the value of an `en:` key, the English argument of `bilingual(zh, en)`, or API documentation. */
  english: boolean;
  /** The source offset of each character of `text` (-1 for an interpolation). */
  offsets: number[];
}

const INTERPOLATION = '\u0001';

/**
 * The string literals of a TypeScript source file ('…', "…" and `…`), with comments skipped and a template
 * literal's interpolations (which are code) left out. Enough of a tokenizer for text catalogues, labels and
 * renderers; a regular expression literal holding a quote would confuse it (none of the scanned files has one).
 */
export function stringLiterals(file: string, source: string): StringLiteral[] {
  const lines = source.split('\n');
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const allowedOn = (line: number) => [line, line - 1].flatMap((n) => [...(lines[n - 1] ?? '').matchAll(/wording-allow:\s*(\S+)/g)].map((match) => match[1]));
  const literals: StringLiteral[] = [];
  let bilingualArgs = -1;
  const push = (start: number, text: string, offsets: number[]) => {
    const before = source.slice(Math.max(0, start - 40), start);
    // English: an `en:` value, the English argument of bilingual(zh, en), and API documentation (.describe(), summary, description).
    const english = /\ben\s*:\s*$/.test(before) || /\.describe\(\s*$/.test(before) || /\b(summary|description)\s*:\s*$/.test(before) || (bilingualArgs === 1 && /,\s*$/.test(before));
    literals.push({ file, line: lineOf(start), text, allowed: allowedOn(lineOf(start)), english, offsets });
  };
  const readTemplate = (start: number): number => {
    // start: index just after the opening backtick; returns the index after the closing one.
    let text = '';
    const offsets: number[] = [];
    let i = start;
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        text += source[i + 1];
        offsets.push(i);
        i += 2;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        text += INTERPOLATION;
        offsets.push(-1);
        i = skipCode(i + 2, '}');
      } else {
        text += source[i];
        offsets.push(i);
        i += 1;
      }
    }
    push(start - 1, text, offsets);
    return i + 1;
  };
  const readQuoted = (start: number, quote: string): number => {
    let text = '';
    const offsets: number[] = [];
    let i = start;
    while (i < source.length && source[i] !== quote && source[i] !== '\n') {
      if (source[i] === '\\') {
        text += source[i + 1] === 'n' ? '\n' : source[i + 1];
        offsets.push(i);
        i += 2;
      } else {
        text += source[i];
        offsets.push(i);
        i += 1;
      }
    }
    push(start - 1, text, offsets);
    return i + 1;
  };
  /** Skips code up to the matching `close`, reading nested literals on the way; returns the index after it. */
  const skipCode = (start: number, close: string | null): number => {
    let depth = 0;
    let i = start;
    while (i < source.length) {
      const char = source[i];
      if (char === '/' && source[i + 1] === '/') {
        const end = source.indexOf('\n', i);
        i = end === -1 ? source.length : end;
      } else if (char === '/' && source[i + 1] === '*') {
        const end = source.indexOf('*/', i + 2);
        i = end === -1 ? source.length : end + 2;
      } else if (char === "'" || char === '"') {
        i = readQuoted(i + 1, char);
        if (bilingualArgs >= 0) bilingualArgs += 1;
      } else if (char === '`') {
        i = readTemplate(i + 1);
        if (bilingualArgs >= 0) bilingualArgs += 1;
      } else if (char === '{') {
        depth += 1;
        i += 1;
      } else if (char === '}') {
        if (depth === 0 && close === '}') return i + 1;
        depth -= 1;
        i += 1;
      } else {
        if (source.startsWith('bilingual(', i)) {
          bilingualArgs = 0;
          i += 'bilingual('.length;
          continue;
        }
        if (char === ')' || char === ';') bilingualArgs = -1;
        i += 1;
      }
    }
    return i;
  };
  skipCode(0, null);
  return literals;
}

/** Files under `dir` (repository-relative) whose names match `pattern`, recursively, without node_modules or dist. */
export function sourceFiles(dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(REPO_ROOT, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(child);
      } else if (pattern.test(entry.name)) found.push(child);
    }
  };
  walk(dir);
  return found.sort();
}

export function literalsOf(relativePath: string): StringLiteral[] {
  return stringLiterals(relativePath, fs.readFileSync(path.join(REPO_ROOT, relativePath), 'utf8'));
}

/** `source` with the ASCII punctuation `findAsciiPunctuation` reports in its Chinese literals written full width. */
export function withFullWidthLiterals(file: string, source: string, find: (text: string) => { index: number; expected: string }[], isChinese: (text: string) => boolean): string {
  const replacements = new Map<number, string>();
  for (const literal of stringLiterals(file, source)) {
    if (literal.english || !isChinese(literal.text)) continue;
    for (const violation of find(literal.text)) {
      const offset = literal.offsets[violation.index];
      if (offset >= 0) replacements.set(offset, violation.expected);
    }
  }
  let result = '';
  for (let index = 0; index < source.length; index++) result += replacements.get(index) ?? source[index];
  return result;
}
