import { type SessionView, SessionViewSchema, type SignIn } from '@shifan/domain';
import { apiFetch, apiSend } from '../api/api-fetch';
import { ApiError } from '../api/api-error';

export const AUTH_PATHS = {
  me: '/api/auth/me',
  signIn: '/api/auth/sign-in',
  signOut: '/api/auth/sign-out',
  register: '/api/auth/register',
  changePassword: '/api/auth/password',
  resetRequest: '/api/auth/password-reset/request',
  resetConfirm: '/api/auth/password-reset/confirm',
  acceptInvitation: '/api/auth/invitation/accept',
} as const;

/** The current session, or null when there is none (401). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionView | null> {
  try {
    return await apiFetch(AUTH_PATHS.me, { signal }, SessionViewSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function postSignIn(values: SignIn): Promise<SessionView> {
  return apiSend(AUTH_PATHS.signIn, 'POST', values, SessionViewSchema);
}

export async function postSignOut(): Promise<void> {
  await apiSend<unknown>(AUTH_PATHS.signOut, 'POST');
}
