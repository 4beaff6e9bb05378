import { DownloadOutlined } from '@ant-design/icons';
import { AuditPageSchema } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, toQueryString, useListParams, useLocale, usePagedList } from '@shifan/ui';
import { Button, Flex, Tooltip } from 'antd';
import { AuditFilters, AUDIT_FILTER_KEYS, auditFilterQuery } from './audit-filters';
import { AuditTable } from './audit-table';
import { AUDIT_TEXTS } from './audit-texts';
import { useVerifyChain, VerifyChainButton, VerifyChainResult } from './verify-chain';

export const AUDIT_PATH = '/api/admin/audit';
export const AUDIT_EXPORT_PATH = '/api/admin/audit/export';

/** The administrator's audit browser: filters, server pagination, CSV export of the filtered trail, chain check. */
export function AuditPage() {
  const { t } = useLocale();
  const params = useListParams(AUDIT_FILTER_KEYS);
  const filters = auditFilterQuery(params.filters);
  const list = usePagedList(AUDIT_PATH, { ...filters, page: params.page, pageSize: params.pageSize }, AuditPageSchema);
  const verify = useVerifyChain();

  return (
    <>
      <PageHeading
        title={AUDIT_TEXTS.title}
        intro={AUDIT_TEXTS.intro}
        extra={
          <Flex gap={8} wrap>
            <Tooltip title={t(AUDIT_TEXTS.exportHint)}>
              {/* A plain link: the session cookie authenticates the download, the browser saves the file. */}
              <Button href={`${AUDIT_EXPORT_PATH}${toQueryString(filters)}`} download icon={<DownloadOutlined />} data-testid="audit-export">
                {t(AUDIT_TEXTS.exportCsv)}
              </Button>
            </Tooltip>
            <VerifyChainButton running={verify.state.kind === 'running'} onClick={verify.run} />
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <AuditFilters params={params} />
        <VerifyChainResult state={verify.state} onClose={verify.clear} />
        {list.error && <ApiErrorAlert error={list.error} />}
        <AuditTable entries={list.data?.items ?? []} total={list.data?.total ?? 0} loading={list.loading} params={params} />
      </Flex>
    </>
  );
}
