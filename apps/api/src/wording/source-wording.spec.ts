import { findAsciiPunctuation, findTermViolations, isChineseText, TERMINOLOGY } from '@shifan/domain';
import { literalsOf, sourceFiles, type StringLiteral } from '../../test/string-literals';

/**
 * Words the bureau would print (issue #13): one term each across both apps, the mails and every document, and
 * full-width punctuation in Chinese text. These tests read the sources themselves, so a text that brings back 回执编号,
 * 验证码, 正式名单 or a unit's 不予受理, or an ASCII comma in a Chinese sentence, fails the suite and names the file and
 * line. A line (or the line above it) may carry `wording-allow: <variant>` where the variant is meant, e.g. the city's
 * formal check, which does refuse to accept (不予受理) what a unit recommended.
 */
const notSpec = (file: string) => !/\.(spec|integration-spec|test)\.tsx?$/.test(file);

/** Every user-facing source of both apps, the shared UI and the domain, and the API's mails, renderers and services. */
const TERM_SOURCES = [
  ...sourceFiles('apps/enterprise/src', /\.tsx?$/),
  ...sourceFiles('apps/reviewer/src', /\.tsx?$/),
  ...sourceFiles('libs/ui/src', /\.tsx?$/),
  ...sourceFiles('libs/domain/src', /\.ts$/),
  ...sourceFiles('apps/api/src', /\.ts$/),
]
  .filter(notSpec)
  // The glossary itself names the variants it forbids.
  .filter((file) => file !== 'libs/domain/src/i18n/terminology.ts');

/**
 * Every source people read text from: the text catalogues, the domain's labels, rules and documents, the API's errors,
 * mails and renderers — the same files as the term scan, and the glossary itself.
 */
const PUNCTUATION_SOURCES = [...TERM_SOURCES, 'libs/domain/src/i18n/terminology.ts'];

const where = (literal: StringLiteral) => `${literal.file}:${literal.line}`;

describe('one term each (受理编号, 核验码, 认定名单, 不予推荐) in every source people read', () => {
  it('scans the apps, the shared UI, the domain and the API', () => {
    expect(TERM_SOURCES.length).toBeGreaterThan(200);
    expect(TERM_SOURCES).toEqual(expect.arrayContaining(['apps/api/src/mail/mail-texts.ts', 'libs/domain/src/workflow/application-states.ts', 'apps/reviewer/src/review/review-texts.ts']));
  });

  it('finds no forbidden variant in any Chinese string', () => {
    const found: string[] = [];
    for (const file of TERM_SOURCES) {
      for (const literal of literalsOf(file)) {
        if (literal.english) continue;
        for (const violation of findTermViolations(literal.text)) {
          if (literal.allowed.includes(violation.variant)) continue;
          found.push(`${where(literal)}: ${violation.variant} → ${violation.term} in "${literal.text.slice(0, 80)}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('would catch each variant (the scan is not blind)', () => {
    for (const term of TERMINOLOGY) {
      for (const variant of term.forbidden) expect(findTermViolations(`请核对${variant}后再试`).map((violation) => violation.term)).toEqual([term.term.zh]);
    }
  });
});

describe('full-width punctuation in the Chinese strings of the text catalogues, labels, mails and documents', () => {
  it('scans every text catalogue of both apps and the shared UI', () => {
    expect(PUNCTUATION_SOURCES.filter((file) => file.endsWith('-texts.ts')).length).toBeGreaterThan(40);
  });

  it('finds no ASCII , ; : ( ) ? ! touching a Chinese character', () => {
    const found: string[] = [];
    for (const file of PUNCTUATION_SOURCES) {
      for (const literal of literalsOf(file)) {
        if (literal.english || !isChineseText(literal.text)) continue;
        const violations = findAsciiPunctuation(literal.text);
        if (violations.length) found.push(`${where(literal)}: ${violations.map((violation) => `"${violation.char}"→"${violation.expected}"`).join(' ')} in "${literal.text.slice(0, 80)}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
