// i18next set-up: Bahasa Indonesia first (the default), English second. The choice is kept in
// localStorage and mirrored on <html lang> and in the API's Accept-Language header.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { id, type Messages } from './id.js';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];
const STORAGE_KEY = 'netra.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

function storedLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'id';
}

export async function setLang(lang: Lang): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}
