import { FilePdfOutlined, WarningOutlined } from '@ant-design/icons';
import type { PanelView } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, ApplicationStateTag, toApiError, totalText, useLocale } from '@shifan/ui';
import { Alert, App, Button, Card, Flex, Input, Modal, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { FieldTags } from '../experts/field-options';
import { AssignmentStatusTag, formatTotal, ScoreStatusTag } from '../scoring/assignment-labels';
import { declineMember, type PanelReplay, scoreSheetPdfPath } from './panels-api';
import { excludedCountText, expertIdText, PANEL_TEXTS } from './panels-texts';

type Member = PanelView['members'][number];
type Exclusion = PanelView['excluded'][number];
type ApplicationProgress = PanelView['applications'][number];

const PAGINATION = { defaultPageSize: 10, showSizeChanger: true } as const;

/** The drawn members: who they are, how they came on the panel, whether they stepped down, and their score sheet. */
export function MembersTable({ panel, onChanged }: { panel: PanelView; onChanged?: (panel: PanelView) => void }) {
  const { t } = useLocale();
  const [declining, setDeclining] = useState<Member | null>(null);
  const columns = useMemo<TableColumnsType<Member>>(
    () => [
      {
        key: 'name',
        title: t(PANEL_TEXTS.name),
        render: (_, member) => (
          <Typography.Text strong delete={member.declined} data-testid={`member-${member.expertId}`}>
            {member.name}
          </Typography.Text>
        ),
      },
      { key: 'employer', title: t(PANEL_TEXTS.employer), dataIndex: 'employer' },
      { key: 'title', title: t(PANEL_TEXTS.title), dataIndex: 'title' },
      { key: 'fields', title: t(PANEL_TEXTS.fields), render: (_, member) => <FieldTags codes={member.fields} /> },
      {
        key: 'role',
        title: t(PANEL_TEXTS.role),
        render: (_, member) => (
          <Tag color={member.role === 'drawn' ? 'blue' : 'purple'} data-testid={`member-role-${member.expertId}`} data-role={member.role} style={{ marginInlineEnd: 0 }}>
            {t(member.role === 'drawn' ? PANEL_TEXTS.drawnRole : PANEL_TEXTS.replacementRole)}
          </Tag>
        ),
      },
      {
        key: 'declined',
        title: t(PANEL_TEXTS.status),
        render: (_, member) => (
          <Tag color={member.declined ? 'default' : 'success'} data-testid={`member-declined-${member.expertId}`} data-declined={member.declined} style={{ marginInlineEnd: 0 }}>
            {t(member.declined ? PANEL_TEXTS.declined : PANEL_TEXTS.active)}
          </Tag>
        ),
      },
      {
        key: 'sheet',
        title: t(PANEL_TEXTS.downloads),
        render: (_, member) => (
          <Button
            size="small"
            icon={<FilePdfOutlined />}
            href={scoreSheetPdfPath(panel.id, member.expertId)}
            target="_blank"
            rel="noopener"
            data-testid={`score-sheet-${member.expertId}`}
          >
            {t(PANEL_TEXTS.scoreSheet)}
          </Button>
        ),
      },
      {
        key: 'decline',
        title: '',
        render: (_, member) =>
          member.declined || panel.status !== 'drawn' ? null : (
            <Button size="small" danger onClick={() => setDeclining(member)} data-testid={`member-decline-${member.expertId}`}>
              {t(DECLINE_TEXTS.action)}
            </Button>
          ),
      },
    ],
    [t, panel.id, panel.status],
  );
  return (
    <>
      {declining && <DeclineModal panel={panel} member={declining} onClose={() => setDeclining(null)} onDone={(next) => (setDeclining(null), onChanged?.(next))} />}
      <Table<Member>
      rowKey="expertId"
      size="middle"
      columns={columns}
      dataSource={panel.members}
      pagination={{ ...PAGINATION, showTotal: (count) => t(totalText(count)) }}
      scroll={{ x: 'max-content' }}
      data-testid="panel-members"
    />
    </>
  );
}

const DECLINE_TEXTS = {
  action: { zh: '登记拒绝参加', en: 'Record a decline' },
  title: { zh: '专家拒绝参加评审', en: 'The expert declines' },
  intro: {
    zh: '该专家尚未提交评分的项目将由备选专家按抽取顺序依次替补（跳过存在回避情形的专家）。',
    en: 'The applications this expert has not scored go to the next reserves in the draw’s order (skipping any with a conflict).',
  },
  reason: { zh: '原因（如：出差无法参加）', en: 'Reason (e.g. travelling)' },
  done: { zh: '已替补', en: 'Replaced' },
} as const;

function DeclineModal({ panel, member, onClose, onDone }: { panel: PanelView; member: Member; onClose: () => void; onDone: (panel: PanelView) => void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await declineMember(panel.id, member.expertId, reason.trim());
      void message.success(t(DECLINE_TEXTS.done));
      onDone(next);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`${t(DECLINE_TEXTS.title)}:${member.name}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ disabled: reason.trim().length < 2, loading: busy, danger: true, ...({ 'data-testid': 'member-decline-submit' } as Record<string, string>) }}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t(DECLINE_TEXTS.intro)}</Typography.Paragraph>
        <Input.TextArea value={reason} onChange={(event) => setReason(event.target.value)} placeholder={t(DECLINE_TEXTS.reason)} maxLength={2000} data-testid="member-decline-reason" />
        {error && <ApiErrorAlert error={error} />}
      </Flex>
    </Modal>
  );
}

/** 回避: every expert kept out of the draw, each with the reasons, in the page's language. */
export function ExclusionsCard({ panel }: { panel: PanelView }) {
  const { t } = useLocale();
  const columns = useMemo<TableColumnsType<Exclusion>>(
    () => [
      { key: 'name', title: t(PANEL_TEXTS.name), render: (_, exclusion) => <Typography.Text strong>{exclusion.name}</Typography.Text> },
      { key: 'employer', title: t(PANEL_TEXTS.employer), dataIndex: 'employer' },
      {
        key: 'reasons',
        title: t(PANEL_TEXTS.reasons),
        render: (_, exclusion) => (
          <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid={`exclusion-reasons-${exclusion.expertId}`}>
            {exclusion.reasons.map((reason, index) => (
              <li key={`${reason.code}:${index}`} data-code={reason.code}>
                <Typography.Text type="danger">{t(reason.message)}</Typography.Text>
              </li>
            ))}
          </ul>
        ),
      },
    ],
    [t],
  );
  return (
    <Card
      title={
        <Flex align="center" gap={8}>
          <WarningOutlined style={{ color: '#d4380d' }} />
          <span>{t(PANEL_TEXTS.exclusions)}</span>
          <Tag color={panel.excluded.length > 0 ? 'volcano' : 'default'} data-testid="panel-exclusion-count" data-count={panel.excluded.length} style={{ marginInlineEnd: 0 }}>
            {t(excludedCountText(panel.excluded.length))}
          </Tag>
        </Flex>
      }
      styles={{ header: { background: panel.excluded.length > 0 ? '#fff2e8' : undefined } }}
      style={{ borderColor: panel.excluded.length > 0 ? '#ffbb96' : undefined }}
    >
      <Typography.Paragraph type="secondary">{t(PANEL_TEXTS.exclusionsIntro)}</Typography.Paragraph>
      <Table<Exclusion>
        rowKey="expertId"
        size="middle"
        columns={columns}
        dataSource={panel.excluded}
        locale={{ emptyText: t(PANEL_TEXTS.noExclusions) }}
        pagination={{ ...PAGINATION, showTotal: (count) => t(totalText(count)) }}
        scroll={{ x: 'max-content' }}
        data-testid="panel-exclusions"
      />
    </Card>
  );
}

/** Whether replaying the draw from the recorded seed gives the recorded panel, with both lists of experts. */
export function ReplayResult({ panel, replay }: { panel: PanelView; replay: PanelReplay }) {
  const { t } = useLocale();
  const names = new Map<number, string>(panel.members.map((member) => [member.expertId, member.name]));
  const list = (ids: readonly number[]) => ids.map((id) => names.get(id) ?? t(expertIdText(id))).join('、');
  return (
    <Alert
      type={replay.matches ? 'success' : 'error'}
      showIcon
      title={t(replay.matches ? PANEL_TEXTS.replayMatches : PANEL_TEXTS.replayDiffers)}
      description={
        <Flex vertical gap={2}>
          <span>
            {t(PANEL_TEXTS.seedHash)}: <Typography.Text code>{replay.seedHash}</Typography.Text>
          </span>
          <span>
            {t(PANEL_TEXTS.recorded)}: {list(replay.recorded)}
          </span>
          <span>
            {t(PANEL_TEXTS.replayed)}: {list(replay.replayed)}
          </span>
        </Flex>
      }
      data-testid="panel-replay-result"
      data-matches={replay.matches}
    />
  );
}

/** Each application of the panel: its state, and for each expert the declaration, score status and total. */
export function ProgressTable({ panel }: { panel: PanelView }) {
  const { t } = useLocale();
  const columns = useMemo<TableColumnsType<ApplicationProgress>>(
    () => [
      {
        key: 'application',
        title: t(PANEL_TEXTS.application),
        render: (_, application) => (
          <Flex vertical gap={2} style={{ minWidth: 200, maxWidth: 320 }} data-testid={`progress-app-${application.applicationId}`}>
            <Typography.Text strong>{application.projectName}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {application.receiptNo ?? `#${application.applicationId}`} · {application.enterpriseName}
            </Typography.Text>
          </Flex>
        ),
      },
      { key: 'state', title: t(PANEL_TEXTS.status), render: (_, application) => <ApplicationStateTag state={application.state} /> },
      {
        key: 'submitted',
        title: t(PANEL_TEXTS.submitted),
        align: 'right',
        render: (_, application) => {
          const serving = application.assignments.filter((assignment) => assignment.status !== 'conflict' && assignment.status !== 'declined');
          const submitted = serving.filter((assignment) => assignment.scoreStatus === 'submitted').length;
          return (
            <span data-testid={`progress-count-${application.applicationId}`} data-submitted={submitted} data-expected={serving.length}>
              {submitted} / {serving.length}
            </span>
          );
        },
      },
      {
        key: 'experts',
        title: t(PANEL_TEXTS.experts),
        render: (_, application) =>
          application.assignments.length === 0 ? (
            <Typography.Text type="secondary">—</Typography.Text>
          ) : (
            <Flex vertical gap={4}>
              {application.assignments.map((assignment) => (
                <Flex
                  key={assignment.assignmentId}
                  align="center"
                  gap={6}
                  wrap
                  data-testid={`assignment-${application.applicationId}-${assignment.expertId}`}
                  data-status={assignment.status}
                  data-score-status={assignment.scoreStatus}
                >
                  <span style={{ minWidth: 64 }}>{assignment.expertName}</span>
                  {assignment.replacesExpertId !== null && (
                    <Tag color="purple" style={{ marginInlineEnd: 0 }}>
                      {t(PANEL_TEXTS.replacesText)}
                    </Tag>
                  )}
                  <AssignmentStatusTag status={assignment.status} />
                  <ScoreStatusTag status={assignment.scoreStatus} />
                  <Typography.Text strong={assignment.total !== null}>{formatTotal(assignment.total)}</Typography.Text>
                </Flex>
              ))}
            </Flex>
          ),
      },
    ],
    [t],
  );
  return (
    <Table<ApplicationProgress>
      rowKey="applicationId"
      size="middle"
      columns={columns}
      dataSource={panel.applications}
      locale={{ emptyText: t(PANEL_TEXTS.noApplications) }}
      pagination={{ ...PAGINATION, showTotal: (count) => t(totalText(count)) }}
      scroll={{ x: 'max-content' }}
      data-testid="panel-progress"
    />
  );
}
