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
  /** Shown in the header before the language switch, e.g. the user menu. */
  headerExtra?: ReactNode;
  /** A side navigation left of the content (an Ant Design Menu folds to its icons on narrow screens). */
  sider?: ReactNode;
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
/** Beside a side menu the content takes the rest of the row and may shrink (wide tables scroll inside it). */
const CONTENT_BESIDE_SIDER_STYLE: CSSProperties = { ...CONTENT_STYLE, width: 'auto', flex: 1, minWidth: 0, margin: 0, maxWidth: 'none' };
const FOOTER_STYLE: CSSProperties = { textAlign: 'center' };
const SIDER_STYLE: CSSProperties = { background: '#fff', borderInlineEnd: '1px solid #f0f0f0' };

function useDocumentTitle(title: LocalizedText | undefined): void {
  const { t } = useLocale();
  const text = title ? t(title) : undefined;
  useEffect(() => {
    if (text) document.title = text;
  }, [text]);
}

/**
 * The portal frame: header with the portal name, the app's subtitle, an optional user menu and the language switch;
 * an optional side navigation; content; footer.
 */
export function AppShell({ subtitle, documentTitle, headerExtra, sider, children }: AppShellProps) {
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
          <Flex align="center" gap={12} wrap>
            {headerExtra}
            <LanguageSwitch ghost />
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout hasSider={Boolean(sider)}>
        {sider && (
          <Layout.Sider width={208} breakpoint="lg" collapsedWidth={64} trigger={null} style={SIDER_STYLE}>
            {sider}
          </Layout.Sider>
        )}
        {/* Layout.Content renders the page's one <main> landmark. */}
        <Layout.Content style={sider ? CONTENT_BESIDE_SIDER_STYLE : CONTENT_STYLE}>{children}</Layout.Content>
      </Layout>
      <Layout.Footer style={FOOTER_STYLE}>
        <Typography.Text type="secondary">
          <span lang="zh-CN">{UI_TEXTS.bureau.zh}</span> · <span lang="en">{UI_TEXTS.bureau.en}</span>
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
