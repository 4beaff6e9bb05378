import { NotificationOutlined } from '@ant-design/icons';
import { type CallView, NoticeContactSchema, type NoticeView, PublishNoticeSchema, type WorkingCalendar } from '@shifan/domain';
import { type ApiError, applyErrorDetails, SchemaForm, toApiError, useLocale, useSchemaForm } from '@shifan/ui';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Input, InputNumber, Row, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { beijingToday } from '../calls/beijing-time';
import { useWorkingCalendar } from '../calendar/calendar-api';
import { LabelledField } from '../experts/labelled-field';
import { noticePreview } from './notice-preview';
import { publishNotice } from './publication-api';
import { dayRunText, outOfRangeText, periodText, previewSummaryText, PUBLICATION_TEXTS } from './publication-texts';

const DATE_FORMAT = 'YYYY-MM-DD';

/** An optional text: empty means "not given" (null), anything else must pass `schema`. */
function blankAsNull<T extends z.ZodType<string, string>>(schema: T) {
  return z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .pipe(schema.nullable());
}

/** PublishNoticeSchema as the form holds it: the working days always given, email and address as (possibly empty) text. */
const NoticeFormSchema = PublishNoticeSchema.extend({
  workingDays: z.number().int().min(1).max(30),
  contact: NoticeContactSchema.extend({
    email: blankAsNull(z.email().max(254)),
    address: blankAsNull(z.string().max(200)),
  }),
});

/** Where the API's field details can be shown next to a field. */
const FIELD_PATHS = ['startsOn', 'workingDays', 'text', 'contact.unit', 'contact.person', 'contact.phone', 'contact.email', 'contact.address'];

export interface NoticeFormProps {
  call: CallView;
  /** How many applications are shortlisted (null while unknown): nothing shortlisted, nothing to publish. */
  shortlisted: number | null;
  onPublished: (notice: NoticeView) => void;
}

function PeriodPreview({ calendar, startsOn, workingDays }: { calendar: WorkingCalendar | null; startsOn: string; workingDays: number | undefined }) {
  const { t } = useLocale();
  const preview = noticePreview(calendar, startsOn, workingDays);
  if (preview.kind !== 'ok') {
    return (
      <div data-testid="notice-end-preview" data-ends-on="">
        {preview.kind === 'out_of_range' ? (
          <Alert type="warning" showIcon title={t(outOfRangeText(preview.date, preview.coveredYears))} data-testid="notice-out-of-range" />
        ) : (
          <Typography.Text type="secondary">{t(preview.kind === 'loading' ? PUBLICATION_TEXTS.previewLoading : PUBLICATION_TEXTS.previewInvalid)}</Typography.Text>
        )}
      </div>
    );
  }
  return (
    <Card size="small" style={{ background: '#fafafa' }} data-testid="notice-end-preview" data-ends-on={preview.endsOn}>
      <Flex vertical gap={8}>
        <Flex gap={8} align="baseline" wrap>
          <Typography.Text type="secondary">{t(PUBLICATION_TEXTS.endPreview)}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {preview.endsOn}
          </Typography.Text>
          <Typography.Text>{t(periodText(preview.startsOn, preview.endsOn, preview.workingDays))}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary">{t(previewSummaryText(preview.calendarDays, preview.weekendDays))}</Typography.Text>
        {preview.holidays.length === 0 ? (
          <Typography.Text type="secondary">{t(PUBLICATION_TEXTS.noHolidays)}</Typography.Text>
        ) : (
          <Flex gap={8} wrap align="center" data-testid="notice-skipped-holidays">
            <Typography.Text>{t(PUBLICATION_TEXTS.skippedHolidays)}:</Typography.Text>
            {preview.holidays.map((run) => (
              <Tag key={run.from} color="red" style={{ marginInlineEnd: 0 }}>
                {run.name} {t(dayRunText(run.from, run.to, run.days))}
              </Tag>
            ))}
          </Flex>
        )}
        {preview.adjustedWorkdays.length > 0 && (
          <Flex gap={8} wrap align="center">
            <Typography.Text>{t(PUBLICATION_TEXTS.adjustedWorkdays)}:</Typography.Text>
            {preview.adjustedWorkdays.map((run) => (
              <Tag key={run.from} color="blue" style={{ marginInlineEnd: 0 }}>
                {run.name} {t(dayRunText(run.from, run.to, run.days))}
              </Tag>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

/** 发布公示: first day, length in working days with a live preview of the last day, text and the contact for objections. */
export function NoticeForm({ call, shortlisted, onPublished }: NoticeFormProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const calendar = useWorkingCalendar();
  const form = useSchemaForm(NoticeFormSchema, {
    defaultValues: {
      startsOn: beijingToday(),
      workingDays: call.settings.workflow.publicNoticeWorkingDays,
      text: '',
      contact: { unit: '', person: '', phone: '', email: '', address: '' },
    },
  });
  const [failure, setFailure] = useState<{ error: ApiError; unmatched: ApiError['details'] } | null>(null);
  const startsOn = useWatch({ control: form.control, name: 'startsOn' });
  const workingDays = useWatch({ control: form.control, name: 'workingDays' });
  const nothing = shortlisted === 0;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const notice = await publishNotice(call.id, values);
      void message.success(t(PUBLICATION_TEXTS.published));
      onPublished(notice);
    } catch (caught) {
      const error = toApiError(caught);
      setFailure({ error, unmatched: applyErrorDetails(error, FIELD_PATHS, form.setError) });
    }
  });

  return (
    <Card size="small" title={t(PUBLICATION_TEXTS.formTitle)}>
      <Typography.Paragraph type="secondary">{t(PUBLICATION_TEXTS.formIntro)}</Typography.Paragraph>
      <SchemaForm onSubmit={() => onSubmit()} error={failure?.error ?? null} unmatched={failure?.unmatched ?? []} testId="notice-form">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <LabelledField control={form.control} name="startsOn" label={PUBLICATION_TEXTS.startsOn} required extra={t(PUBLICATION_TEXTS.startsOnHint)}>
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
                  data-testid="notice-start"
                />
              )}
            </LabelledField>
          </Col>
          <Col xs={24} md={6}>
            <LabelledField control={form.control} name="workingDays" label={PUBLICATION_TEXTS.workingDays} required extra={t(PUBLICATION_TEXTS.workingDaysHint)}>
              {(field) => (
                <InputNumber<number>
                  id={field.id}
                  ref={field.ref}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? undefined)}
                  onBlur={field.onBlur}
                  disabled={field.disabled}
                  min={1}
                  max={30}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="notice-working-days"
                />
              )}
            </LabelledField>
          </Col>
        </Row>
        <div style={{ marginBottom: 24 }}>
          <PeriodPreview calendar={calendar} startsOn={startsOn} workingDays={workingDays} />
        </div>
        <LabelledField control={form.control} name="text" label={PUBLICATION_TEXTS.text} extra={t(PUBLICATION_TEXTS.textHint)}>
          {(field) => (
            <Input.TextArea
              {...field}
              autoSize={{ minRows: 4, maxRows: 14 }}
              maxLength={5000}
              showCount
              placeholder={t(PUBLICATION_TEXTS.textPlaceholder)}
              data-testid="notice-text"
            />
          )}
        </LabelledField>
        <Typography.Title level={5}>{t(PUBLICATION_TEXTS.contactTitle)}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <LabelledField control={form.control} name="contact.unit" label={PUBLICATION_TEXTS.contactUnit} required>
              {(field) => <Input {...field} maxLength={100} placeholder={t(PUBLICATION_TEXTS.contactUnitPlaceholder)} data-testid="notice-contact-unit" />}
            </LabelledField>
          </Col>
          <Col xs={24} md={6}>
            <LabelledField control={form.control} name="contact.person" label={PUBLICATION_TEXTS.contactPerson} required>
              {(field) => <Input {...field} maxLength={50} data-testid="notice-contact-person" />}
            </LabelledField>
          </Col>
          <Col xs={24} md={6}>
            <LabelledField control={form.control} name="contact.phone" label={PUBLICATION_TEXTS.contactPhone} required>
              {(field) => <Input {...field} maxLength={20} placeholder="027-12345678" data-testid="notice-contact-phone" />}
            </LabelledField>
          </Col>
          <Col xs={24} md={8}>
            <LabelledField control={form.control} name="contact.email" label={PUBLICATION_TEXTS.contactEmail}>
              {(field) => <Input {...field} value={field.value ?? ''} maxLength={254} placeholder={t(PUBLICATION_TEXTS.optional)} data-testid="notice-contact-email" />}
            </LabelledField>
          </Col>
          <Col xs={24} md={16}>
            <LabelledField control={form.control} name="contact.address" label={PUBLICATION_TEXTS.contactAddress}>
              {(field) => <Input {...field} value={field.value ?? ''} maxLength={200} placeholder={t(PUBLICATION_TEXTS.optional)} data-testid="notice-contact-address" />}
            </LabelledField>
          </Col>
        </Row>
        <Flex gap={12} align="center" wrap>
          <Tooltip title={nothing ? t(PUBLICATION_TEXTS.publishNothing) : undefined}>
            <Button type="primary" htmlType="submit" icon={<NotificationOutlined />} loading={form.formState.isSubmitting} disabled={nothing} data-testid="notice-publish">
              {t(PUBLICATION_TEXTS.publish)}
            </Button>
          </Tooltip>
          {nothing && <Typography.Text type="warning">{t(PUBLICATION_TEXTS.publishNothing)}</Typography.Text>}
        </Flex>
      </SchemaForm>
    </Card>
  );
}
