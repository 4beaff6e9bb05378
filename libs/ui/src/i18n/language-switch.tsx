import { Button } from 'antd';
import { UI_TEXTS } from './ui-texts';
import { useLocale } from './use-locale';

export interface LanguageSwitchProps {
  /** Use on dark backgrounds such as the shell header. */
  ghost?: boolean;
}

/** One button naming the other language: "English" while the page is Chinese, "中文" while it is English. */
export function LanguageSwitch({ ghost = false }: LanguageSwitchProps) {
  const { locale, setLocale, t } = useLocale();
  const target = locale === 'en' ? 'zh-CN' : 'en';

  return (
    <Button
      data-testid="language-switch"
      ghost={ghost}
      autoInsertSpace={false}
      title={t(UI_TEXTS.switchLanguageHint)}
      onClick={() => setLocale(target)}
    >
      <span lang={target}>{target === 'en' ? 'English' : '中文'}</span>
    </Button>
  );
}
