import { can, type Permission, type Role } from '@shifan/domain';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { audienceOf, SIGN_IN_ROUTE } from './audience';
import { ForbiddenNotice } from './forbidden-notice';
import { SessionSpinner } from './session-spinner';
import { useSession } from './use-session';
import { WrongPortalNotice } from './wrong-portal-notice';

export interface RequireSessionProps {
  /** Only these roles may see the page. */
  roles?: readonly Role[];
  /** Only roles with this permission (from @shifan/domain's PERMISSIONS) may see the page. */
  permission?: Permission;
  children: ReactNode;
}

/** Where the sign-in page sends the user back to after signing in. */
export interface SignInRedirectState {
  from: string;
}

/**
 * Route guard: a spinner while the session is being checked, the sign-in page (remembering where the user was going)
 * when there is none, a pointer to the other portal for an account of the other kind, and a 403 for a role without
 * the permission.
 */
export function RequireSession({ roles, permission, children }: RequireSessionProps) {
  const { session, loading, audience, notice } = useSession();
  const location = useLocation();

  if (loading) return <SessionSpinner />;
  if (!session) {
    // After a deliberate sign-out the next person to sign in starts afresh; otherwise come back here.
    const state: SignInRedirectState | null = notice && !notice.returnToPage ? null : { from: `${location.pathname}${location.search}` };
    return <Navigate to={SIGN_IN_ROUTE} replace state={state} />;
  }
  const { role } = session.account;
  if (audienceOf(role) !== audience) return <WrongPortalNotice role={role} />;
  if ((roles && !roles.includes(role)) || (permission && !can(role, permission))) return <ForbiddenNotice />;
  return children;
}
