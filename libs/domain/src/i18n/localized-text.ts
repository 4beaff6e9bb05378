/** Every user-facing string of the domain comes in both languages; zh-CN is the primary one. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Locale = 'zh-CN' | 'en';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export function pickText(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

/** Reads an `Accept-Language` header (or a stored preference) into one of the supported locales; Chinese by default. */
export function resolveLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

const MESSAGE_PREFIX = 'i18n:';

/**
 * zod carries one message string per issue; a schema that wants both languages writes its message with this
 * function, and whoever shows the issue decodes it with `decodeLocalizedMessage` for the reader's locale.
 */
export function localizedMessage(text: LocalizedText): string {
  return `${MESSAGE_PREFIX}${JSON.stringify(text)}`;
}

export function decodeLocalizedMessage(message: string, locale: Locale): string {
  if (!message.startsWith(MESSAGE_PREFIX)) return message;
  try {
    const text = JSON.parse(message.slice(MESSAGE_PREFIX.length)) as Partial<LocalizedText>;
    const picked = locale === 'en' ? text.en : text.zh;
    return typeof picked === 'string' ? picked : message;
  } catch {
    return message;
  }
}
