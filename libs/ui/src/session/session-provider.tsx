import { ERROR_CODES, type SessionView, type SignIn } from '@shifan/domain';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/api-error';
import { onSessionLost } from '../api/session-events';
import { audienceOf, type Audience } from './audience';
import { fetchSession, postSignIn, postSignOut } from './session-api';
import { SessionContext, type SessionContextValue, type SessionNotice, type SignInOutcome } from './session-context';
import { SESSION_TEXTS } from './session-texts';

export interface SessionProviderProps {
  audience: Audience;
  children: ReactNode;
}

interface SessionState {
  session: SessionView | null;
  loading: boolean;
  notice: SessionNotice | null;
}

async function endSession(): Promise<void> {
  try {
    await postSignOut();
  } catch (error) {
    // A session that has already ended is as good as signed out.
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
}

/**
 * Holds the signed-in session of this app: asks `GET /api/auth/me` once, signs in and out, and drops the session
 * (leaving a notice for the sign-in page) when any API call answers 401 SESSION_EXPIRED or UNAUTHENTICATED.
 */
export function SessionProvider({ audience, children }: SessionProviderProps) {
  const [state, setState] = useState<SessionState>({ session: null, loading: true, notice: null });

  const refresh = useCallback(async (signal?: AbortSignal) => {
    const session = await fetchSession(signal);
    if (!signal?.aborted) setState((previous) => ({ ...previous, session, loading: false }));
    return session;
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    refresh(controller.signal).catch(() => {
      if (!controller.signal.aborted) setState((previous) => ({ ...previous, session: null, loading: false }));
    });
    return () => controller.abort();
  }, [refresh]);

  useEffect(
    () =>
      onSessionLost((error) =>
        setState((previous) =>
          previous.session ? { session: null, loading: false, notice: { type: 'warning', text: ERROR_CODES[error.code].message, returnToPage: true } } : previous,
        ),
      ),
    [],
  );

  const signIn = useCallback(
    async (values: SignIn): Promise<SignInOutcome> => {
      setState((previous) => ({ ...previous, notice: null }));
      const session = await postSignIn(values);
      if (audienceOf(session.account.role) !== audience) {
        await endSession().catch(() => undefined);
        return { kind: 'wrong-portal', session };
      }
      setState({ session, loading: false, notice: null });
      return { kind: 'signed-in', session };
    },
    [audience],
  );

  const signOut = useCallback(async () => {
    await endSession();
    setState({ session: null, loading: false, notice: { type: 'success', text: SESSION_TEXTS.signedOut } });
  }, []);

  const adopt = useCallback((session: SessionView) => setState({ session, loading: false, notice: null }), []);
  const setNotice = useCallback((notice: SessionNotice | null) => setState((previous) => ({ ...previous, notice })), []);

  const value = useMemo<SessionContextValue>(
    () => ({ audience, ...state, signIn, signOut, refresh: () => refresh(), adopt, setNotice }),
    [audience, state, signIn, signOut, refresh, adopt, setNotice],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}
