// Runs anywhere, but meant for the main process, the report and the terminal: one i18next instance per
// language over the same catalogues the screen loads, so every edge words a key with one engine. The
// renderer never imports this file (it would put every language in the first bundle): it loads the active
// language on demand (renderer/src/i18n).
import i18next, { type i18n } from 'i18next';
import { de } from './de';
import { en, type TextCatalogue } from './en';
import { resolveParams, type Translate } from './resolve-params';

export type { Translate } from './resolve-params';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Language, TextCatalogue> = { en, de };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const instances = new Map<Language, i18n>();

/**
 * The language's own i18next instance, made on first use. The options are the screen's (no escaping: no
 * output here is HTML until the report escapes it; no fallback language: every catalogue is complete), and
 * the catalogue is handed over in memory, so `init` finishes before it returns.
 */
function instance(language: Language): i18n {
  let made = instances.get(language);
  if (!made) {
    made = i18next.createInstance();
    void made.init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [language],
      resources: { [language]: { translation: CATALOGUES[language] } },
      initAsync: false,
      interpolation: { escapeValue: false },
      // A `:` in a text used as a default value is not a namespace.
      nsSeparator: false,
      // A key that names a group of texts gives the key back, as a missing one does (not i18next's sentence).
      returnedObjectHandler: (key: string) => key,
    });
    instances.set(language, made);
  }
  return made;
}

/**
 * The words of one language (English by default: the terminal and a report with no language asked). A
 * parameter named `…Key` is a message of its own, worded in the same language first; a missing key gives
 * `defaultValue` when one is passed, else the key itself, so a report from a newer app still shows something.
 */
export function textIn(language: Language = 'en'): Translate {
  const t = instance(language).t as unknown as Translate;
  return (key, params = {}) => {
    const { defaultValue, ...values } = params;
    const filled = resolveParams(values, t);
    return defaultValue === undefined ? t(key, filled) : t(key, { ...filled, defaultValue });
  };
}
