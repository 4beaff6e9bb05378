import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { type LocalizedText, ROLE_LABELS } from '@shifan/domain';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { toApiError } from '../api/api-error';
import { useLocale } from '../i18n/use-locale';
import { RouterButton } from '../layout/router-button';
import { SIGN_IN_ROUTE } from './audience';
import { SESSION_TEXTS } from './session-texts';
import { useSession } from './use-session';

export interface UserMenuLink {
  /** The app route, also the menu key. */
  to: string;
  label: LocalizedText;
}

export interface UserMenuProps {
  /** Pages of the signed-in account, e.g. 我的账户. */
  links?: readonly UserMenuLink[];
}

const SIGN_OUT_KEY = 'sign-out';

/**
 * For the shell header: the signed-in person's name and role with a menu of their pages and 退出登录; a 登录 button
 * when nobody is signed in.
 */
/** On a phone a long enterprise name is cut with an ellipsis instead of widening the page. */
const USER_MENU_STYLE: CSSProperties = { maxWidth: 'calc(100vw - 48px)' };
const USER_NAME_STYLE: CSSProperties = { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };

export function UserMenu({ links = [] }: UserMenuProps) {
  const { t } = useLocale();
  const { session, loading, signOut } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { message } = App.useApp();
  const [signingOut, setSigningOut] = useState(false);

  if (loading) return null;
  if (!session) {
    if (pathname === SIGN_IN_ROUTE) return null;
    return (
      <RouterButton ghost to={SIGN_IN_ROUTE} data-testid="header-sign-in">
        {t(SESSION_TEXTS.signIn)}
      </RouterButton>
    );
  }

  const items: MenuProps['items'] = [
    ...links.map((link) => ({ key: link.to, label: t(link.label) })),
    ...(links.length > 0 ? [{ type: 'divider' as const }] : []),
    { key: SIGN_OUT_KEY, icon: <LogoutOutlined />, label: <span data-testid="sign-out">{t(SESSION_TEXTS.signOut)}</span> },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key !== SIGN_OUT_KEY) return void navigate(key);
    setSigningOut(true);
    signOut()
      .then(
        () => navigate(SIGN_IN_ROUTE),
        (error: unknown) => void message.error(toApiError(error).message),
      )
      .finally(() => setSigningOut(false));
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button ghost loading={signingOut} title={t(SESSION_TEXTS.userMenuHint)} data-testid="user-menu" icon={<UserOutlined />} style={USER_MENU_STYLE}>
        <span data-testid="user-name" style={USER_NAME_STYLE}>
          {session.account.displayName}
        </span>
        <span style={{ opacity: 0.75 }} data-testid="user-role">
          {t(ROLE_LABELS[session.account.role])}
        </span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
