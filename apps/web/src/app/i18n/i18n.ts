import { LANGUAGES, type Language } from '@spillover/domain';
import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from './catalogs';
import { addJosaFormat } from './josa-format';

export const LANGUAGE_STORAGE_KEY = 'spillover.language';

export const isLanguage = (value: string | null | undefined): value is Language =>
  (LANGUAGES as readonly string[]).includes(value ?? '');

/** The app's language as the domain names it ('en' | 'ko'), whatever i18next resolved. */
export const currentLanguage = (i18n: I18n): Language => {
  const base = (i18n.resolvedLanguage ?? i18n.language ?? 'en').slice(0, 2);
  return isLanguage(base) ? base : 'en';
};

/**
 * Creates an initialised i18next instance. The language comes from localStorage (the
 * user's last choice), then the browser; the choice is written back to localStorage.
 */
export function createI18n(options: { lng?: Language } = {}): I18n {
  const instance = i18next.createInstance();
  instance.use(LanguageDetector).use(initReactI18next);
  void instance.init({
    resources,
    ns: namespaces,
    defaultNS: 'common',
    fallbackNS: 'common',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
    ...(options.lng ? { lng: options.lng } : {}),
    detection: {
      order: ['localStorage', 'navigator', 'htmlTag'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });
  addJosaFormat(instance);
  const syncHtmlLang = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng.slice(0, 2);
  };
  syncHtmlLang(currentLanguage(instance));
  instance.on('languageChanged', syncHtmlLang);
  return instance;
}
