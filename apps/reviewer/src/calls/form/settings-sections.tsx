import { defaultCallSettings, type ProgrammeCategoryCode, thresholdSource } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Card, Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import type { Control } from 'react-hook-form';
import type { CallFormValues } from './call-form-values';
import { SettingInput } from './setting-input';
import { settingSections } from './settings-fields';
import { SECTION_INTROS, SECTION_TITLES } from './settings-labels';

export interface SettingsSectionsProps {
  control: Control<CallFormValues, unknown, CallFormValues>;
  category: ProgrammeCategoryCode;
}

/** Thresholds do not depend on the dates; any schedule gives the same defaults for them. */
const ANY_SCHEDULE = { opensOn: '2026-01-01', applicationDeadline: '2026-01-31' } as const;

function valueAt(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * The category's eligibility thresholds, review and workflow settings, as cards of labelled inputs built from the
 * category's settings schema; each shows the schema's description, the documented default and its source (document and
 * article, or that it is an assumption without a policy source).
 */
export function SettingsSections({ control, category }: SettingsSectionsProps) {
  const { t } = useLocale();
  const sections = useMemo(() => settingSections(category), [category]);
  const defaults = useMemo(() => {
    const settings = { settings: defaultCallSettings(category, ANY_SCHEDULE) };
    return (path: string) => valueAt(settings, path);
  }, [category]);
  const sources = useMemo(() => (path: string) => thresholdSource(category, path.replace(/^settings\./, '')), [category]);

  return (
    <>
      {sections.map((section) => (
        <Card key={section.id} title={t(SECTION_TITLES[section.id])} size="small" data-testid={`settings-${section.id}`} id={`settings-${section.id}`}>
          {SECTION_INTROS[section.id] && <Typography.Paragraph type="secondary">{t(SECTION_INTROS[section.id]!)}</Typography.Paragraph>}
          <Row gutter={24}>
            {section.fields.map((field) => (
              <Col key={field.key} xs={24} lg={field.control.kind === 'group' ? 24 : 12}>
                <SettingInput control={control} field={field} defaults={defaults} sources={sources} />
              </Col>
            ))}
          </Row>
        </Card>
      ))}
    </>
  );
}
