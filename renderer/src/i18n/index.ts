// Renderer: every user-facing string goes through i18next. English and German ship; `xx` is a
// pseudo-locale for finding text that bypasses i18next (open the app with ?lang=xx).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';
import { pseudoLocalize } from './pseudo';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number] | 'xx';
const STORAGE_KEY = 'tcd.language';

function isLanguage(value: string | null | undefined): value is Language {
  return value === 'en' || value === 'de' || value === 'xx';
}

/** ?lang= (tests, support), then the person's choice, then the OS language. */
export function detectLanguage(): Language {
  const fromUrl = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  let stored: string | null = null;
  try {
    stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (isLanguage(stored) && stored !== 'xx') return stored;
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The page's lang attribute follows the language (screen readers pick their voice from it). */
function syncDocumentLang(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng === 'xx' ? 'en-XA' : lng;
}

export function initI18n(lng: Language = detectLanguage()) {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', syncDocumentLang);
    void i18next.use(initReactI18next).init({
      lng,
      fallbackLng: 'en',
      supportedLngs: ['en', 'de', 'xx'],
      resources: { en: { translation: en }, de: { translation: de }, xx: { translation: pseudoLocalize(en) } },
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    syncDocumentLang(i18next.language);
  }
  return i18next;
}

/** Switches the language now and remembers the choice on this machine. */
export async function setLanguage(lng: Language): Promise<void> {
  await i18next.changeLanguage(lng);
  try {
    if (lng !== 'xx') localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this session.
  }
}
