import type { AccountView } from '@shifan/domain';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { toApiError } from '../api/api-error';
import { useLocale } from '../i18n/use-locale';
import { ACCOUNT_TEXTS, toggledText } from './account-texts';

export interface AccountToggleButtonProps {
  account: Pick<AccountView, 'id' | 'displayName' | 'status'>;
  /** Disables (true) or enables (false) the account on the server; a rejection is shown as a message. */
  onToggle: (disabled: boolean) => Promise<void>;
}

/** 停用 / 启用 with a confirmation and a spinner while the server answers. */
export function AccountToggleButton({ account, onToggle }: AccountToggleButtonProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const disabling = account.status !== 'disabled';

  const confirm = async () => {
    setBusy(true);
    try {
      await onToggle(disabling);
      void message.success(t(toggledText(account.displayName, disabling)));
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm
      title={t(disabling ? ACCOUNT_TEXTS.confirmDisable : ACCOUNT_TEXTS.confirmEnable)}
      okText={t(ACCOUNT_TEXTS.confirmOk)}
      cancelText={t(ACCOUNT_TEXTS.confirmCancel)}
      okButtonProps={{ danger: disabling }}
      onConfirm={confirm}
    >
      <Button size="small" danger={disabling} loading={busy} data-testid={`toggle-${account.id}`}>
        {t(disabling ? ACCOUNT_TEXTS.disable : ACCOUNT_TEXTS.enable)}
      </Button>
    </Popconfirm>
  );
}
