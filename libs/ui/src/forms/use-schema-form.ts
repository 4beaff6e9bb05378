import { zodResolver } from '@hookform/resolvers/zod';
import type { Locale } from '@shifan/domain';
import { useMemo } from 'react';
import { type FieldValues, type Resolver, useForm, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { en, zhCN } from 'zod/locales';
import { useLocale } from '../i18n/use-locale';

const ZOD_LOCALES: Readonly<Record<Locale, z.core.$ZodErrorMap>> = { 'zh-CN': zhCN().localeError, en: en().localeError };

export interface SchemaFormOptions<TInput extends FieldValues, TOutput extends FieldValues> extends Omit<UseFormProps<TInput, unknown, TOutput>, 'resolver'> {
  /** Optional fields whose empty text means "not given", so the schema sees `undefined` instead of `''`. */
  blankAsUndefined?: readonly (keyof TInput & string)[];
}

function withoutBlanks<T extends FieldValues>(values: T, keys: readonly string[]): T {
  if (keys.length === 0) return values;
  const copy: Record<string, unknown> = { ...values };
  for (const key of keys) if (typeof copy[key] === 'string' && (copy[key] as string).trim() === '') copy[key] = undefined;
  return copy as T;
}

/**
 * react-hook-form driven by a zod schema from @shifan/domain. zod's own messages come in the page's language; the
 * schemas' bilingual messages stay encoded until `FormField` shows them (so a language switch re-renders them).
 */
export function useSchemaForm<TInput extends FieldValues, TOutput extends FieldValues>(
  schema: z.ZodType<TOutput, TInput>,
  { blankAsUndefined = [], ...options }: SchemaFormOptions<TInput, TOutput>,
): UseFormReturn<TInput, unknown, TOutput> {
  const { locale } = useLocale();
  const blankKeys = blankAsUndefined.join('\n');
  const resolver = useMemo<Resolver<TInput, unknown, TOutput>>(() => {
    const parse = zodResolver<TInput, unknown, TOutput>(schema, { error: ZOD_LOCALES[locale] }) as Resolver<TInput, unknown, TOutput>;
    const keys = blankKeys ? blankKeys.split('\n') : [];
    return (values, context, resolverOptions) => parse(withoutBlanks(values, keys), context, resolverOptions);
  }, [schema, locale, blankKeys]);
  return useForm<TInput, unknown, TOutput>({ ...options, resolver });
}
