import { FilePdfOutlined } from '@ant-design/icons';
import type { NoticeView } from '@shifan/domain';
import { formatBeijingDateTime, useLocale } from '@shifan/ui';
import { Button, Card, Collapse, Descriptions, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { unitLabel, subFieldLabel } from '../review/catalogue-labels';
import { noticePdfUrl } from './publication-api';
import { NOTICE_PHASE_COLOURS, NOTICE_PHASE_LABELS, objectionCountText, periodText, PUBLICATION_TEXTS } from './publication-texts';

type NoticeProject = NoticeView['projects'][number];

/** A withdrawn project's text is struck through. */
function Struck({ project, children }: { project: NoticeProject; children: ReactNode }) {
  return project.withdrawn ? <Typography.Text delete type="secondary">{children}</Typography.Text> : <>{children}</>;
}

/** The published notice: title, period, phase, contact, text, the projects (withdrawn ones struck through) and its PDF. */
export function NoticeCard({ notice }: { notice: NoticeView }) {
  const { t } = useLocale();
  const columns: TableColumnsType<NoticeProject> = [
    { key: 'index', title: '#', width: 48, render: (_, _project, index) => index + 1 },
    { key: 'enterprise', title: t(PUBLICATION_TEXTS.enterprise), render: (_, project) => <Struck project={project}>{project.enterpriseName}</Struck> },
    { key: 'project', title: t(PUBLICATION_TEXTS.project), render: (_, project) => <Struck project={project}>{project.projectName}</Struck> },
    { key: 'subField', title: t(PUBLICATION_TEXTS.subField), render: (_, project) => <Struck project={project}>{t(subFieldLabel(project.subFieldCode))}</Struck> },
    { key: 'district', title: t(PUBLICATION_TEXTS.district), render: (_, project) => <Struck project={project}>{t(unitLabel(project.recommendingUnitCode))}</Struck> },
    {
      key: 'withdrawn',
      title: '',
      render: (_, project) =>
        project.withdrawn ? (
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {t(PUBLICATION_TEXTS.withdrawn)}
          </Tag>
        ) : null,
    },
  ];
  const contact = [notice.contact.unit, notice.contact.person, notice.contact.phone, notice.contact.email, notice.contact.address].filter(Boolean).join(' · ');

  return (
    <Card
      size="small"
      title={t(PUBLICATION_TEXTS.noticeTitle)}
      extra={
        <Button size="small" icon={<FilePdfOutlined />} href={noticePdfUrl(notice.id)} target="_blank" rel="noopener" data-testid="notice-pdf">
          {t(PUBLICATION_TEXTS.noticePdf)}
        </Button>
      }
      data-testid="notice-view"
      data-phase={notice.phase}
      data-notice-id={notice.id}
    >
      <Flex vertical gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {notice.title}
        </Typography.Title>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t(PUBLICATION_TEXTS.period)}>
            <span data-testid="notice-period" data-starts-on={notice.startsOn} data-ends-on={notice.endsOn}>
              {t(periodText(notice.startsOn, notice.endsOn, notice.workingDays))}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t(PUBLICATION_TEXTS.phase)}>
            <Tag color={NOTICE_PHASE_COLOURS[notice.phase]} style={{ marginInlineEnd: 0 }} data-testid="notice-phase">
              {t(NOTICE_PHASE_LABELS[notice.phase])}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t(PUBLICATION_TEXTS.publishedAt)}>{formatBeijingDateTime(notice.publishedAt)}</Descriptions.Item>
          <Descriptions.Item label={t(PUBLICATION_TEXTS.objectionCounts)}>{t(objectionCountText(notice.objections.total, notice.objections.open))}</Descriptions.Item>
          <Descriptions.Item label={t(PUBLICATION_TEXTS.contact)} span={{ xs: 1, md: 2 }}>
            {contact}
          </Descriptions.Item>
        </Descriptions>
        <Collapse
          size="small"
          items={[
            {
              key: 'text',
              label: t(PUBLICATION_TEXTS.noticeText),
              children: notice.paragraphs.map((paragraph, index) => (
                <Typography.Paragraph key={index} style={{ textIndent: '2em' }}>
                  {paragraph}
                </Typography.Paragraph>
              )),
            },
          ]}
        />
        <Typography.Text strong>{t(PUBLICATION_TEXTS.noticeProjects)}</Typography.Text>
        <Table<NoticeProject>
          rowKey="applicationId"
          size="small"
          columns={columns}
          dataSource={notice.projects}
          pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          onRow={(project) => ({ 'data-testid': `notice-project-${project.applicationId}`, 'data-withdrawn': String(project.withdrawn) }) as HTMLAttributes<HTMLElement>}
          data-testid="notice-projects"
        />
      </Flex>
    </Card>
  );
}
