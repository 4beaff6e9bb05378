import { type Locale, decodeLocalizedMessage, type ErrorDetail } from '@shifan/domain';
import { z } from 'zod';

const LOCALE_MAPS = { 'zh-CN': z.locales.zhCN().localeError, en: z.locales.en().localeError } as const;

/** The error map to pass to `safeParse(…, { error })`, so zod's own messages come out in the caller's language. */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return LOCALE_MAPS[locale];
}

/** A custom issue's stable detail code (`params.detailCode`, e.g. `USCC_NOT_ENTERPRISE`), else zod's issue code. */
function detailCodeOf(issue: z.core.$ZodIssue): string {
  const detailCode: unknown = issue.code === 'custom' ? issue.params?.detailCode : undefined;
  return typeof detailCode === 'string' ? detailCode : issue.code;
}

/** Turns zod issues into error details; schema messages written with `localizedMessage()` are decoded per locale. */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], locale: Locale, prefix?: string): ErrorDetail[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((part) => part !== undefined && part !== '').join('.');
    return { path: path || '(root)', code: detailCodeOf(issue), message: decodeLocalizedMessage(issue.message, locale) };
  });
}
