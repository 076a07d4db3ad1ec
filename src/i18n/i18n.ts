// zh-CN first, English on request; the choice is remembered per browser. Resources are bundled (a few KB), so
// initialisation is synchronous and the first paint is already in the right language.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

const STORAGE_KEY = 'gridgov.lang';

export type Language = 'zh-CN' | 'en';

function savedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function initI18n() {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    document.title = i18next.t('app.title');
  });
  return i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: savedLanguage(),
    fallbackLng: 'zh-CN',
    initAsync: false,
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
  });
}

export function setLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the switch still works for this page.
  }
  return i18next.changeLanguage(lang);
}
