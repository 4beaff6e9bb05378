import { DEFAULT_QUOTAS, defaultAttachmentSlots, PROGRAMME_CATEGORIES, type ProgrammeCategoryCode, type ProgrammeLevel, TEXT_LIMITS, thresholdSource, yearOf } from '@shifan/domain';
import { FormField, useLocale } from '@shifan/ui';
import { App, Card, Col, DatePicker, Input, InputNumber, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import type { UseFormReturn } from 'react-hook-form';
import { LEVEL_LABELS } from '../calls-texts';
import { type CallFormValues, levelsOf, settingsForCategory } from './call-form-values';
import { CALL_FORM_TEXTS } from './call-form-texts';
import { SettingHelp } from './setting-input';
import { describedAt, type SettingField } from './settings-fields';
import { settingLabel, unitOf } from './settings-labels';

const DATE_FORMAT = 'YYYY-MM-DD';
/** The notice's limit from the contract (it fits the TEXT column even in four-byte characters). */
const NOTICE_MAX = TEXT_LIMITS.callNotice;

export interface BasicsCardProps {
  form: UseFormReturn<CallFormValues, unknown, CallFormValues>;
  /** Once a call is open its programme is fixed. */
  categoryFrozen: boolean;
}

function Described({ category, path }: { category: ProgrammeCategoryCode; path: string }) {
  const text = describedAt(category, path);
  return text ? (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  ) : null;
}

/** Programme, level, title and notice; the schedule, year and quota. */
export function BasicsCard({ form, categoryFrozen }: BasicsCardProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const { control } = form;
  const category = form.watch('category');
  const levels = levelsOf(category);
  const quotaField: SettingField = { key: 'quota', path: 'settings.quota', description: describedAt(category, 'settings.quota'), control: { kind: 'number', integer: true, min: 1 } };

  const changeCategory = (next: ProgrammeCategoryCode) => {
    if (next === form.getValues('category')) return;
    const options = { shouldDirty: true, shouldValidate: form.formState.isSubmitted };
    form.setValue('category', next, options);
    form.setValue('settings', settingsForCategory(next, form.getValues('settings')), options);
    form.setValue('attachmentSlots', defaultAttachmentSlots(next), options);
    if (!levelsOf(next).includes(form.getValues('level'))) form.setValue('level', levelsOf(next)[0], options);
    void message.info(t(CALL_FORM_TEXTS.categoryChanged));
  };

  const changeDeadline = (deadline: string, onChange: (value: string) => void) => {
    const previous = form.getValues('settings.schedule.applicationDeadline');
    const year = form.getValues('settings.callYear');
    onChange(deadline);
    // The year follows the deadline unless the officer set another one.
    if (deadline && (!previous || yearOf(previous) === year)) form.setValue('settings.callYear', yearOf(deadline), { shouldDirty: true });
  };

  return (
    <>
      <Card title={t(CALL_FORM_TEXTS.basics)} size="small" id="basics">
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <FormField control={control} name="category" label={CALL_FORM_TEXTS.category} required extra={categoryFrozen ? t(CALL_FORM_TEXTS.categoryFrozen) : undefined}>
              {(field) => (
                <Select<ProgrammeCategoryCode>
                  id={field.id}
                  ref={field.ref}
                  value={field.value}
                  onChange={changeCategory}
                  onBlur={field.onBlur}
                  disabled={categoryFrozen ? true : field.disabled}
                  options={PROGRAMME_CATEGORIES.map((entry) => ({ value: entry.code, label: t(entry.name) }))}
                  data-testid="call-category"
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} lg={6}>
            <FormField control={control} name="level" label={CALL_FORM_TEXTS.level} required>
              {(field) => (
                <Select<ProgrammeLevel>
                  id={field.id}
                  ref={field.ref}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  disabled={levels.length < 2 ? true : field.disabled}
                  options={levels.map((level) => ({ value: level, label: t(LEVEL_LABELS[level]) }))}
                  data-testid="call-level"
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} lg={6}>
            <FormField control={control} name="settings.callYear" label={settingLabel('callYear')} required extra={t(CALL_FORM_TEXTS.yearHint)}>
              {(field) => (
                <InputNumber<number>
                  id={field.id}
                  ref={field.ref}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  disabled={field.disabled}
                  min={2017}
                  max={2100}
                  precision={0}
                  style={{ width: '100%' }}
                />
              )}
            </FormField>
          </Col>
          <Col span={24}>
            <FormField control={control} name="title" label={CALL_FORM_TEXTS.title} required>
              {(field) => <Input {...field} placeholder={t(CALL_FORM_TEXTS.titlePlaceholder)} maxLength={200} data-testid="call-title" />}
            </FormField>
          </Col>
          <Col span={24}>
            <FormField control={control} name="notice" label={CALL_FORM_TEXTS.notice} extra={t(CALL_FORM_TEXTS.noticeHint)}>
              {(field) => <Input.TextArea {...field} autoSize={{ minRows: 4, maxRows: 14 }} showCount maxLength={NOTICE_MAX} data-testid="call-notice" />}
            </FormField>
          </Col>
        </Row>
      </Card>
      <Card title={t(CALL_FORM_TEXTS.schedule)} size="small" id="schedule">
        <Typography.Paragraph type="secondary">{t(CALL_FORM_TEXTS.scheduleHint)}</Typography.Paragraph>
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <FormField control={control} name="settings.schedule.opensOn" label={settingLabel('opensOn')} required extra={<Described category={category} path="settings.schedule.opensOn" />}>
              {(field) => (
                <DatePicker
                  id={field.id}
                  value={field.value ? dayjs(field.value, DATE_FORMAT) : null}
                  onChange={(date) => field.onChange(date ? date.format(DATE_FORMAT) : '')}
                  onBlur={field.onBlur}
                  disabled={field.disabled}
                  format={DATE_FORMAT}
                  allowClear={false}
                  style={{ width: '100%' }}
                  data-testid="call-opens-on"
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField
              control={control}
              name="settings.schedule.applicationDeadline"
              label={settingLabel('applicationDeadline')}
              required
              extra={<Described category={category} path="settings.schedule.applicationDeadline" />}
            >
              {(field) => (
                <DatePicker
                  id={field.id}
                  value={field.value ? dayjs(field.value, DATE_FORMAT) : null}
                  onChange={(date) => changeDeadline(date ? date.format(DATE_FORMAT) : '', field.onChange)}
                  onBlur={field.onBlur}
                  disabled={field.disabled}
                  format={DATE_FORMAT}
                  allowClear={false}
                  style={{ width: '100%' }}
                  data-testid="call-deadline"
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField control={control} name="settings.quota" label={settingLabel('quota')} required extra={<SettingHelp control={control} field={quotaField} defaultValue={DEFAULT_QUOTAS[category]} source={thresholdSource(category, 'quota')} unit={unitOf('quota')} />}>
              {(field) => (
                <InputNumber<number>
                  id={field.id}
                  ref={field.ref}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  disabled={field.disabled}
                  min={1}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="call-quota"
                />
              )}
            </FormField>
          </Col>
        </Row>
      </Card>
    </>
  );
}
