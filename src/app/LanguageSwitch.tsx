// 中文 / English: one button that flips the language; the current one is shown in bold.
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n';
import { isChinese } from '../lib/vocab';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const zh = isChinese(i18n.language);
  return (
    <button
      type="button"
      className="language-switch"
      data-testid="language-switch"
      aria-label={t('app.switchLanguage')}
      onClick={() => void setLanguage(zh ? 'en' : 'zh-CN')}
    >
      <span className={zh ? 'on' : undefined}>中文</span>
      <span aria-hidden>/</span>
      <span className={zh ? undefined : 'on'}>English</span>
    </button>
  );
}
