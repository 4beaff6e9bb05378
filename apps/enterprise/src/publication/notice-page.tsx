import { FilePdfOutlined, TrophyOutlined } from '@ant-design/icons';
import { formatOfficialDate, isProgrammeCategoryCode, type NoticeView, NoticeViewSchema, type ObjectionInput, type ObjectionReceipt, publicationWording } from '@shifan/domain';
import { ApiErrorAlert, BEIJING_TIME_LABEL, formatBeijingDateTime, NotFoundPage, RouterButton, useApiQuery, useLocale } from '@shifan/ui';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NoticeProjectsTable } from './notice-projects-table';
import { ObjectionForm } from './objection-form';
import { ObjectionReceiptCard } from './objection-receipt';
import { noticePath, noticePdfPath, routeId } from './publication-api';
import { beijingDate, categoryLabel, PhaseTag } from './publication-parts';
import { endedOnText, objectionCountText, opensOnText, periodText, PUBLICATION_TEXTS as T } from './publication-texts';

/** `/notices/:id` (public): one 公示 with its projects, period and contact, and while it is open the objection form. */
export function NoticePage() {
  const { id } = useParams();
  const noticeId = routeId(id);
  return noticeId === null ? <NotFoundPage /> : <NoticeLoader key={noticeId} noticeId={noticeId} />;
}

function NoticeLoader({ noticeId }: { noticeId: number }) {
  const { t } = useLocale();
  const notice = useApiQuery(noticePath(noticeId), NoticeViewSchema);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1040 }}>
      <div>
        <Link to="/notices">← {t(T.backToNotices)}</Link>
      </div>
      {notice.error && <ApiErrorAlert error={notice.error} />}
      {notice.data ? <NoticeDetail notice={notice.data} reload={notice.reload} /> : !notice.error && <Skeleton active />}
    </Flex>
  );
}

function NoticeDetail({ notice, reload }: { notice: NoticeView; reload: () => void }) {
  const { t } = useLocale();
  const { contact } = notice;
  return (
    <>
      <header>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 26, lineHeight: 1.4 }} data-testid="notice-title">
          {notice.title}
        </Typography.Title>
        <Flex gap={6} wrap align="center" style={{ marginTop: 12 }}>
          <PhaseTag phase={notice.phase} testId="notice-phase" />
          <Tag color="blue">{t(categoryLabel(notice.category))}</Tag>
          <Tag>{notice.year}</Tag>
        </Flex>
      </header>
      <Card>
        {notice.paragraphs.map((paragraph, index) => (
          <Typography.Paragraph key={index} style={{ fontSize: 15, lineHeight: 1.8, textIndent: '2em' }} data-testid="notice-paragraph">
            {paragraph}
          </Typography.Paragraph>
        ))}
        {/* The issuer of the year the notice is dated, and its date, as the printed notice ends. */}
        <Flex vertical align="end" style={{ marginBottom: 16 }} data-testid="notice-issuer">
          <Typography.Text>{notice.issuer}</Typography.Text>
          <Typography.Text>{formatOfficialDate(beijingDate(notice.publishedAt))}</Typography.Text>
        </Flex>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'period', label: t(T.period), span: 'filled', children: <span data-testid="notice-period">{t(periodText(notice.startsOn, notice.endsOn, notice.workingDays))}</span> },
            { key: 'call', label: t(T.call), children: notice.callTitle },
            { key: 'published', label: t(T.publishedAt), children: `${formatBeijingDateTime(notice.publishedAt)} (${t(BEIJING_TIME_LABEL)})` },
            { key: 'objections', label: t(T.objectionsReceived), children: <span data-testid="notice-objection-count">{t(objectionCountText(notice.objections.total, notice.objections.open))}</span> },
          ]}
        />
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          <Button icon={<FilePdfOutlined />} href={noticePdfPath(notice.id)} target="_blank" rel="noopener" data-testid="notice-pdf">
            {t(T.downloadNoticePdf)}
          </Button>
          {notice.approvedListPublished && (
            <RouterButton type="primary" icon={<TrophyOutlined />} to={`/approved/${notice.callId}`} data-testid="notice-approved-link">
              {t(T.viewApprovedList)}
            </RouterButton>
          )}
        </Flex>
      </Card>
      <Card title={`${t(T.projects)} · ${notice.listName}`}>
        <NoticeProjectsTable projects={notice.projects} nameHeader={isProgrammeCategoryCode(notice.category) ? publicationWording(notice.category, notice.level).entryNameHeader : undefined} />
      </Card>
      <Card title={t(T.contact)} data-testid="notice-contact">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'unit', label: t(T.contactUnit), children: contact.unit },
            { key: 'person', label: t(T.contactPerson), children: contact.person },
            { key: 'phone', label: t(T.contactPhone), children: <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a> },
            { key: 'email', label: t(T.contactEmail), children: contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : '—' },
            { key: 'address', label: t(T.contactAddress), span: 'filled', children: contact.address ?? '—' },
          ]}
        />
      </Card>
      <Card title={t(T.objectionTitle)} data-testid="notice-objections" data-phase={notice.phase}>
        {notice.phase === 'open' ? <ObjectionSection notice={notice} onNotOpen={reload} /> : <ObjectionsClosed notice={notice} />}
      </Card>
    </>
  );
}

function ObjectionsClosed({ notice }: { notice: NoticeView }) {
  const { t } = useLocale();
  const upcoming = notice.phase === 'upcoming';
  return (
    <Alert
      type={upcoming ? 'info' : 'warning'}
      showIcon
      title={t(upcoming ? T.objectionsClosedUpcoming : T.objectionsClosedEnded)}
      description={t(upcoming ? opensOnText(notice.startsOn) : endedOnText(notice.endsOn))}
      data-testid="objections-closed"
      data-phase={notice.phase}
    />
  );
}

function ObjectionSection({ notice, onNotOpen }: { notice: NoticeView; onNotOpen: () => void }) {
  const [filed, setFiled] = useState<{ receipt: ObjectionReceipt; input: ObjectionInput } | null>(null);
  const [round, setRound] = useState(0);
  if (filed) {
    return (
      <ObjectionReceiptCard
        notice={notice}
        receipt={filed.receipt}
        input={filed.input}
        onAnother={() => {
          setFiled(null);
          setRound((value) => value + 1);
        }}
      />
    );
  }
  return <ObjectionForm key={round} notice={notice} onReceived={(receipt, input) => setFiled({ receipt, input })} onNotOpen={onNotOpen} />;
}
