import { DECLARED_RELATION_LABELS, type ExpertView } from '@shifan/domain';
import { LIST_TEXTS, type ListParams, useLocale, useTablePagination } from '@shifan/ui';
import { Button, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import type { ExpertFilterKey } from './expert-filters';
import { EXPERTS_TEXTS } from './experts-texts';
import { FieldTags } from './field-options';

export interface ExpertsTableProps {
  experts: readonly ExpertView[];
  total: number;
  loading: boolean;
  params: ListParams<ExpertFilterKey>;
  onEdit: (expert: ExpertView) => void;
}

/** The pool a page at a time: who, where they work, their fields, contact, availability and what they declared. */
export function ExpertsTable({ experts, total, loading, params, onEdit }: ExpertsTableProps) {
  const { t } = useLocale();
  const pagination = useTablePagination(params, total);
  const columns = useMemo<TableColumnsType<ExpertView>>(
    () => [
      {
        key: 'name',
        title: t(EXPERTS_TEXTS.name),
        render: (_, expert) => (
          <Flex vertical gap={2}>
            <Typography.Text strong data-testid={`expert-name-${expert.id}`}>
              {expert.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {expert.title}
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: 'employer',
        title: t(EXPERTS_TEXTS.employer),
        render: (_, expert) => (
          <Flex vertical gap={2} style={{ maxWidth: 280 }}>
            <span>{expert.employer}</span>
            {expert.employerUscc && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {expert.employerUscc}
              </Typography.Text>
            )}
          </Flex>
        ),
      },
      { key: 'fields', title: t(EXPERTS_TEXTS.fields), render: (_, expert) => <FieldTags codes={expert.fields} /> },
      {
        key: 'contact',
        title: t(EXPERTS_TEXTS.contact),
        render: (_, expert) => (
          <Flex vertical gap={2}>
            <span>{expert.mobile}</span>
            {expert.email && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {expert.email}
              </Typography.Text>
            )}
          </Flex>
        ),
      },
      {
        key: 'available',
        title: t(EXPERTS_TEXTS.available),
        render: (_, expert) => (
          <Tag color={expert.available ? 'success' : 'default'} data-testid={`expert-available-${expert.id}`} data-available={expert.available} style={{ marginInlineEnd: 0 }}>
            {t(expert.available ? EXPERTS_TEXTS.availableYes : EXPERTS_TEXTS.availableNo)}
          </Tag>
        ),
      },
      {
        key: 'account',
        title: t(EXPERTS_TEXTS.account),
        render: (_, expert) =>
          expert.accountUserName ? <Typography.Text code>{expert.accountUserName}</Typography.Text> : <Typography.Text type="secondary">{t(EXPERTS_TEXTS.noAccount)}</Typography.Text>,
      },
      {
        key: 'relations',
        title: t(EXPERTS_TEXTS.relationCount),
        align: 'center',
        render: (_, expert) => {
          const lines = [
            ...expert.relations.map((relation) => `${relation.name} · ${t(DECLARED_RELATION_LABELS[relation.kind])}`),
            ...expert.coApplications.map((co) => `${co.partnerName} · ${co.date}`),
          ];
          const text = `${expert.relations.length} / ${expert.coApplications.length}`;
          return lines.length > 0 ? (
            <Tooltip
              title={
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {lines.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              }
            >
              <span style={{ cursor: 'help', textDecoration: 'underline dotted' }}>{text}</span>
            </Tooltip>
          ) : (
            <Typography.Text type="secondary">{text}</Typography.Text>
          );
        },
      },
      {
        key: 'actions',
        title: t(LIST_TEXTS.actions),
        fixed: 'right',
        render: (_, expert) => (
          <Button size="small" onClick={() => onEdit(expert)} data-testid={`expert-edit-${expert.id}`}>
            {t(EXPERTS_TEXTS.edit)}
          </Button>
        ),
      },
    ],
    [t, onEdit],
  );

  return (
    <Table<ExpertView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...experts]}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      data-testid="experts-table"
    />
  );
}
