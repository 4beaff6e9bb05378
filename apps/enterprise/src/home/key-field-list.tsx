import { KEY_FIELDS } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { HOME_TEXTS } from './home-texts';

export function KeyFieldList() {
  const { t } = useLocale();

  return (
    <section aria-labelledby="key-fields">
      <Typography.Title level={2} id="key-fields" style={{ fontSize: 22 }}>
        {t(HOME_TEXTS.keyFieldsHeading)}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t(HOME_TEXTS.keyFieldsNote)}</Typography.Paragraph>
      <Card>
        <Flex vertical gap={16}>
          {KEY_FIELDS.map((field) => (
            <Row key={field.code} gutter={[16, 8]} align="top" data-testid={`key-field-${field.code}`}>
              <Col xs={24} md={7} lg={6}>
                <Typography.Text strong>{t(field.name)}</Typography.Text>
              </Col>
              <Col xs={24} md={17} lg={18}>
                <Flex gap={8} wrap>
                  {field.subFields.map((subField) => (
                    <Tag key={subField.code} style={{ marginInlineEnd: 0 }}>
                      {t(subField.name)}
                    </Tag>
                  ))}
                </Flex>
              </Col>
            </Row>
          ))}
        </Flex>
      </Card>
    </section>
  );
}
