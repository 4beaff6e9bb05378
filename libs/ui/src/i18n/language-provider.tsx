import { pickText, type Locale, type LocalizedText } from '@shifan/domain';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { LanguageContext, type LanguageContextValue } from './language-context';
import { getLocale, setLocale, subscribeToLocale } from './locale-store';

/** Chinese labels read as written (登录, not 登 录). */
const BUTTON_CONFIG = { autoInsertSpace: false } as const;
const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const satisfies Record<Locale, typeof zhCN>;

export interface LanguageProviderProps {
  children: ReactNode;
}

/**
 * Holds the portal language (zh-CN by default, remembered in localStorage) and localises Ant Design to match; also
 * provides Ant Design's App context, so `App.useApp()` gives message and modal functions that follow the language.
 */
export function LanguageProvider({ children }: LanguageProviderProps) {
  const locale = useSyncExternalStore(subscribeToLocale, getLocale);
  const t = useCallback((text: LocalizedText) => pickText(text, locale), [locale]);
  const value = useMemo<LanguageContextValue>(() => ({ locale, setLocale, t }), [locale, t]);

  return (
    <LanguageContext value={value}>
      <ConfigProvider locale={ANTD_LOCALES[locale]} button={BUTTON_CONFIG}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LanguageContext>
  );
}
