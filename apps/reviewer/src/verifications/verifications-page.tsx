import {
  type EnterpriseVerificationView,
  VERIFICATION_DOCUMENT_LABELS,
  VERIFICATION_STATUS_LABELS,
  VERIFICATION_STATUSES,
  VerificationPageSchema,
  isRecommendingUnitCode,
  type VerificationDocumentKind,
  EnterpriseVerificationViewSchema,
} from '@shifan/domain';
import {
  ApiErrorAlert,
  apiSend,
  formatBytes,
  formatDateTime,
  PageHeading,
  recommendingUnitName,
  useListParams,
  useLocale,
  usePagedList,
  useRecommendingUnitOptions,
  useSession,
  useTablePagination,
} from '@shifan/ui';
import { App, Button, Drawer, Flex, Image, Input, Segmented, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useDecision } from '../decisions/use-decision';
import { VERIFICATIONS_TEXTS } from './verifications-texts';

export const VERIFICATIONS_PATH = '/api/review/verifications';
const STATUS_COLOURS = { unverified: 'default', pending: 'processing', verified: 'success', rejected: 'error' } as const;
const documentUrl = (enterpriseId: number, kind: VerificationDocumentKind) => `${VERIFICATIONS_PATH}/${enterpriseId}/documents/${kind}`;

/** 企业认证: the officer's queue (their 推荐单位, or all for the city), paginated; open one to view its documents and decide. */
export function VerificationsPage() {
  const { locale, t } = useLocale();
  const params = useListParams(['status', 'unit'] as const);
  const status = params.filters.status ?? 'pending';
  // City officers may narrow the queue to one 推荐单位; a unit's officer sees only their own anyway.
  const isCity = useSession().session?.account.role === 'city_officer';
  const units = useRecommendingUnitOptions(locale);
  const unit = isCity && params.filters.unit && isRecommendingUnitCode(params.filters.unit) ? params.filters.unit : undefined;
  const list = usePagedList(VERIFICATIONS_PATH, { ...params.query, status, recommendingUnitCode: unit }, VerificationPageSchema);
  const pagination = useTablePagination(params, list.data?.total ?? 0);
  const [open, setOpen] = useState<EnterpriseVerificationView | null>(null);

  const columns: TableColumnsType<EnterpriseVerificationView> = [
    { key: 'enterprise', title: t(VERIFICATIONS_TEXTS.enterprise), render: (_, row) => <Typography.Text strong>{row.enterpriseName}</Typography.Text> },
    { key: 'uscc', title: t(VERIFICATIONS_TEXTS.uscc), dataIndex: 'uscc', responsive: ['md'] },
    { key: 'district', title: t(VERIFICATIONS_TEXTS.district), render: (_, row) => (row.recommendingUnitCode ? t(recommendingUnitName(row.recommendingUnitCode) ?? { zh: row.recommendingUnitCode, en: row.recommendingUnitCode }) : '—'), responsive: ['lg'] },
    { key: 'requestedAt', title: t(VERIFICATIONS_TEXTS.requestedAt), render: (_, row) => (row.requestedAt ? formatDateTime(row.requestedAt) : '—'), responsive: ['md'] },
    { key: 'status', title: t(VERIFICATIONS_TEXTS.status), render: (_, row) => <Tag color={STATUS_COLOURS[row.status]}>{t(VERIFICATION_STATUS_LABELS[row.status])}</Tag> },
    {
      key: 'open',
      title: '',
      render: (_, row) => (
        <Button size="small" onClick={() => setOpen(row)} data-testid={`verification-open-${row.enterpriseId}`}>
          {t(VERIFICATIONS_TEXTS.open)}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeading title={VERIFICATIONS_TEXTS.title} intro={VERIFICATIONS_TEXTS.intro} />
      <Flex vertical gap={16}>
        <Segmented
          value={status}
          onChange={(value) => params.setFilters({ status: String(value) })}
          options={VERIFICATION_STATUSES.filter((candidate) => candidate !== 'unverified').map((candidate) => ({ value: candidate, label: t(VERIFICATION_STATUS_LABELS[candidate]) }))}
          data-testid="verification-status-filter"
        />
        {isCity && (
          <Select<string>
            allowClear
            value={unit}
            placeholder={t(VERIFICATIONS_TEXTS.unitFilter)}
            aria-label={t(VERIFICATIONS_TEXTS.unitFilter)}
            options={units.options}
            loading={units.loading}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(next) => params.setFilters({ unit: next })}
            popupMatchSelectWidth={false}
            style={{ width: 240 }}
            data-testid="verification-unit-filter"
          />
        )}
        {list.error && <ApiErrorAlert error={list.error} />}
        <Table
          rowKey="enterpriseId"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          pagination={pagination}
          locale={{ emptyText: t(VERIFICATIONS_TEXTS.empty) }}
          scroll={{ x: 'max-content' }}
          data-testid="verifications-table"
        />
      </Flex>
      {open && (
        <VerificationDrawer
          verification={open}
          onClose={() => setOpen(null)}
          onDecided={() => {
            setOpen(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}

function VerificationDrawer({ verification, onClose, onDecided }: { verification: EnterpriseVerificationView; onClose: () => void; onDecided: () => void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useDecision();

  const decide = (decision: 'accept' | 'reject') =>
    run(async () => {
      await apiSend(`${VERIFICATIONS_PATH}/${verification.enterpriseId}/decision`, 'POST', decision === 'accept' ? { decision } : { decision, reason }, EnterpriseVerificationViewSchema);
      void message.success(t(decision === 'accept' ? VERIFICATIONS_TEXTS.accepted : VERIFICATIONS_TEXTS.rejected));
      onDecided();
    });

  return (
    <Drawer open onClose={onClose} title={verification.enterpriseName} size="min(736px, 100vw)" data-testid="verification-drawer">
      <Flex vertical gap={16}>
        <Typography.Text>
          {t(VERIFICATIONS_TEXTS.uscc)}: {verification.uscc}
        </Typography.Text>
        {verification.reason && (
          <Typography.Text type="danger">
            {t(VERIFICATIONS_TEXTS.reason)}: {verification.reason}
          </Typography.Text>
        )}
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t(VERIFICATIONS_TEXTS.documents)}
        </Typography.Title>
        {verification.documents.map((document) => {
          const url = documentUrl(verification.enterpriseId, document.kind);
          return (
            <Flex key={document.kind} vertical gap={6} data-testid={`verification-doc-${document.kind}`}>
              <Space wrap>
                <Typography.Text strong>{t(VERIFICATION_DOCUMENT_LABELS[document.kind])}</Typography.Text>
                <a href={url} target="_blank" rel="noreferrer">
                  {document.fileName}
                </a>
              </Space>
              {document.contentType.startsWith('image/') ? (
                <Image src={url} alt={document.fileName} style={{ maxWidth: '100%' }} />
              ) : (
                // PDF and OFD open in a tab of their own (the API sends them inline; pages may not be framed).
                <Button href={url} target="_blank" rel="noreferrer" data-testid={`verification-view-${document.kind}`}>
                  {t(VERIFICATIONS_TEXTS.view)} ({formatBytes(document.size)})
                </Button>
              )}
            </Flex>
          );
        })}
        {verification.status === 'pending' && (
          <Flex vertical gap={8}>
            <Input.TextArea value={reason} onChange={(event) => setReason(event.target.value)} placeholder={t(VERIFICATIONS_TEXTS.rejectReason)} maxLength={500} rows={3} data-testid="verification-reason" />
            {error && (
              <Typography.Text type="danger" data-testid="verification-decision-error">
                {error}
              </Typography.Text>
            )}
            <Space wrap>
              <Button type="primary" loading={busy} onClick={() => void decide('accept')} data-testid="verification-accept">
                {t(VERIFICATIONS_TEXTS.accept)}
              </Button>
              <Button danger loading={busy} onClick={() => void decide('reject')} data-testid="verification-reject">
                {t(VERIFICATIONS_TEXTS.reject)}
              </Button>
            </Space>
          </Flex>
        )}
      </Flex>
    </Drawer>
  );
}
