// Renderer: every user-facing string goes through i18next, over the one text catalogue in shared/text/.
// Only the active language is fetched: each catalogue is its own chunk (i18n/catalogues.ts), loaded with
// import() when i18next asks for it (at start — the entry has usually started that fetch already — and on
// a language switch). `xx` is a pseudo-locale for finding text that bypasses
// i18next (open the app with ?lang=xx).
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setErrorTextRenderer } from '@shared/contract/page-client';
import { resolveParams, type Translate } from '@shared/text/resolve-params';
import { detectLanguage, isLanguage, LANGUAGE_STORAGE_KEY, loadCatalogue, type Language } from './catalogues';

export { detectLanguage, LANGUAGES, type Language } from './catalogues';

/** i18next's backend: reads a language's catalogue on demand. */
const lazyCatalogues: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (!isLanguage(language)) return callback(null, {});
    loadCatalogue(language).then(
      (catalogue) => callback(null, catalogue),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** The page's lang attribute follows the language (screen readers pick their voice from it). */
function syncDocumentLang(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng === 'xx' ? 'en-XA' : lng;
}

let ready: Promise<typeof i18next> | null = null;

/**
 * Starts i18next with the given language's catalogue (fetched first) and resolves once it can render.
 * Every catalogue is complete (a unit test holds them to it), so no fallback language is fetched.
 */
export function initI18n(lng: Language = detectLanguage()): Promise<typeof i18next> {
  ready ??= (async () => {
    i18next.on('languageChanged', syncDocumentLang);
    await i18next
      .use(lazyCatalogues)
      .use(initReactI18next)
      .init({
        lng,
        fallbackLng: false,
        supportedLngs: ['en', 'de', 'xx'],
        load: 'currentOnly',
        interpolation: { escapeValue: false },
        react: { useSuspense: false },
      });
    syncDocumentLang(i18next.language);
    // The main side's errors carry a key: word them in the page's language, English as it sent it if not found.
    setErrorTextRenderer((text, fallback) => {
      const t = i18next.t.bind(i18next) as unknown as Translate;
      return t(text.key, { ...resolveParams(text.params, t), defaultValue: fallback });
    });
    return i18next;
  })();
  return ready;
}

/** The language a report is written in: the UI's (the pseudo-locale's reports are English). */
export function reportLanguage(lng: string): 'en' | 'de' {
  return lng === 'de' ? 'de' : 'en';
}

/** Switches the language (fetching its catalogue first) and remembers the choice on this machine. */
export async function setLanguage(lng: Language): Promise<void> {
  await i18next.changeLanguage(lng);
  try {
    if (lng !== 'xx') localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this session.
  }
}
