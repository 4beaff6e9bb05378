import type { LocalizedText } from '@shifan/domain';
import { Alert } from 'antd';
import { useLocation } from 'react-router';
import { useLocale } from '../i18n/use-locale';
import { SIGN_IN_ROUTE } from '../session/audience';
import type { SignInRedirectState } from '../session/require-session';
import { SESSION_TEXTS } from '../session/session-texts';
import { useSession } from '../session/use-session';

/** Where a guarded page sent the user, if it did. */
export function useRedirectTarget(): string | undefined {
  const state: unknown = useLocation().state;
  if (typeof state !== 'object' || state === null || !('from' in state)) return undefined;
  const from = (state as SignInRedirectState).from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith(SIGN_IN_ROUTE) ? from : undefined;
}

/** Why the user is on the sign-in page: signed out, session ended, password set, or "sign in to continue". */
export function SessionNoticeAlert() {
  const { t } = useLocale();
  const { notice, setNotice } = useSession();
  const redirected = useRedirectTarget() !== undefined;
  const shown: { type: 'info' | 'success' | 'warning'; text: LocalizedText } | null = notice ?? (redirected ? { type: 'info', text: SESSION_TEXTS.signInToContinue } : null);
  if (!shown) return null;
  return (
    <Alert
      type={shown.type}
      showIcon
      title={t(shown.text)}
      closable={notice ? { onClose: () => setNotice(null) } : undefined}
      data-testid="session-notice"
      style={{ marginBottom: 16 }}
    />
  );
}
