import { RouterButton, useLocale, useOptionalQuery } from '@shifan/ui';
import { Alert } from 'antd';
import { VERIFICATION_PATH, verificationSchema } from './verification-api';
import { VERIFICATION_TEXTS } from './verification-texts';

/** On an application: why submitting is refused until the enterprise is verified, and the way there. */
export function VerificationBanner() {
  const { t } = useLocale();
  const query = useOptionalQuery(VERIFICATION_PATH, verificationSchema);
  if (!query.data || query.data.status === 'verified') return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t(VERIFICATION_TEXTS.bannerTitle)}
      description={t(VERIFICATION_TEXTS.bannerText)}
      action={<RouterButton to="/account#verification">{t(VERIFICATION_TEXTS.bannerLink)}</RouterButton>}
      data-testid="verification-banner"
      data-status={query.data.status}
      style={{ marginBottom: 12 }}
    />
  );
}
