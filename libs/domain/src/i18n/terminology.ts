import type { LocalizedText } from './localized-text';

/**
 * One term each, across both apps, the mails and every printed document (issue #13, "Words the bureau would print").
 * Each entry names the term, its English rendering and the variants that must not appear in Chinese text. An
 * `allowedIn` phrase contains a variant but means something else (the check character of a USCC or resident ID is a
 * 校验码; an objection outside the notice period is 不予受理) and is not a use of the variant.
 * docs/glossary.md lists the same terms; `terminology.spec.ts` and the apps' wording tests scan the sources with it.
 */
export interface Term {
  key: string;
  term: LocalizedText;
  /** What the term means, for the glossary. */
  meaning: string;
  forbidden: readonly string[];
  allowedIn?: readonly string[];
}

export const TERMINOLOGY: readonly Term[] = [
  {
    key: 'receipt_number',
    term: { zh: '受理编号', en: 'receipt number' },
    meaning: 'The gap-free number a submission receives (WH2026ZN007-00012), printed on the 回执 and every list.',
    forbidden: ['回执编号', '回执号', '受理号', '受理编码', '申报编号'],
  },
  {
    key: 'verification_code',
    term: { zh: '核验码', en: 'verification code' },
    meaning: 'The code printed on every page of an archived document, checked at /verify/{code}.',
    forbidden: ['验证码', '校验码'],
    allowedIn: ['末位校验码', '位校验码', '代码校验码', '校验码不符'],
  },
  {
    key: 'approved_list',
    term: { zh: '认定名单', en: 'approved list' },
    meaning: 'The list the city publishes after the 公示 (for provincial and national calls: 推荐名单).',
    forbidden: ['正式名单', '批准名单'],
  },
  {
    key: 'not_recommended',
    term: { zh: '不予推荐', en: 'not recommended' },
    meaning: "A recommending unit's (district's or zone's) refusal of an application.",
    forbidden: ['不予受理'],
    // The city's formal check refuses to accept (受理) what a unit recommended, and a late or anonymous objection
    // is not accepted either: those are 不予受理, not a unit's refusal.
    allowedIn: ['形式审查不予受理', '异议不予受理', '的异议不予受理'],
  },
];

export interface TermViolation {
  key: string;
  variant: string;
  term: string;
  index: number;
}

/** Every forbidden variant in `text` that is not part of one of its allowed phrases. */
export function findTermViolations(text: string, terms: readonly Term[] = TERMINOLOGY): TermViolation[] {
  const violations: TermViolation[] = [];
  for (const entry of terms) {
    let masked = text;
    for (const phrase of entry.allowedIn ?? []) masked = masked.split(phrase).join('\u0000'.repeat(phrase.length));
    for (const variant of entry.forbidden) {
      for (let index = masked.indexOf(variant); index !== -1; index = masked.indexOf(variant, index + 1)) {
        violations.push({ key: entry.key, variant, term: entry.term.zh, index });
      }
    }
  }
  return violations.sort((a, b) => a.index - b.index);
}

/** ASCII punctuation that Chinese text writes full width, with its full-width form. */
export const FULL_WIDTH_PUNCTUATION: Readonly<Record<string, string>> = {
  ',': '\uff0c',
  ';': '\uff1b',
  ':': '\uff1a',
  '(': '\uff08',
  ')': '\uff09',
  '?': '\uff1f',
  '!': '\uff01',
};

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const LATIN_WORD = /[A-Za-z]+/g;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/**
 * A string is Chinese text when it has at least twice as many Han characters as Latin words: `应为有效日期(YYYY-MM-DD)`
 * and `PDF 文件不超过 20 MB` are Chinese; `Public: the approved lists (认定名单)` and an API description such as
 * `文号 of the 通知, e.g. 武经信〔2026〕12号` are English.
 */
export function isChineseText(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  return han > 0 && han >= 2 * (text.match(LATIN_WORD)?.length ?? 0);
}

export interface PunctuationViolation {
  index: number;
  char: string;
  expected: string;
}

/**
 * ASCII `,` `;` `:` `(` `)` `?` `!` touching a Chinese character in Chinese text. Codes, URLs, numbers and times
 * (`09:00`, `https://…`, `WH2026ZN007-00012`) are untouched because nothing Chinese touches their punctuation. A
 * bracket pair is judged together: when either bracket touches Chinese text, both are reported.
 */
export function findAsciiPunctuation(text: string): PunctuationViolation[] {
  if (!isChineseText(text)) return [];
  const flagged = new Set<number>();
  const touches = (index: number) => isCjk(text[index - 1]) || isCjk(text[index + 1]);
  const open: number[] = [];
  const pairs: [number, number][] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') open.push(index);
    else if (char === ')') {
      const start = open.pop();
      if (start !== undefined) pairs.push([start, index]);
      else if (touches(index)) flagged.add(index);
    } else if (char in FULL_WIDTH_PUNCTUATION && touches(index)) flagged.add(index);
  }
  for (const start of open) if (touches(start)) flagged.add(start);
  for (const [start, end] of pairs) {
    if (touches(start) || touches(end)) {
      flagged.add(start);
      flagged.add(end);
    }
  }
  return [...flagged].sort((a, b) => a - b).map((index) => ({ index, char: text[index], expected: FULL_WIDTH_PUNCTUATION[text[index]] }));
}

/** `text` with every reported ASCII punctuation mark written full width. */
export function withFullWidthPunctuation(text: string): string {
  let result = text;
  for (const violation of findAsciiPunctuation(text).reverse()) result = result.slice(0, violation.index) + violation.expected + result.slice(violation.index + 1);
  return result;
}
