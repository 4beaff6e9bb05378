import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import {
  PROGRAMME_CATEGORIES,
  RECOMMENDING_UNITS,
  UPWARD_LEVELS,
  UPWARD_RESULT_LABELS,
  UPWARD_STATUS_FILTERS,
  UpwardRecommendationPageSchema,
  type UpwardRecommendationView,
  PENDING_LABEL,
} from '@shifan/domain';
import { ApiErrorAlert, type ListParams, toQueryString, useListParams, useLocale, usePagedList, useTablePagination } from '@shifan/ui';
import { Button, Flex, Input, InputNumber, Select, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { UPWARD_PATH, UPWARD_XLSX_PATH } from './dashboard-api';
import { levelName, programmeName } from './dashboard-model';
import { DASHBOARD_TEXTS } from './dashboard-texts';
import { OutcomeModal } from './outcome-modal';

export const UPWARD_FILTER_KEYS = ['level', 'category', 'year', 'unitCode', 'status', 'q'] as const;
type FilterKey = (typeof UPWARD_FILTER_KEYS)[number];
type Filters = Record<FilterKey, string | undefined>;

/** The filters as the API takes them, dropping what it would refuse. */
function filterQuery(filters: ListParams<FilterKey>['filters']): Filters {
  const year = Number(filters.year);
  return {
    level: (UPWARD_LEVELS as readonly string[]).includes(filters.level ?? '') ? filters.level : undefined,
    category: PROGRAMME_CATEGORIES.some((category) => category.code === filters.category) ? filters.category : undefined,
    year: Number.isInteger(year) && year >= 2017 && year <= 2100 ? String(year) : undefined,
    unitCode: RECOMMENDING_UNITS.some((unit) => unit.code === filters.unitCode) ? filters.unitCode : undefined,
    status: (UPWARD_STATUS_FILTERS as readonly string[]).includes(filters.status ?? '') ? filters.status : undefined,
    q: filters.q?.trim().slice(0, 100) || undefined,
  };
}

function OutcomeTag({ recommendation }: { recommendation: UpwardRecommendationView }) {
  const { t } = useLocale();
  const outcome = recommendation.outcome;
  if (!outcome) return <Tag color="warning">{t(PENDING_LABEL)}</Tag>;
  return <Tag color={outcome.result === 'recognised' ? 'success' : 'default'}>{t(UPWARD_RESULT_LABELS[outcome.result])}</Tag>;
}

/**
 * 向省和国家推荐及认定结果: every project the city recommended through a provincial or national call, with the outcome
 * recorded against it (or 待定), filtered, paginated and exportable; city officers record and correct outcomes.
 */
export function UpwardOutcomes({ canRecord, onChanged }: { canRecord: boolean; onChanged: () => void }) {
  const { t } = useLocale();
  const params = useListParams(UPWARD_FILTER_KEYS);
  const filters = filterQuery(params.filters);
  const list = usePagedList(UPWARD_PATH, { ...filters, page: params.page, pageSize: params.pageSize }, UpwardRecommendationPageSchema);
  const pagination = useTablePagination(params, list.data?.total ?? 0);
  const [draft, setDraft] = useState<Filters>(filters);
  const [editing, setEditing] = useState<UpwardRecommendationView | null>(null);
  const set = (key: FilterKey, value: string | undefined) => setDraft((previous) => ({ ...previous, [key]: value }));
  const empty: Filters = { level: undefined, category: undefined, year: undefined, unitCode: undefined, status: undefined, q: undefined };

  const columns: TableColumnsType<UpwardRecommendationView> = [
    { key: 'year', title: t(DASHBOARD_TEXTS.filterYear), dataIndex: 'year', width: 80 },
    { key: 'level', title: t(DASHBOARD_TEXTS.level), render: (_, row) => t(levelName(row.level)!) },
    { key: 'category', title: t(DASHBOARD_TEXTS.programme), render: (_, row) => t(programmeName(row.category)) },
    { key: 'unit', title: t(DASHBOARD_TEXTS.unit), render: (_, row) => row.recommendingUnitName ?? '—' },
    {
      key: 'project',
      title: t(DASHBOARD_TEXTS.project),
      render: (_, row) => (
        <Flex vertical style={{ minWidth: 220 }}>
          <span>{row.projectName}</span>
          <Typography.Text type="secondary">{row.enterpriseName}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'recommendedOn', title: t(DASHBOARD_TEXTS.recommendedOn), dataIndex: 'recommendedOn' },
    { key: 'outcome', title: t(DASHBOARD_TEXTS.outcome), render: (_, row) => <OutcomeTag recommendation={row} /> },
    { key: 'issuingBody', title: t(DASHBOARD_TEXTS.issuingBody), render: (_, row) => row.outcome?.issuingBody ?? '—' },
    { key: 'documentNo', title: t(DASHBOARD_TEXTS.documentNo), render: (_, row) => row.outcome?.documentNo ?? '—' },
    { key: 'decidedOn', title: t(DASHBOARD_TEXTS.decidedOn), render: (_, row) => row.outcome?.decidedOn ?? '—' },
    ...(canRecord
      ? [
          {
            key: 'actions',
            title: t(DASHBOARD_TEXTS.actions),
            fixed: 'right' as const,
            render: (_: unknown, row: UpwardRecommendationView) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid={`outcome-edit-${row.callId}-${row.applicationId}`}>
                {t(row.outcome ? DASHBOARD_TEXTS.editOutcome : DASHBOARD_TEXTS.recordOutcome)}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t(DASHBOARD_TEXTS.upwardHint)}</Typography.Text>
      <Flex gap={12} wrap align="center">
        <Select
          value={draft.level}
          onChange={(value: string | undefined) => set('level', value)}
          options={UPWARD_LEVELS.map((level) => ({ value: level, label: t(levelName(level)!) }))}
          placeholder={t(DASHBOARD_TEXTS.filterLevel)}
          aria-label={t(DASHBOARD_TEXTS.filterLevel)}
          allowClear
          style={{ width: 120 }}
          data-testid="upward-filter-level"
        />
        <Select
          value={draft.category}
          onChange={(value: string | undefined) => set('category', value)}
          options={PROGRAMME_CATEGORIES.filter((category) => category.levels.some((level) => level !== 'municipal')).map((category) => ({ value: category.code, label: t(category.name) }))}
          placeholder={t(DASHBOARD_TEXTS.filterCategory)}
          aria-label={t(DASHBOARD_TEXTS.filterCategory)}
          allowClear
          style={{ width: 220 }}
          data-testid="upward-filter-category"
        />
        <InputNumber<number>
          value={draft.year ? Number(draft.year) : null}
          onChange={(value) => set('year', value === null ? undefined : String(value))}
          min={2017}
          max={2100}
          precision={0}
          placeholder={t(DASHBOARD_TEXTS.filterYear)}
          aria-label={t(DASHBOARD_TEXTS.filterYear)}
          style={{ width: 120 }}
          data-testid="upward-filter-year"
        />
        <Select
          value={draft.unitCode}
          onChange={(value: string | undefined) => set('unitCode', value)}
          options={RECOMMENDING_UNITS.map((unit) => ({ value: unit.code, label: t(unit.shortName) }))}
          placeholder={t(DASHBOARD_TEXTS.filterUnit)}
          aria-label={t(DASHBOARD_TEXTS.filterUnit)}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 160 }}
          data-testid="upward-filter-unit"
        />
        <Select
          value={draft.status}
          onChange={(value: string | undefined) => set('status', value)}
          options={UPWARD_STATUS_FILTERS.map((status) => ({ value: status, label: t(status === 'pending' ? PENDING_LABEL : UPWARD_RESULT_LABELS[status]) }))}
          placeholder={t(DASHBOARD_TEXTS.filterStatus)}
          aria-label={t(DASHBOARD_TEXTS.filterStatus)}
          allowClear
          style={{ width: 130 }}
          data-testid="upward-filter-status"
        />
        <Input
          value={draft.q}
          onChange={(event) => set('q', event.target.value)}
          onPressEnter={() => params.setFilters(filterQuery(draft))}
          placeholder={t(DASHBOARD_TEXTS.filterQuery)}
          aria-label={t(DASHBOARD_TEXTS.filterQuery)}
          allowClear
          style={{ width: 200 }}
          data-testid="upward-filter-q"
        />
        <Button type="primary" onClick={() => params.setFilters(filterQuery(draft))} data-testid="upward-search">
          {t(DASHBOARD_TEXTS.search)}
        </Button>
        <Button
          onClick={() => {
            setDraft(empty);
            params.setFilters(empty);
          }}
        >
          {t(DASHBOARD_TEXTS.reset)}
        </Button>
        <Tooltip title={t(DASHBOARD_TEXTS.exportUpwardHint)}>
          {/* A plain link: the session cookie authenticates the download, the browser saves the file. */}
          <Button href={`${UPWARD_XLSX_PATH}${toQueryString(filters)}`} download icon={<DownloadOutlined />} data-testid="upward-export">
            {t(DASHBOARD_TEXTS.exportUpward)}
          </Button>
        </Tooltip>
      </Flex>
      {list.error && <ApiErrorAlert error={list.error} />}
      <Table<UpwardRecommendationView>
        rowKey={(row) => `${row.callId}-${row.applicationId}`}
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        pagination={pagination}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t(DASHBOARD_TEXTS.none) }}
        onRow={(row) => ({ 'data-testid': `upward-row-${row.callId}-${row.applicationId}`, 'data-status': row.outcome?.result ?? 'pending' }) as HTMLAttributes<HTMLElement>}
        data-testid="upward-table"
      />
      <OutcomeModal
        recommendation={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.reload();
          onChanged();
        }}
      />
    </Flex>
  );
}
