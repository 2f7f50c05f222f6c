import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/model/constants';
import { en } from './en';
import { vi } from './vi';

export const UI_LANGUAGES: readonly Language[] = ['en', 'vi'];
const STORAGE_KEY = 'waymark.language';

/** The language chosen in settings, else the operating system's (Electron passes its locale). */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'vi') return saved;
  } catch {
    // Storage unavailable: follow the OS.
  }
  const preferred = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return preferred.some((l) => l?.toLowerCase().startsWith('vi')) ? 'vi' : 'en';
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the switch still applies now.
  }
}

/**
 * The i18next instance for the interface. A missing key is reported on the console with a
 * fixed prefix so the end-to-end tests fail on it instead of showing a key to a person.
 */
export function createI18n(language: Language = initialLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, vi: { translation: vi } },
    lng: language,
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    // React escapes text itself; card text never goes through t().
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => console.error(`[i18n] missing key: ${key}`),
    initAsync: false,
  });
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return instance;
}
