import type { AccountView } from '@shifan/domain';
import { Tag, Tooltip } from 'antd';
import { formatDateTime } from '../format/format-date-time';
import { useLocale } from '../i18n/use-locale';
import { ACCOUNT_STATUS_LABELS, ACCOUNT_TEXTS } from './account-texts';

const STATUS_COLOURS = { active: 'success', invited: 'processing', disabled: 'default' } as const;

export interface AccountStatusTagProps {
  account: Pick<AccountView, 'status' | 'lockedUntil'>;
}

/** 正常 / 待激活 / 已停用, plus 已锁定 (with the time it ends) while sign-in is locked. */
export function AccountStatusTag({ account }: AccountStatusTagProps) {
  const { t } = useLocale();
  const locked = account.lockedUntil !== null && new Date(account.lockedUntil).getTime() > Date.now();
  return (
    <span data-testid="account-status" data-status={account.status}>
      <Tag color={STATUS_COLOURS[account.status]}>{t(ACCOUNT_STATUS_LABELS[account.status])}</Tag>
      {locked && (
        <Tooltip title={`${t(ACCOUNT_TEXTS.lockedUntil)} ${formatDateTime(account.lockedUntil)}`}>
          <Tag color="error">{t(ACCOUNT_TEXTS.locked)}</Tag>
        </Tooltip>
      )}
    </span>
  );
}
