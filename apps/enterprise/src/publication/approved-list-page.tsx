import { CodeOutlined, DownloadOutlined, FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { type ApprovedListView, ApprovedListViewSchema, formatOfficialDate, isProgrammeCategoryCode, publicationWording, recipientsLine } from '@shifan/domain';
import { ApiErrorAlert, NotFoundPage, useApiQuery, useLocale, downloadText } from '@shifan/ui';
import { Button, Card, Descriptions, Empty, Flex, Skeleton, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { approvedListCsv } from './approved-list-csv';
import { approvedListFilePath, approvedListPath, openDataPath, routeId } from './publication-api';
import { beijingDate, categoryLabel, unitLabel, subFieldLabel } from './publication-parts';
import { PUBLICATION_TEXTS as T } from './publication-texts';

type Entry = ApprovedListView['entries'][number];

/** `/approved/:callId` (public): one call's 认定名单 with its PDF, Excel, open data and a CSV of the table. */
export function ApprovedListPage() {
  const { callId } = useParams();
  const id = routeId(callId);
  return id === null ? <NotFoundPage /> : <ApprovedListLoader key={id} callId={id} />;
}

function ApprovedListLoader({ callId }: { callId: number }) {
  const { t } = useLocale();
  const list = useApiQuery(approvedListPath(callId), ApprovedListViewSchema);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200 }}>
      <div>
        <Link to="/approved">← {t(T.backToApprovedLists)}</Link>
      </div>
      {list.error && <ApiErrorAlert error={list.error} />}
      {list.data ? <ApprovedListDetail list={list.data} /> : !list.error && <Skeleton active />}
    </Flex>
  );
}

function ApprovedListDetail({ list }: { list: ApprovedListView }) {
  const { locale, t } = useLocale();
  const columns: TableColumnsType<Entry> = [
    { key: 'rank', title: t(T.seq), width: 72, dataIndex: 'rank' },
    { key: 'enterprise', title: t(T.enterpriseName), dataIndex: 'enterpriseName' },
    { key: 'uscc', title: t(T.uscc), render: (_, entry) => <Typography.Text style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}>{entry.uscc}</Typography.Text> },
    { key: 'project', title: t(isProgrammeCategoryCode(list.category) ? publicationWording(list.category, list.level).entryNameHeader : T.projectName), dataIndex: 'projectName' },
    { key: 'field', title: t(T.subField), render: (_, entry) => t(subFieldLabel(entry.subFieldCode, entry.subFieldName)) },
    { key: 'district', title: t(T.district), render: (_, entry) => t(unitLabel(entry.recommendingUnitCode, entry.recommendingUnitName)) },
  ];
  const exportCsv = () => downloadText(approvedListCsv(list, locale), `approved-list-${list.year}-${list.callId}.csv`);

  return (
    <>
      <header>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 26, lineHeight: 1.4 }} data-testid="approved-title">
          {list.title}
        </Typography.Title>
        <Flex gap={6} wrap align="center" style={{ marginTop: 12 }}>
          <Tag color="blue">{t(categoryLabel(list.category))}</Tag>
          <Tag>{list.year}</Tag>
        </Flex>
      </header>
      {/* The list as the bureau publishes it: a 通知 with its 文号, 主送, body, 附件, issuer and date. */}
      <Card data-testid="approved-notice">
        {list.documentNumber && (
          <Typography.Paragraph style={{ textAlign: 'center', marginBottom: 8 }} data-testid="approved-document-number">
            {list.documentNumber}
          </Typography.Paragraph>
        )}
        <Typography.Title level={2} style={{ textAlign: 'center', fontSize: 20, marginTop: 0 }} data-testid="approved-notice-title">
          {list.noticeTitle}
        </Typography.Title>
        <Typography.Paragraph style={{ fontSize: 15 }} data-testid="approved-recipients">
          {recipientsLine(list.recipients)}
        </Typography.Paragraph>
        {list.paragraphs.map((paragraph, index) => (
          <Typography.Paragraph key={index} style={{ fontSize: 15, lineHeight: 1.8, textIndent: '2em' }} data-testid="approved-paragraph">
            {paragraph}
          </Typography.Paragraph>
        ))}
        <Typography.Paragraph style={{ fontSize: 15, textIndent: '2em' }}>{`${t(T.attachment)}${list.title}`}</Typography.Paragraph>
        <Flex vertical align="end" data-testid="approved-issuer">
          <Typography.Text>{list.issuer}</Typography.Text>
          <Typography.Text>{formatOfficialDate(list.issuedOn)}</Typography.Text>
        </Flex>
      </Card>
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'published', label: t(T.publishedOn), children: <span data-testid="approved-published">{beijingDate(list.publishedAt)}</span> },
            { key: 'call', label: t(T.call), children: list.callTitle },
            { key: 'count', label: t(T.entryCount), children: list.entries.length },
            { key: 'notice', label: t(T.notice), children: <Link to={`/notices/${list.noticeId}`} data-testid="approved-notice-link">{t(T.viewNotice)}</Link> },
          ]}
        />
        <Flex gap={8} wrap align="center" style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t(T.downloads)}:</Typography.Text>
          <Button icon={<FilePdfOutlined />} href={approvedListFilePath(list.callId, 'pdf')} target="_blank" rel="noopener" data-testid="approved-pdf">
            {t(T.downloadPdf)}
          </Button>
          <Button icon={<FileExcelOutlined />} href={approvedListFilePath(list.callId, 'xlsx')} download data-testid="approved-xlsx">
            {t(T.downloadXlsx)}
          </Button>
          <Tooltip title={t(T.openDataHint)}>
            <Button icon={<CodeOutlined />} href={openDataPath(list.year)} target="_blank" rel="noopener" data-testid="approved-json">
              {t(T.downloadJson)}
            </Button>
          </Tooltip>
          <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={list.entries.length === 0} data-testid="approved-csv">
            {t(T.exportCsv)}
          </Button>
        </Flex>
      </Card>
      <Table<Entry>
        rowKey={(entry) => `${entry.rank}-${entry.uscc}-${entry.projectName}`}
        columns={columns}
        dataSource={list.entries}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="approved-table"
        locale={{ emptyText: <Empty description={t(T.noEntries)} /> }}
      />
    </>
  );
}
