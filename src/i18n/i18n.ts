// zh-CN first, English on request; the choice is remembered per browser.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

const STORAGE_KEY = 'gridgov.lang';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function initI18n() {
  const saved = localStorage.getItem(STORAGE_KEY);
  return i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: saved === 'en' ? 'en' : 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
}

export function setLanguage(lang: Language) {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  return i18next.changeLanguage(lang);
}

/** Vocabulary rows carry both names; pick the one for the current language. */
export const vocabName = (row: { name_zh: string; name_en: string }, lang: string) =>
  lang.startsWith('zh') ? row.name_zh : row.name_en;
