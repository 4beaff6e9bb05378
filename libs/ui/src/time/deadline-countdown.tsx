import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { BEIJING_TIME_LABEL, formatBeijingDeadline } from '../format/format-beijing';
import { useLocale } from '../i18n/use-locale';
import { durationText, TIME_TEXTS } from './time-texts';
import { useNow } from './use-now';

export interface DeadlineCountdownProps {
  /** ISO instant the window closes (a call's `deadlineAt`). */
  deadlineAt: string;
  /** ISO instant the window opens; before it the tag says so. */
  opensAt?: string;
}

const DAY = 86_400_000;

/**
 * A live countdown to a deadline ("剩余 12天 5小时" / "12 d 5 h left"), orange in the last three days and red in
 * the last one, "已截止" after it; the tooltip gives the deadline in Beijing time. It reads the browser's clock:
 * the server's clock decides whether a submission is on time.
 */
export function DeadlineCountdown({ deadlineAt, opensAt }: DeadlineCountdownProps) {
  const { t, locale } = useLocale();
  const now = useNow(1000);
  const left = new Date(deadlineAt).getTime() - now.getTime();
  const notOpen = opensAt !== undefined && new Date(opensAt).getTime() > now.getTime();
  const colour = left <= 0 ? 'default' : left < DAY ? 'error' : left < 3 * DAY ? 'warning' : 'processing';
  const text = left <= 0 ? t(TIME_TEXTS.closed) : notOpen ? t(TIME_TEXTS.notOpenYet) : locale === 'en' ? `${t(durationText(left))} ${t(TIME_TEXTS.remaining)}` : `${t(TIME_TEXTS.remaining)} ${t(durationText(left))}`;
  return (
    <Tooltip title={`${formatBeijingDeadline(deadlineAt)} (${t(BEIJING_TIME_LABEL)})`}>
      <Tag icon={<ClockCircleOutlined />} color={colour} data-testid="deadline-countdown" data-closed={left <= 0 ? 'true' : 'false'} style={{ marginInlineEnd: 0 }}>
        {text}
      </Tag>
    </Tooltip>
  );
}
