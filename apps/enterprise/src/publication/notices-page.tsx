import type { NoticeView } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, useListParams, useLocale, usePagedList, useTablePagination } from '@shifan/ui';
import { Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { type HTMLAttributes, useMemo } from 'react';
import { Link } from 'react-router';
import { NOTICES_PATH, NoticePageSchema } from './publication-api';
import { categoryLabel, FILTER_KEYS, PhaseTag, PublicationFilters, publicationQuery } from './publication-parts';
import { periodText, PUBLICATION_TEXTS as T } from './publication-texts';

/** `/notices` (public): current and past 公示, newest first, filtered by programme and year. */
export function NoticesPage() {
  const { t } = useLocale();
  const params = useListParams(FILTER_KEYS);
  const query = useMemo(() => publicationQuery(params), [params]);
  const notices = usePagedList(NOTICES_PATH, query, NoticePageSchema);
  const pagination = useTablePagination(params, notices.data?.total ?? 0);

  const columns: TableColumnsType<NoticeView> = [
    {
      key: 'title',
      title: t(T.title),
      render: (_, notice) => (
        <Flex vertical gap={4}>
          <Link to={`/notices/${notice.id}`} data-testid={`notice-link-${notice.id}`} style={{ fontWeight: 500 }}>
            {notice.title}
          </Link>
          <Flex gap={4} wrap>
            <Tag color="blue">{t(categoryLabel(notice.category))}</Tag>
            <Tag>{notice.year}</Tag>
          </Flex>
        </Flex>
      ),
    },
    {
      key: 'period',
      title: t(T.period),
      render: (_, notice) => <Typography.Text style={{ whiteSpace: 'nowrap' }}>{t(periodText(notice.startsOn, notice.endsOn, notice.workingDays))}</Typography.Text>,
    },
    { key: 'phase', title: t(T.phase), render: (_, notice) => <PhaseTag phase={notice.phase} /> },
    { key: 'projects', title: t(T.projectCount), align: 'right', render: (_, notice) => notice.projects.filter((project) => !project.withdrawn).length },
  ];

  return (
    <>
      <PageHeading title={T.noticesTitle} intro={T.noticesIntro} />
      <Flex vertical gap={16}>
        <PublicationFilters params={params} testIdPrefix="notices" />
        {notices.error && <ApiErrorAlert error={notices.error} />}
        <Table<NoticeView>
          rowKey="id"
          columns={columns}
          dataSource={notices.data?.items ?? []}
          loading={notices.loading}
          pagination={pagination}
          scroll={{ x: 'max-content' }}
          onRow={(notice) => ({ 'data-phase': notice.phase }) as HTMLAttributes<HTMLElement>}
          data-testid="notices-table"
          locale={{ emptyText: <Empty description={t(T.noNotices)} /> }}
        />
      </Flex>
    </>
  );
}
