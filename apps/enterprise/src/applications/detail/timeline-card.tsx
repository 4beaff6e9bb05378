import { APPLICATION_ACTIONS, applicationActionLabel, APPLICATION_STATES, type ApplicationAction, type ApplicationState, type LocalizedText } from '@shifan/domain';
import { ApiErrorAlert, ApplicationStateTag, formatDateTime, useApiQuery, useLocale } from '@shifan/ui';
import { Card, Flex, Timeline, Typography } from 'antd';
import { applicationPath, TimelineSchema } from '../applications-api';
import { DETAIL_TEXTS } from './detail-texts';

function actionLabel(action: string, fromState: string | null): LocalizedText {
  if (action === 'create') return DETAIL_TEXTS.created;
  return (APPLICATION_ACTIONS as readonly string[]).includes(action) ? applicationActionLabel(action as ApplicationAction, fromState) : { zh: action, en: action };
}

function isState(value: string | null): value is ApplicationState {
  return value !== null && (APPLICATION_STATES as readonly string[]).includes(value);
}

/** 办理进度: every state change of the application, oldest first, with who made it. */
export function TimelineCard({ applicationId, version }: { applicationId: number; version: number }) {
  const { t } = useLocale();
  // The version in the URL makes the list reload after each state change of this page.
  const timeline = useApiQuery(`${applicationPath(applicationId)}/timeline?v=${version}`, TimelineSchema);
  return (
    <Card size="small" title={t(DETAIL_TEXTS.timeline)} data-testid="timeline">
      {timeline.error && <ApiErrorAlert error={timeline.error} />}
      <Timeline
        style={{ marginTop: 8 }}
        items={(timeline.data ?? []).map((event, index) => ({
          key: `${event.occurredAt}-${index}`,
          color: event.action === 'withdraw' ? 'gray' : event.action === 'create' ? 'blue' : 'green',
          content: (
            <Flex vertical gap={2} data-testid="timeline-event" data-action={event.action}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{t(actionLabel(event.action, event.fromState))}</Typography.Text>
                {isState(event.toState) && <ApplicationStateTag state={event.toState} />}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(event.occurredAt, true)}
                {event.actorName ? ` · ${event.actorName}` : ''}
              </Typography.Text>
              {event.note && <Typography.Text>{event.note}</Typography.Text>}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
