import type { ProgrammeCategory } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Card, Flex, Tag, Typography } from 'antd';
import { formatTarget } from './format-target';
import { HOME_TEXTS, LEVEL_NAMES } from './home-texts';

export interface ProgrammeCategoryCardProps {
  category: ProgrammeCategory;
}

export function ProgrammeCategoryCard({ category }: ProgrammeCategoryCardProps) {
  const { locale, t } = useLocale();

  return (
    <Card style={{ width: '100%' }} data-testid={`programme-${category.code}`}>
      <Typography.Title level={3} style={{ fontSize: 18, marginTop: 0 }}>
        {t(category.name)}
      </Typography.Title>
      <Flex gap={4} wrap align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t(HOME_TEXTS.levelsLabel)}</Typography.Text>
        {category.levels.map((level) => (
          <Tag key={level} color="blue">
            {t(LEVEL_NAMES[level])}
          </Tag>
        ))}
      </Flex>
      <Flex vertical gap={8}>
        {category.targets.map((target) => (
          <Flex key={target.label.en} justify="space-between" align="baseline" gap={12}>
            <Typography.Text type="secondary" style={{ flex: 1, minWidth: 0 }}>
              {t(target.label)}
            </Typography.Text>
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {formatTarget(target, locale)}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
