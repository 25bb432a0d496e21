// Renderer: every user-facing string goes through i18next.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';

export function initI18n(lng = navigator.language.startsWith('de') ? 'de' : 'en') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng,
      fallbackLng: 'en',
      resources: { en: { translation: en }, de: { translation: de } },
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }
  return i18next;
}
