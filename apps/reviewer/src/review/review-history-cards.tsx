import {
  APPLICATION_ACTIONS,
  applicationActionLabel,
  type ApplicationAction,
  type AttachmentSlot,
  type FieldMeta,
  type FormalCheckView,
  type LocalizedText,
  type ReviewNotice,
  type SnapshotChange,
  type TimelineEvent,
} from '@shifan/domain';
import { ApplicationStateTag, formatBeijingDateTime, useLocale } from '@shifan/ui';
import { Alert, Card, Descriptions, Flex, Table, type TableColumnsType, Tag, Timeline, Typography } from 'antd';
import { isApplicationState } from './catalogue-labels';
import { changeLabel, formatChangeValue } from './field-format';
import { FORMAL_CHECK_TEXTS, FORMAL_OUTCOME_LABELS, NOTICE_KIND_LABELS, REVIEW_TEXTS, roundText } from './review-texts';

const LIST_PAGE_SIZE = 10;
const OUTCOME_COLOURS = { accept: 'success', request_revision: 'warning', reject: 'error' } as const;
const NOTICE_TYPES = { district_return: 'warning', formal_revision: 'warning', district_rejection: 'error', formal_rejection: 'error' } as const;

/** What a notice item is about: its own label, the form field's, or its key. */
function itemLabel(item: ReviewNotice['items'][number], fields: Readonly<Record<string, FieldMeta>>): LocalizedText {
  if (item.label) return item.label;
  if (item.key === 'other') return { zh: '其他', en: 'Other' };
  return fields[item.key]?.label ?? { zh: item.key, en: item.key };
}

/** 当前审核通知: what the district or the city last asked the enterprise to fix (or why it rejected). */
export function NoticeCard({ notice, fields }: { notice: ReviewNotice; fields: Readonly<Record<string, FieldMeta>> }) {
  const { t } = useLocale();
  return (
    <Card size="small" title={t(REVIEW_TEXTS.noticeTitle)} data-testid="review-notice" data-kind={notice.kind}>
      <Flex vertical gap={12}>
        <Alert type={NOTICE_TYPES[notice.kind]} showIcon title={t(NOTICE_KIND_LABELS[notice.kind])} />
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'issuedAt', label: t(REVIEW_TEXTS.noticeIssued), children: formatBeijingDateTime(notice.issuedAt) },
            { key: 'issuedBy', label: t(REVIEW_TEXTS.noticeIssuedBy), children: notice.issuedBy },
            ...(notice.dueOn ? [{ key: 'dueOn', label: t(REVIEW_TEXTS.noticeDueOn), children: <span data-testid="notice-due-on">{notice.dueOn}</span> }] : []),
          ]}
        />
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {notice.items.map((item, index) => (
            <li key={`${item.key}-${index}`} data-testid={`notice-item-${item.key}`}>
              <Typography.Text strong>{t(itemLabel(item, fields))}</Typography.Text>
              {t(REVIEW_TEXTS.colon)}
              <span style={{ whiteSpace: 'pre-wrap' }}>{item.message}</span>
            </li>
          ))}
        </ol>
      </Flex>
    </Card>
  );
}

export interface ChangesCardProps {
  changes: readonly SnapshotChange[];
  fields: Readonly<Record<string, FieldMeta>>;
  slots: readonly AttachmentSlot[];
}

/** 自上次审查以来的修改: each field or document changed in the resubmission, before and after. */
export function ChangesCard({ changes, fields, slots }: ChangesCardProps) {
  const { locale, t } = useLocale();
  const columns: TableColumnsType<SnapshotChange> = [
    {
      key: 'path',
      title: t(REVIEW_TEXTS.field),
      render: (_, change) => (
        <Flex vertical gap={2} style={{ minWidth: 160 }}>
          <Typography.Text strong>{t(changeLabel(change.path, fields, slots, REVIEW_TEXTS.attachmentPrefix))}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} code>
            {change.path}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'before',
      title: t(REVIEW_TEXTS.before),
      render: (_, change) => <span style={{ whiteSpace: 'pre-wrap' }}>{formatChangeValue(change.path, change.before, fields, locale) || '—'}</span>,
      onCell: () => ({ style: { background: '#fff1f0' } }),
    },
    {
      key: 'after',
      title: t(REVIEW_TEXTS.after),
      render: (_, change) => <span style={{ whiteSpace: 'pre-wrap' }}>{formatChangeValue(change.path, change.after, fields, locale) || '—'}</span>,
      onCell: () => ({ style: { background: '#f6ffed' } }),
    },
  ];
  return (
    <Card size="small" title={t(REVIEW_TEXTS.changesTitle)} data-testid="review-changes">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t(REVIEW_TEXTS.changesIntro)}</Typography.Text>
        <Table<SnapshotChange>
          rowKey="path"
          size="small"
          columns={columns}
          dataSource={[...changes]}
          pagination={{ pageSize: LIST_PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          data-testid="changes-table"
        />
      </Flex>
    </Card>
  );
}

type CheckItem = FormalCheckView['items'][number];

/** 历次形式审查: each earlier formal check, newest first, with its checklist. */
export function FormalHistoryCard({ checks }: { checks: readonly FormalCheckView[] }) {
  const { t } = useLocale();
  const sorted = [...checks].sort((a, b) => b.round - a.round);
  const itemColumns: TableColumnsType<CheckItem> = [
    { key: 'item', title: t(REVIEW_TEXTS.item), render: (_, item) => t(item.label) },
    {
      key: 'result',
      title: t(REVIEW_TEXTS.result),
      width: 100,
      render: (_, item) => (
        <Tag color={item.passed ? 'success' : 'error'} style={{ marginInlineEnd: 0 }}>
          {t(item.passed ? FORMAL_CHECK_TEXTS.pass : FORMAL_CHECK_TEXTS.fail)}
        </Tag>
      ),
    },
    { key: 'note', title: t(REVIEW_TEXTS.note), render: (_, item) => item.note ?? '' },
  ];
  const columns: TableColumnsType<FormalCheckView> = [
    { key: 'round', title: t(REVIEW_TEXTS.round), width: 90, render: (_, check) => t(roundText(check.round)) },
    {
      key: 'outcome',
      title: t(REVIEW_TEXTS.result),
      render: (_, check) => (
        <Tag color={OUTCOME_COLOURS[check.outcome]} style={{ marginInlineEnd: 0 }}>
          {t(FORMAL_OUTCOME_LABELS[check.outcome])}
        </Tag>
      ),
    },
    { key: 'checkedAt', title: t(REVIEW_TEXTS.checkedAt), render: (_, check) => formatBeijingDateTime(check.checkedAt) },
    { key: 'checkedBy', title: t(REVIEW_TEXTS.checkedBy), dataIndex: 'checkedBy' },
    { key: 'reason', title: t(REVIEW_TEXTS.reason), render: (_, check) => check.reason ?? '' },
  ];
  return (
    <Card size="small" title={t(REVIEW_TEXTS.formalHistory)} data-testid="formal-history">
      <Table<FormalCheckView>
        rowKey="round"
        size="small"
        columns={columns}
        dataSource={sorted}
        expandable={{
          expandedRowRender: (check) => <Table<CheckItem> rowKey="key" size="small" columns={itemColumns} dataSource={check.items} pagination={false} />,
        }}
        pagination={{ pageSize: LIST_PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}

function actionLabel(action: string, fromState: string | null): LocalizedText {
  if (action === 'create') return REVIEW_TEXTS.created;
  return (APPLICATION_ACTIONS as readonly string[]).includes(action) ? applicationActionLabel(action as ApplicationAction, fromState) : { zh: action, en: action };
}

/** 办理进度: every state change of the application, oldest first, with who made it and their note. */
export function TimelineCard({ events }: { events: readonly TimelineEvent[] }) {
  const { t } = useLocale();
  return (
    <Card size="small" title={t(REVIEW_TEXTS.timeline)} data-testid="review-timeline">
      <Timeline
        style={{ marginTop: 8 }}
        items={events.map((event, index) => ({
          key: `${event.occurredAt}-${index}`,
          color: event.action === 'withdraw' || event.action === 'reject' ? 'gray' : event.action === 'create' ? 'blue' : 'green',
          content: (
            <Flex vertical gap={2} data-testid="timeline-event" data-action={event.action}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{t(actionLabel(event.action, event.fromState))}</Typography.Text>
                {isApplicationState(event.toState) && <ApplicationStateTag state={event.toState} />}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatBeijingDateTime(event.occurredAt, true)}
                {event.actorName ? ` · ${event.actorName}` : ''}
              </Typography.Text>
              {event.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{event.note}</Typography.Text>}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
