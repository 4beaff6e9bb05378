import type { LocalizedText } from '@shifan/domain';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/use-locale';

export interface PageHeadingProps {
  /** Rendered as the page's one h1. */
  title: LocalizedText;
  intro?: LocalizedText;
  /** Shown at the right of the heading, e.g. the service status. */
  extra?: ReactNode;
}

export function PageHeading({ title, intro, extra }: PageHeadingProps) {
  const { t } = useLocale();
  return (
    <header style={{ marginBottom: 24 }}>
      <Flex align="center" justify="space-between" gap={16} wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t(title)}
        </Typography.Title>
        {extra}
      </Flex>
      {intro && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, maxWidth: 880, fontSize: 15 }}>
          {t(intro)}
        </Typography.Paragraph>
      )}
    </header>
  );
}
