import { Flex, Spin } from 'antd';
import { useLocale } from '../i18n/use-locale';
import { SESSION_TEXTS } from './session-texts';

/** A centred spinner while the first `GET /api/auth/me` is on its way. */
export function SessionSpinner() {
  const { t } = useLocale();
  return (
    <Flex justify="center" style={{ padding: 64 }}>
      <Spin size="large" description={t(SESSION_TEXTS.checkingSession)} />
    </Flex>
  );
}
