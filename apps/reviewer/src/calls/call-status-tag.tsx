import type { CallView } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Flex, Tag, Tooltip } from 'antd';
import { daysUntil, phaseOf } from './beijing-time';
import { CALL_PHASE_LABELS, CALL_STATUS_LABELS, CALLS_TEXTS, daysLeftText, phaseTagText, sentences, startsInText } from './calls-texts';

const STATUS_COLOURS = { draft: 'default', open: 'success', closed: 'default' } as const;
const PHASE_COLOURS = { draft: 'default', upcoming: 'blue', open: 'processing', closed: 'warning' } as const;

export interface CallStatusTagProps {
  call: Pick<CallView, 'status' | 'opensAt' | 'deadlineAt'>;
  /** Now by the server's clock (see useServerNow). */
  now: Date;
}

/**
 * 草稿 / 已开放 / 已关闭, and for an open call where it stands by now: 未开始, 申报中 (with the days left) or 已截止
 * (its deadline has passed even though nobody closed it).
 */
export function CallStatusTag({ call, now }: CallStatusTagProps) {
  const { t } = useLocale();
  const phase = phaseOf(call, now);
  const hint = phase === 'open' ? daysLeftText(daysUntil(call.deadlineAt, now)) : phase === 'upcoming' ? startsInText(daysUntil(call.opensAt, now)) : undefined;
  return (
    <Flex gap={4} wrap data-testid="call-status" data-status={call.status} data-phase={phase}>
      <Tag color={STATUS_COLOURS[call.status]} style={{ marginInlineEnd: 0 }}>
        {t(CALL_STATUS_LABELS[call.status])}
      </Tag>
      {call.status === 'open' && (
        <Tooltip title={t(sentences(hint, CALLS_TEXTS.serverClockHint))}>
          <Tag color={PHASE_COLOURS[phase]} style={{ marginInlineEnd: 0 }}>
            {t(phaseTagText(CALL_PHASE_LABELS[phase]))}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}
