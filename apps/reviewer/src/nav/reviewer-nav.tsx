import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  EditOutlined,
  ExceptionOutlined,
  FileSearchOutlined,
  HomeOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { can, type LocalizedText, type Permission, type Role } from '@shifan/domain';
import { useLocale, useSession } from '@shifan/ui';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { APP_TEXTS } from '../app-texts';

interface NavEntry {
  to: string;
  label: LocalizedText;
  icon: ReactNode;
  /** Shown only to roles with this permission. */
  permission?: Permission;
}

const NAV: readonly NavEntry[] = [
  { to: '/', label: APP_TEXTS.home, icon: <HomeOutlined /> },
  { to: '/district', label: APP_TEXTS.district, icon: <FileSearchOutlined />, permission: 'review.district' },
  { to: '/calls', label: APP_TEXTS.calls, icon: <ProfileOutlined />, permission: 'calls.manage' },
  { to: '/verifications', label: APP_TEXTS.verifications, icon: <SafetyCertificateOutlined />, permission: 'verification.review' },
  { to: '/formal-check', label: APP_TEXTS.formalCheck, icon: <CheckSquareOutlined />, permission: 'review.city' },
  { to: '/experts', label: APP_TEXTS.experts, icon: <SolutionOutlined />, permission: 'experts.manage' },
  { to: '/panels', label: APP_TEXTS.panels, icon: <ClusterOutlined />, permission: 'review.city' },
  { to: '/ranking', label: APP_TEXTS.ranking, icon: <OrderedListOutlined />, permission: 'review.city' },
  { to: '/assignments', label: APP_TEXTS.assignments, icon: <EditOutlined />, permission: 'review.score' },
  { to: '/publication', label: APP_TEXTS.publication, icon: <NotificationOutlined />, permission: 'publication.manage' },
  { to: '/dashboard', label: APP_TEXTS.dashboard, icon: <BarChartOutlined />, permission: 'dashboard.read' },
  { to: '/calendar', label: APP_TEXTS.calendar, icon: <CalendarOutlined />, permission: 'calendar.manage' },
  { to: '/disputes', label: APP_TEXTS.disputes, icon: <ExceptionOutlined />, permission: 'staff.manage' },
  { to: '/users', label: APP_TEXTS.users, icon: <TeamOutlined />, permission: 'staff.manage' },
  { to: '/audit', label: APP_TEXTS.audit, icon: <AuditOutlined />, permission: 'audit.read' },
  { to: '/account', label: APP_TEXTS.myAccount, icon: <UserOutlined /> },
];

/** The pages a role may open, from @shifan/domain's permission table. */
function navFor(role: Role): readonly NavEntry[] {
  return NAV.filter((entry) => !entry.permission || can(role, entry.permission));
}

/** Where a staff member lands after signing in: the first page of their own work. */
export function staffLanding(role: Role): string {
  if (can(role, 'staff.manage')) return '/users';
  if (can(role, 'calls.manage')) return '/calls';
  if (can(role, 'review.district')) return '/district';
  if (can(role, 'review.score')) return '/assignments';
  return '/';
}

/** The side menu of a signed-in staff member: the pages their role may open. */
export function ReviewerNav() {
  const { t } = useLocale();
  const { session } = useSession();
  const { pathname } = useLocation();
  if (!session) return null;

  const items: MenuProps['items'] = navFor(session.account.role).map((entry) => ({ key: entry.to, icon: entry.icon, label: <Link to={entry.to}>{t(entry.label)}</Link> }));
  const selected = NAV.filter((entry) => entry.to === pathname || (entry.to !== '/' && pathname.startsWith(`${entry.to}/`))).map((entry) => entry.to);

  return (
    <nav aria-label={t(APP_TEXTS.subtitle)}>
      <Menu mode="inline" selectedKeys={selected} items={items} style={{ borderInlineEnd: 'none', paddingTop: 8 }} data-testid="side-nav" />
    </nav>
  );
}
