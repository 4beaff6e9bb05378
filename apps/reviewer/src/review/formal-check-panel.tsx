import { type CallView, revisionDeadlineFrom, type ReviewApplicationDetail, type WorkingCalendar } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Alert, Button, Card, Flex, Input, Radio, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { beijingToday } from '../calls/beijing-time';
import { useWorkingCalendar } from '../calendar/calendar-api';
import { ActionModal } from './action-modal';
import { buildFormalCheck, type ChecklistAnswer, type ChecklistItem, checklistStatus, type FormalOutcome, initialAnswers, revisionNoticeItems } from './formal-check';
import { submitFormalCheck } from './review-api';
import { failedItemsText, FORMAL_CHECK_TEXTS as TEXTS, REVIEW_TEXTS, revisionDeadlineText } from './review-texts';
import { useReviewAction } from './use-review-action';

export interface FormalCheckPanelProps {
  application: ReviewApplicationDetail;
  /** The application's call, for the revision deadline (working days); null while it loads. */
  call: CallView | null;
  onDone: () => void;
  onStale: () => void;
}

/** The revision deadline if the notice went out today, on the server's calendar (null while loading or when it does not cover it). */
function expectedDueOn(calendar: WorkingCalendar | null, call: CallView | null): string | null {
  if (!call || !calendar) return null;
  try {
    return revisionDeadlineFrom(calendar, beijingToday(), call.settings);
  } catch {
    return null;
  }
}

/** The notice a revision request sends: each failed item with its note, and the deadline in working days. */
function NoticePreview({ items, workingDays, dueOn }: { items: ReturnType<typeof revisionNoticeItems>; workingDays: number | null; dueOn: string | null }) {
  const { t } = useLocale();
  return (
    <Flex vertical gap={4} data-testid="revision-notice-preview">
      <Typography.Text>{t(TEXTS.noticePreview)}</Typography.Text>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {items.map((item) => (
          <li key={item.key} data-testid={`revision-notice-item-${item.key}`}>
            <Typography.Text strong>{t(item.label)}</Typography.Text>
            {t(REVIEW_TEXTS.colon)}
            {item.message || <Typography.Text type="danger">{t(TEXTS.noteRequired)}</Typography.Text>}
          </li>
        ))}
      </ol>
      <Typography.Text type="secondary" data-testid="revision-deadline" data-working-days={workingDays ?? undefined}>
        {t(revisionDeadlineText(workingDays, dueOn))}
      </Typography.Text>
    </Flex>
  );
}

/** 形式审查 of a recommended application: the checklist (pass/fail and a note per item) and the three outcomes. */
export function FormalCheckPanel({ application, call, onDone, onStale }: FormalCheckPanelProps) {
  const { t } = useLocale();
  const action = useReviewAction();
  const calendar = useWorkingCalendar();
  const checklist = application.checklist;
  const carried = useMemo(() => new Set(application.carriedOverItems), [application.carriedOverItems]);
  const [answers, setAnswers] = useState<Record<string, ChecklistAnswer>>(() => initialAnswers(checklist, application.carriedOverItems));
  const [open, setOpen] = useState<FormalOutcome | null>(null);
  const status = checklistStatus(checklist, answers);
  const noticeItems = revisionNoticeItems(checklist, answers);
  const workingDays = call?.settings.workflow.revisionWorkingDays ?? null;
  const dueOn = expectedDueOn(calendar, call);

  const answer = (key: string, change: Partial<ChecklistAnswer>) => setAnswers((previous) => ({ ...previous, [key]: { ...(previous[key] ?? { passed: null, note: '' }), ...change } }));

  const show = (outcome: FormalOutcome) => {
    action.clearError();
    setOpen(outcome);
  };
  const close = () => setOpen(null);

  const submit = (outcome: FormalOutcome, reason?: string) => {
    const success = outcome === 'accept' ? TEXTS.accepted : outcome === 'request_revision' ? TEXTS.revisionRequested : TEXTS.rejected;
    void action.run(() => submitFormalCheck(application.id, buildFormalCheck(application.version, outcome, checklist, answers, reason)), {
      success,
      onDone: () => {
        close();
        onDone();
      },
      onStale: () => {
        close();
        onStale();
      },
    });
  };

  const columns: TableColumnsType<ChecklistItem> = [
    {
      key: 'item',
      title: t(REVIEW_TEXTS.item),
      render: (_, item) => (
        <Flex vertical gap={4} style={{ minWidth: 220 }}>
          <Typography.Text strong>{t(item.label)}</Typography.Text>
          {carried.has(item.key) && (
            <Tooltip title={t(TEXTS.carriedOverHint)}>
              <Tag color="green" style={{ width: 'fit-content' }} data-testid={`formal-item-${item.key}-carried`}>
                {t(TEXTS.carriedOver)}
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      key: 'result',
      title: t(REVIEW_TEXTS.result),
      width: 200,
      render: (_, item) => {
        const value = answers[item.key]?.passed;
        return (
          <Radio.Group
            value={value === null || value === undefined ? undefined : value ? 'pass' : 'fail'}
            onChange={(event) => answer(item.key, { passed: event.target.value === 'pass' })}
            aria-label={t(item.label)}
            data-testid={`formal-item-${item.key}`}
          >
            <Radio value="pass" data-testid={`formal-item-${item.key}-pass`}>
              {t(TEXTS.pass)}
            </Radio>
            <Radio value="fail" data-testid={`formal-item-${item.key}-fail`}>
              {t(TEXTS.fail)}
            </Radio>
          </Radio.Group>
        );
      },
    },
    {
      key: 'note',
      title: t(REVIEW_TEXTS.note),
      render: (_, item) => {
        const current = answers[item.key];
        const missing = current?.passed === false && status.failedWithoutNote.includes(item.key);
        return (
          <Input.TextArea
            value={current?.note ?? ''}
            onChange={(event) => answer(item.key, { note: event.target.value })}
            placeholder={t(TEXTS.notePlaceholder)}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={1000}
            status={missing ? 'warning' : undefined}
            aria-label={`${t(item.label)} · ${t(REVIEW_TEXTS.note)}`}
            style={{ minWidth: 240 }}
            data-testid={`formal-item-${item.key}-note`}
          />
        );
      },
    },
  ];

  return (
    <Card size="small" title={t(TEXTS.panelTitle)} data-testid="formal-check">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t(TEXTS.panelIntro)}</Typography.Text>
        <Table<ChecklistItem>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={[...checklist]}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          data-testid="formal-checklist"
        />
        {status.unanswered.length > 0 && <Alert type="info" showIcon title={t(TEXTS.unanswered)} />}
        {status.failed.length > 0 && (
          <Alert
            type={status.failedWithoutNote.length > 0 ? 'warning' : 'info'}
            showIcon
            title={t(failedItemsText(status.failed.length))}
            description={<NoticePreview items={noticeItems} workingDays={workingDays} dueOn={dueOn} />}
          />
        )}
        <Flex gap={8} wrap>
          <Tooltip title={status.canAccept ? undefined : t(TEXTS.acceptDisabled)}>
            <Button type="primary" disabled={!status.canAccept} onClick={() => show('accept')} data-testid="formal-accept">
              {t(TEXTS.accept)}
            </Button>
          </Tooltip>
          <Tooltip title={status.canRequestRevision ? undefined : t(TEXTS.revisionDisabled)}>
            <Button disabled={!status.canRequestRevision} onClick={() => show('request_revision')} data-testid="formal-request-revision">
              {t(TEXTS.requestRevision)}
            </Button>
          </Tooltip>
          <Tooltip title={status.complete ? undefined : t(TEXTS.checklistIncomplete)}>
            <Button danger disabled={!status.complete} onClick={() => show('reject')} data-testid="formal-reject">
              {t(TEXTS.reject)}
            </Button>
          </Tooltip>
        </Flex>
      </Flex>

      <ActionModal
        open={open === 'accept'}
        title={TEXTS.acceptTitle}
        description={t(TEXTS.acceptText)}
        okText={TEXTS.accept}
        busy={action.busy}
        error={action.error}
        onSubmit={() => submit('accept')}
        onCancel={close}
        testId="formal-accept"
      />
      <ActionModal
        open={open === 'request_revision'}
        title={TEXTS.revisionTitle}
        okText={TEXTS.requestRevision}
        busy={action.busy}
        error={action.error}
        onSubmit={() => submit('request_revision')}
        onCancel={close}
        testId="formal-revision"
      >
        <NoticePreview items={noticeItems} workingDays={workingDays} dueOn={dueOn} />
      </ActionModal>
      <ActionModal
        open={open === 'reject'}
        title={TEXTS.rejectTitle}
        description={t(TEXTS.rejectText)}
        okText={TEXTS.reject}
        danger
        reason={{ label: REVIEW_TEXTS.formalRejectReason, required: true }}
        busy={action.busy}
        error={action.error}
        onSubmit={(reason) => submit('reject', reason)}
        onCancel={close}
        testId="formal-reject"
      />
    </Card>
  );
}

