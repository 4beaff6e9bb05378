import { PROGRAMME_CATEGORIES } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Col, Row, Typography } from 'antd';
import { HOME_TEXTS } from './home-texts';
import { ProgrammeCategoryCard } from './programme-category-card';

export function ProgrammeCategoryGrid() {
  const { t } = useLocale();

  return (
    <section aria-labelledby="programme-categories" style={{ marginBottom: 32 }}>
      <Typography.Title level={2} id="programme-categories" style={{ fontSize: 22 }}>
        {t(HOME_TEXTS.categoriesHeading)}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t(HOME_TEXTS.categoriesNote)}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {PROGRAMME_CATEGORIES.map((category) => (
          <Col key={category.code} xs={24} md={12} xl={6} style={{ display: 'flex' }}>
            <ProgrammeCategoryCard category={category} />
          </Col>
        ))}
      </Row>
    </section>
  );
}
