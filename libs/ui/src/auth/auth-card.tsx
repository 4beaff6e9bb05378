import type { LocalizedText } from '@shifan/domain';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/use-locale';

export interface AuthCardProps {
  /** Rendered as the page's one h1. */
  title: LocalizedText;
  intro?: LocalizedText;
  /** 460 px suits sign-in; registration needs more. */
  width?: number;
  footer?: ReactNode;
  children: ReactNode;
}

/** The centred card of the sign-in, registration and password pages. */
export function AuthCard({ title, intro, width = 460, footer, children }: AuthCardProps) {
  const { t } = useLocale();
  return (
    <Flex justify="center">
      <Card style={{ width: '100%', maxWidth: width }} styles={{ body: { padding: '28px 32px' } }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t(title)}
        </Typography.Title>
        {intro && <Typography.Paragraph type="secondary">{t(intro)}</Typography.Paragraph>}
        {children}
        {footer && <div style={{ marginTop: 8 }}>{footer}</div>}
      </Card>
    </Flex>
  );
}
