import type { LocalizedText } from '@shifan/domain';
import { Result } from 'antd';
import { useLocale } from '../i18n/use-locale';
import { RouterButton } from './router-button';

const TEXTS = {
  title: { zh: '页面不存在', en: 'Page not found' },
  subTitle: { zh: '您访问的地址不存在，可能已被移动或输入有误。', en: 'There is no page at this address; it may have moved, or the address has a typo.' },
  home: { zh: '返回首页', en: 'Back to the home page' },
} as const satisfies Record<string, LocalizedText>;

/** The catch-all route of either app. */
export function NotFoundPage() {
  const { t } = useLocale();
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t(TEXTS.title)}</h1>}
      subTitle={t(TEXTS.subTitle)}
      extra={
        <RouterButton type="primary" to="/">
          {t(TEXTS.home)}
        </RouterButton>
      }
    />
  );
}
