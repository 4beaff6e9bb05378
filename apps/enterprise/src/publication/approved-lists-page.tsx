import type { ApprovedListView, LocalizedText } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, useListParams, useLocale, usePagedList, useTablePagination } from '@shifan/ui';
import { Empty, Flex, Table, type TableColumnsType, Tag } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { LEVEL_NAMES } from '../home/home-texts';
import { APPROVED_LISTS_PATH, ApprovedListPageSchema } from './publication-api';
import { beijingDate, categoryLabel, FILTER_KEYS, PublicationFilters, publicationQuery } from './publication-parts';
import { PUBLICATION_TEXTS as T } from './publication-texts';

function levelLabel(level: string): LocalizedText {
  return (LEVEL_NAMES as Readonly<Record<string, LocalizedText>>)[level] ?? { zh: level, en: level };
}

/** `/approved` (public): the published 认定名单, newest first, filtered by programme and year. */
export function ApprovedListsPage() {
  const { t } = useLocale();
  const params = useListParams(FILTER_KEYS);
  const query = useMemo(() => publicationQuery(params), [params]);
  const lists = usePagedList(APPROVED_LISTS_PATH, query, ApprovedListPageSchema);
  const pagination = useTablePagination(params, lists.data?.total ?? 0);

  const columns: TableColumnsType<ApprovedListView> = [
    {
      key: 'title',
      title: t(T.title),
      render: (_, list) => (
        <Flex vertical gap={4}>
          <Link to={`/approved/${list.callId}`} data-testid={`approved-link-${list.callId}`} style={{ fontWeight: 500 }}>
            {list.title}
          </Link>
          <Flex gap={4} wrap>
            <Tag color="blue">{t(categoryLabel(list.category))}</Tag>
            <Tag>{t(levelLabel(list.level))}</Tag>
            <Tag>{list.year}</Tag>
          </Flex>
        </Flex>
      ),
    },
    { key: 'published', title: t(T.publishedOn), render: (_, list) => <span style={{ whiteSpace: 'nowrap' }}>{beijingDate(list.publishedAt)}</span> },
    { key: 'entries', title: t(T.entryCount), align: 'right', render: (_, list) => list.entries.length },
  ];

  return (
    <>
      <PageHeading title={T.approvedListsTitle} intro={T.approvedListsIntro} />
      <Flex vertical gap={16}>
        <PublicationFilters params={params} testIdPrefix="approved" />
        {lists.error && <ApiErrorAlert error={lists.error} />}
        <Table<ApprovedListView>
          rowKey="callId"
          columns={columns}
          dataSource={lists.data?.items ?? []}
          loading={lists.loading}
          pagination={pagination}
          scroll={{ x: 'max-content' }}
          data-testid="approved-lists-table"
          locale={{ emptyText: <Empty description={t(T.noApprovedLists)} /> }}
        />
      </Flex>
    </>
  );
}
