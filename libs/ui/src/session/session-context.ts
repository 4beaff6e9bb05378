import type { LocalizedText, SessionView, SignIn } from '@shifan/domain';
import { createContext } from 'react';
import type { Audience } from './audience';

/** A message for the sign-in page: why the user is there (signed out, session ended, password set, …). */
export interface SessionNotice {
  type: 'info' | 'success' | 'warning';
  text: LocalizedText;
  /** After signing in again, return to the page the user was on (a lost session, not a deliberate sign-out). */
  returnToPage?: boolean;
}

export type SignInOutcome = { kind: 'signed-in'; session: SessionView } | { kind: 'wrong-portal'; session: SessionView };

export interface SessionContextValue {
  /** Who this app serves. */
  audience: Audience;
  /** The signed-in session, or null. */
  session: SessionView | null;
  /** True until the first `GET /api/auth/me` has answered. */
  loading: boolean;
  notice: SessionNotice | null;
  /** Signs in; an account of the other portal is signed out again at once and reported as `wrong-portal`. */
  signIn: (values: SignIn) => Promise<SignInOutcome>;
  /** Ends the session on the server and leaves a "signed out" notice. */
  signOut: () => Promise<void>;
  /** Asks the server for the current session again. */
  refresh: () => Promise<SessionView | null>;
  /** Takes a session answered by another call (registration). */
  adopt: (session: SessionView) => void;
  setNotice: (notice: SessionNotice | null) => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
