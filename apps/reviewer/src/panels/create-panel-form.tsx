import { TeamOutlined } from '@ant-design/icons';
import { bilingual, type CallView, CreatePanelSchema, type PanelView, type ReviewApplicationSummary } from '@shifan/domain';
import { ApiErrorAlert, ApplicationStateTag, SchemaForm, totalText, useApiQuery, useApiSubmit, useLocale, useSchemaForm } from '@shifan/ui';
import { App, Button, Card, Col, Flex, Input, InputNumber, Row, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { fieldName, subFieldOptions } from '../experts/field-options';
import { LabelledField } from '../experts/labelled-field';
import { acceptedApplicationsPath, CityApplicationPageSchema, createPanel } from './panels-api';
import { PANELS_TEXTS, selectedText } from './panels-texts';

const ODD_SIZE = bilingual(PANELS_TEXTS.sizeOdd.zh, PANELS_TEXTS.sizeOdd.en);

/** CreatePanelSchema with the size required here (the call's setting is filled in) and checked to be odd. */
const PanelFormSchema = CreatePanelSchema.extend({
  size: z
    .number({ error: ODD_SIZE })
    .int({ error: ODD_SIZE })
    .min(5, { error: ODD_SIZE })
    .refine((size) => size % 2 === 1, { error: ODD_SIZE }),
});

const APPLICATION_PAGE_SIZES = [10, 20, 50];

export interface CreatePanelFormProps {
  call: CallView;
  /** The call's panels: their applications cannot go on another panel. */
  panels: readonly PanelView[];
  onCreated: (panel: PanelView) => void;
}

/** 新建专家组: name, size, fields to cover and the formally accepted applications to review (none = all). */
export function CreatePanelForm({ call, panels, onCreated }: CreatePanelFormProps) {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const form = useSchemaForm(PanelFormSchema, { defaultValues: { name: '', size: call.settings.review.panelSize, requiredFields: [], applicationIds: [] } });
  const [selected, setSelected] = useState<number[]>([]);
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const applications = useApiQuery(acceptedApplicationsPath(call.id, paging.page, paging.pageSize), CityApplicationPageSchema);
  const onPanel = useMemo(() => new Set(panels.flatMap((panel) => panel.applications.map((application) => application.applicationId))), [panels]);

  const submit = useApiSubmit(form, async (values) => {
    const panel = await createPanel(call.id, { ...values, applicationIds: selected });
    void message.success(t(PANELS_TEXTS.created));
    onCreated(panel);
  });

  const columns = useMemo<TableColumnsType<ReviewApplicationSummary>>(
    () => [
      {
        key: 'receiptNo',
        title: t(PANELS_TEXTS.receiptNo),
        render: (_, application) => <span data-testid={`panel-app-${application.id}`}>{application.receiptNo ?? `#${application.id}`}</span>,
      },
      {
        key: 'project',
        title: t(PANELS_TEXTS.project),
        render: (_, application) => (
          <Flex vertical gap={2} style={{ maxWidth: 360 }}>
            <span>{application.projectName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {application.enterpriseName}
            </Typography.Text>
          </Flex>
        ),
      },
      { key: 'field', title: t(PANELS_TEXTS.field), render: (_, application) => (application.subFieldCode ? t(fieldName(application.subFieldCode)) : '—') },
      {
        key: 'state',
        title: t(PANELS_TEXTS.state),
        render: (_, application) =>
          onPanel.has(application.id) ? (
            <Tag color="purple" style={{ marginInlineEnd: 0 }}>
              {t(PANELS_TEXTS.onPanel)}
            </Tag>
          ) : (
            <ApplicationStateTag state={application.state} />
          ),
      },
    ],
    [t, onPanel],
  );

  const total = applications.data?.total ?? 0;
  return (
    <Card title={t(PANELS_TEXTS.createTitle)} data-testid="panel-create">
      <Typography.Paragraph type="secondary">{t(PANELS_TEXTS.createIntro)}</Typography.Paragraph>
      <SchemaForm onSubmit={submit.onSubmit} error={submit.error} unmatched={submit.unmatched} testId="panel-create-form">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <LabelledField control={form.control} name="name" label={PANELS_TEXTS.name} required>
              {(field) => <Input {...field} maxLength={100} placeholder={t(PANELS_TEXTS.namePlaceholder)} data-testid="panel-name" />}
            </LabelledField>
          </Col>
          <Col xs={24} md={4}>
            <LabelledField control={form.control} name="size" label={PANELS_TEXTS.size} required extra={t(PANELS_TEXTS.sizeHint)}>
              {(field) => (
                <InputNumber<number>
                  id={field.id}
                  ref={field.ref}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? undefined)}
                  onBlur={field.onBlur}
                  disabled={field.disabled}
                  min={5}
                  step={2}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="panel-size"
                />
              )}
            </LabelledField>
          </Col>
          <Col xs={24} md={8}>
            <LabelledField control={form.control} name="requiredFields" label={PANELS_TEXTS.requiredFields} extra={t(PANELS_TEXTS.requiredFieldsHint)}>
              {(field) => (
                <Select<string[]>
                  id={field.id}
                  ref={field.ref}
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  disabled={field.disabled}
                  options={subFieldOptions(locale)}
                  placeholder={t(PANELS_TEXTS.requiredFieldsPlaceholder)}
                  data-testid="panel-required-fields"
                />
              )}
            </LabelledField>
          </Col>
        </Row>
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Typography.Text strong>{t(PANELS_TEXTS.pickApplications)}</Typography.Text>
          <Typography.Text type="secondary">{t(PANELS_TEXTS.pickApplicationsHint)}</Typography.Text>
          {applications.error && <ApiErrorAlert error={applications.error} />}
          <Table<ReviewApplicationSummary>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={applications.data?.items ?? []}
            loading={applications.loading}
            locale={{ emptyText: t(PANELS_TEXTS.noAccepted) }}
            rowSelection={{
              selectedRowKeys: selected,
              preserveSelectedRowKeys: true,
              onChange: (keys) => setSelected(keys.map(Number)),
              getCheckboxProps: (application) => ({ disabled: onPanel.has(application.id), name: `panel-app-${application.id}` }),
            }}
            pagination={{
              current: paging.page,
              pageSize: paging.pageSize,
              total,
              showSizeChanger: true,
              pageSizeOptions: APPLICATION_PAGE_SIZES.map(String),
              showTotal: (count) => t(totalText(count)),
              onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
            }}
            scroll={{ x: 'max-content' }}
            data-testid="panel-applications"
          />
          <Typography.Text type="secondary" data-testid="panel-selected-count" data-count={selected.length}>
            {t(selectedText(selected.length))}
          </Typography.Text>
        </Flex>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" icon={<TeamOutlined />} loading={submit.submitting} data-testid="panel-create-submit">
            {t(PANELS_TEXTS.createSubmit)}
          </Button>
        </Flex>
      </SchemaForm>
    </Card>
  );
}
