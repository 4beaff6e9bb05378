import type { AccountView } from '@shifan/domain';
import { Tag } from 'antd';
import { useLocale } from '../i18n/use-locale';
import { ACCOUNT_STATUS_LABELS } from './account-texts';

const STATUS_COLOURS = { active: 'success', invited: 'processing', disabled: 'default' } as const;

export interface AccountStatusTagProps {
  account: Pick<AccountView, 'status'>;
}

/** 正常 / 待激活 / 已停用. (Accounts are never locked: wrong passwords throttle a (login, address) pair instead.) */
export function AccountStatusTag({ account }: AccountStatusTagProps) {
  const { t } = useLocale();
  return (
    <span data-testid="account-status" data-status={account.status}>
      <Tag color={STATUS_COLOURS[account.status]}>{t(ACCOUNT_STATUS_LABELS[account.status])}</Tag>
    </span>
  );
}
