import { RouterButton, useLocale, useSession } from '@shifan/ui';
import { Flex } from 'antd';
import { APP_TEXTS } from '../app-texts';

/** 登录 / 注册 for visitors, 我的账户 once signed in. */
export function HomeActions() {
  const { t } = useLocale();
  const { session, loading } = useSession();
  if (loading) return null;
  if (session) {
    return (
      <RouterButton type="primary" to="/account" data-testid="home-my-account">
        {t(APP_TEXTS.myAccount)}
      </RouterButton>
    );
  }
  return (
    <Flex gap={8}>
      <RouterButton type="primary" to="/sign-in" data-testid="home-sign-in">
        {t(APP_TEXTS.signIn)}
      </RouterButton>
      <RouterButton to="/register" data-testid="home-register">
        {t(APP_TEXTS.register)}
      </RouterButton>
    </Flex>
  );
}
