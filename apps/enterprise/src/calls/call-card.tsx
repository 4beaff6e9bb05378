import { type ApplicationSummary, type CallView, findProgrammeCategory, type ProgrammeLevel } from '@shifan/domain';
import { ApplicationStateTag, BEIJING_TIME_LABEL, DeadlineCountdown, formatBeijingDateTime, formatBeijingDeadline, RouterButton, toApiError, useLocale } from '@shifan/ui';
import { App, Button, Card, Descriptions, type DescriptionsProps, Divider, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LEVEL_NAMES } from '../home/home-texts';
import { CallEligibilityPreview } from './call-eligibility-preview';
import { startApplication } from './calls-api';
import { CALL_STATUS_LABELS, CALLS_TEXTS, quotaText, requiredDocumentsText } from './calls-texts';

export interface CallCardProps {
  call: CallView;
  /** The enterprise's profile data when signed in as an enterprise; null for visitors. */
  profile: Record<string, unknown> | null;
  /** The enterprise's application to this call, if it has one. */
  application: ApplicationSummary | null;
  /** Whether the signed-in account may apply (enterprise roles); false for visitors. */
  canApply: boolean;
  now: Date;
}

/** One call: programme, dates in Beijing time with a live countdown, the profile pre-check, and 申报. */
export function CallCard({ call, profile, application, canApply, now }: CallCardProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const category = findProgrammeCategory(call.category);
  const open = call.status === 'open' && new Date(call.deadlineAt).getTime() > now.getTime() && new Date(call.opensAt).getTime() <= now.getTime();
  const required = call.attachmentSlots.filter((slot) => slot.required).length;

  const apply = async () => {
    setStarting(true);
    try {
      const started = await startApplication(call.id);
      void message.success(t(started.existing ? CALLS_TEXTS.alreadyApplied : CALLS_TEXTS.started));
      void navigate(`/applications/${started.id}`);
    } catch (error) {
      void message.error(toApiError(error).message);
      setStarting(false);
    }
  };

  const items: DescriptionsProps['items'] = [
    {
      key: 'period',
      label: t(CALLS_TEXTS.applicationPeriod),
      children: `${formatBeijingDateTime(call.opensAt).slice(0, 10)} — ${formatBeijingDeadline(call.deadlineAt)} (${t(BEIJING_TIME_LABEL)})`,
      span: 'filled',
    },
    { key: 'quota', label: t(CALLS_TEXTS.quota), children: t(quotaText(call.settings.quota)) },
    { key: 'attachments', label: t(CALLS_TEXTS.attachments), children: t(requiredDocumentsText(required, call.attachmentSlots.length)) },
  ];

  const action = application ? (
    <RouterButton type={open ? 'primary' : 'default'} to={`/applications/${application.id}`} data-testid="call-continue">
      {t(open && application.state === 'draft' ? CALLS_TEXTS.continueApplication : CALLS_TEXTS.viewApplication)}
    </RouterButton>
  ) : !open ? null : canApply ? (
    <Button type="primary" loading={starting} onClick={() => void apply()} data-testid="call-apply">
      {t(CALLS_TEXTS.apply)}
    </Button>
  ) : profile === null ? (
    <Button onClick={() => void navigate('/sign-in', { state: { from: '/calls' } })} data-testid="call-sign-in">
      {t(CALLS_TEXTS.signInToApply)}
    </Button>
  ) : null;

  return (
    <Card
      style={{ height: '100%' }}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 12, height: '100%' } }}
      data-testid={`call-${call.id}`}
      data-category={call.category}
      data-call-title={call.title}
    >
      <Flex justify="space-between" align="flex-start" gap={12}>
        <Typography.Title level={3} style={{ fontSize: 17, margin: 0, lineHeight: 1.45 }}>
          {call.title}
        </Typography.Title>
        {call.status === 'open' ? <DeadlineCountdown deadlineAt={call.deadlineAt} opensAt={call.opensAt} /> : <Tag style={{ marginInlineEnd: 0 }}>{t(CALL_STATUS_LABELS[call.status])}</Tag>}
      </Flex>
      <Flex gap={6} wrap>
        {category && <Tag color="blue">{t(category.name)}</Tag>}
        <Tag>{t(LEVEL_NAMES[call.level as ProgrammeLevel])}</Tag>
        <Tag>{call.year}</Tag>
        {application && <ApplicationStateTag state={application.state} />}
      </Flex>
      <Descriptions size="small" column={1} items={items} />
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ marginBottom: 0, fontSize: 13 }}>
        {call.notice}
      </Typography.Paragraph>
      <div style={{ flex: 1 }} />
      <Divider style={{ margin: '4px 0' }} />
      <Flex justify="space-between" align="center" gap={12} wrap>
        {profile && call.status === 'open' ? <CallEligibilityPreview call={call} profile={profile} /> : <span />}
        {action}
      </Flex>
    </Card>
  );
}
