import { pickText, type Locale, type LocalizedText } from '@shifan/domain';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { LanguageContext, type LanguageContextValue } from './language-context';
import { getLocale, setLocale, subscribeToLocale } from './locale-store';

/** Chinese labels read as written (登录, not 登 录). */
const BUTTON_CONFIG = { autoInsertSpace: false } as const;
/**
 * Ant Design's default secondary text (45 % black) and primary and status colours fall short of WCAG AA contrast (4.5:1)
 * for small text on white; these tokens keep the look and pass axe's color-contrast rule.
 */
const THEME = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    // Status colours are also text colours (tags, progress figures): darker seeds, with the light backgrounds kept.
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#874d00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorError: '#cf1322',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  },
} as const;
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
      <ConfigProvider locale={ANTD_LOCALES[locale]} button={BUTTON_CONFIG} theme={THEME}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LanguageContext>
  );
}
