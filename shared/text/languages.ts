// Runs anywhere, but meant for the main process, the report and the terminal: every language's catalogue
// at once, and a translate function for one of them. The renderer never imports this file (it would put
// every language in the first bundle): it loads the active language on demand (renderer/src/i18n).
import { de } from './de';
import { en, type TextCatalogue } from './en';
import { translator, type Translate } from './render';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Language, TextCatalogue> = { en, de };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The words of one language (English by default: the terminal and a report with no language asked). */
export function textIn(language: Language = 'en'): Translate {
  return translator(CATALOGUES[language], language);
}
