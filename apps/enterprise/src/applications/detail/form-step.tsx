import type { FieldMeta, FormSection } from '@shifan/domain';
import { type FieldFeedback, useLocale } from '@shifan/ui';
import { Card, Col, Flex, Row, Typography } from 'antd';
import type { Control, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { type FieldKind, fieldSpan, isOptionalField } from '../../forms/field-kinds';
import { type FormValues, MetaField } from '../../forms/meta-field';

export interface FormStepProps {
  control: Control<FormValues, unknown, FieldValues>;
  sections: readonly FormSection[];
  fields: Readonly<Record<string, FieldMeta>>;
  kinds: Readonly<Record<string, FieldKind>>;
  /** The submission schema's fields, for the required marks. */
  shape: Readonly<Record<string, z.ZodType>>;
  itemLabels: Readonly<Record<string, FieldMeta>>;
  /** What the eligibility check says about a field it finds failing (shown under the field). */
  feedback: Readonly<Record<string, FieldFeedback>>;
}

/** The sections of one step, each a card with its fields as APPLICATION_FORMS describes them. */
export function FormStep({ control, sections, fields, kinds, shape, itemLabels, feedback }: FormStepProps) {
  const { t } = useLocale();
  return (
    <Flex vertical gap={16}>
      {sections.map((section) => (
        <Card key={section.id} size="small" title={t(section.title)} data-testid={`section-${section.id}`}>
          {section.description && <Typography.Paragraph type="secondary">{t(section.description)}</Typography.Paragraph>}
          <Row gutter={24}>
            {Object.keys(fields)
              .filter((name) => fields[name].section === section.id)
              .map((name) => (
                <Col key={name} {...fieldSpan(kinds[name], section.id === 'declarations')}>
                  <MetaField
                    control={control}
                    name={name}
                    meta={fields[name]}
                    kind={kinds[name]}
                    required={!isOptionalField(shape[name])}
                    asCheckbox={section.id === 'declarations'}
                    itemLabels={itemLabels}
                    feedback={feedback[name]}
                  />
                </Col>
              ))}
          </Row>
        </Card>
      ))}
    </Flex>
  );
}
