import { useContext } from 'react';
import { LanguageContext, type LanguageContextValue } from './language-context';

export function useLocale(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLocale() must be used inside <LanguageProvider>');
  return value;
}
