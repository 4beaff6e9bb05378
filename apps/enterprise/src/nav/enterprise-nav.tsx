import { AppstoreOutlined, FileTextOutlined, IdcardOutlined, NotificationOutlined, TrophyOutlined } from '@ant-design/icons';
import { can, type LocalizedText, type Permission } from '@shifan/domain';
import { audienceOf, useLocale, useSession } from '@shifan/ui';
import { Flex } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { NavLink } from 'react-router';
import { APP_TEXTS } from '../app-texts';

interface NavEntry {
  to: string;
  label: LocalizedText;
  icon: ReactNode;
  /** Shown only to signed-in roles with this permission; entries without one are public. */
  permission?: Permission;
}

export const ENTERPRISE_NAV: readonly NavEntry[] = [
  { to: '/calls', label: APP_TEXTS.calls, icon: <AppstoreOutlined /> },
  { to: '/applications', label: APP_TEXTS.applications, icon: <FileTextOutlined />, permission: 'applications.apply' },
  { to: '/profile', label: APP_TEXTS.profile, icon: <IdcardOutlined />, permission: 'enterprise.profile' },
  { to: '/notices', label: APP_TEXTS.notices, icon: <NotificationOutlined /> },
  { to: '/approved', label: APP_TEXTS.approved, icon: <TrophyOutlined /> },
];

const LINK_STYLE: CSSProperties = { color: 'rgba(255, 255, 255, 0.85)', padding: '6px 10px', borderRadius: 6, whiteSpace: 'nowrap', fontSize: 15 };
const ACTIVE_STYLE: CSSProperties = { ...LINK_STYLE, color: '#fff', background: 'rgba(255, 255, 255, 0.16)', fontWeight: 600 };

/** The header navigation of the enterprise portal: 申报批次, 公示公告 and 认定名单 for everyone; 我的申报 and 企业信息 for enterprise accounts. */
export function EnterpriseNav() {
  const { t } = useLocale();
  const { session } = useSession();
  const enterprise = session !== null && audienceOf(session.account.role) === 'enterprise';
  const entries = ENTERPRISE_NAV.filter((entry) => !entry.permission || (enterprise && can(session.account.role, entry.permission)));
  return (
    <nav aria-label={t(APP_TEXTS.subtitle)}>
      <Flex gap={4} wrap data-testid="main-nav">
        {entries.map((entry) => (
          <NavLink key={entry.to} to={entry.to} style={({ isActive }) => (isActive ? ACTIVE_STYLE : LINK_STYLE)} data-testid={`nav-${entry.to.slice(1)}`}>
            {entry.icon} {t(entry.label)}
          </NavLink>
        ))}
      </Flex>
    </nav>
  );
}
