import type { Locale, LocalizedText } from '@shifan/domain';
import { createContext } from 'react';

export interface LanguageContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** Picks the text of the current language. */
  t: (text: LocalizedText) => string;
}

export const LanguageContext = createContext<LanguageContextValue | null>(null);
