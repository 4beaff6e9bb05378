import type { LocalizedText } from '@shifan/domain';
import { Flex, Layout, Typography } from 'antd';
import { useEffect, type CSSProperties, type ReactNode } from 'react';
import { LanguageSwitch } from '../i18n/language-switch';
import { UI_TEXTS } from '../i18n/ui-texts';
import { useLocale } from '../i18n/use-locale';

export interface AppShellProps {
  /** The app's own name, shown after the portal name, e.g. 企业申报. */
  subtitle: LocalizedText;
  /** The browser tab title; follows the language. */
  documentTitle?: LocalizedText;
  children: ReactNode;
}

const HEADER_STYLE: CSSProperties = {
  height: 'auto',
  minHeight: 64,
  lineHeight: 1.4,
  padding: '12px 24px',
  background: '#003a8c',
};
const CONTENT_STYLE: CSSProperties = { width: '100%', maxWidth: 1200, margin: '0 auto', padding: '24px 24px 48px' };
const FOOTER_STYLE: CSSProperties = { textAlign: 'center' };

function useDocumentTitle(title: LocalizedText | undefined): void {
  const { t } = useLocale();
  const text = title ? t(title) : undefined;
  useEffect(() => {
    if (text) document.title = text;
  }, [text]);
}

/** The portal frame: header with the portal name, the app's subtitle and the language switch; content; footer. */
export function AppShell({ subtitle, documentTitle, children }: AppShellProps) {
  const { t } = useLocale();
  useDocumentTitle(documentTitle);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={HEADER_STYLE}>
        <Flex align="center" justify="space-between" gap={16} wrap>
          <Flex align="baseline" gap={12} wrap>
            <Typography.Text strong style={{ color: '#fff', fontSize: 18 }} data-testid="portal-name">
              {t(UI_TEXTS.portalName)}
            </Typography.Text>
            <Typography.Text style={{ color: 'rgba(255, 255, 255, 0.75)', fontSize: 15 }}>{t(subtitle)}</Typography.Text>
          </Flex>
          <LanguageSwitch ghost />
        </Flex>
      </Layout.Header>
      <Layout.Content style={CONTENT_STYLE}>
        <main>{children}</main>
      </Layout.Content>
      <Layout.Footer style={FOOTER_STYLE}>
        <Typography.Text type="secondary">
          <span lang="zh-CN">{UI_TEXTS.bureau.zh}</span> · <span lang="en">{UI_TEXTS.bureau.en}</span>
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
