// Renderer (the page). Which language the page speaks, and its catalogue's fetch, without i18next: the
// entry (main.tsx) starts that fetch before the app's code has arrived, and i18next (i18n/index.ts) later
// takes the same promise. Each catalogue is its own chunk; only the active language's is fetched at start.
import type { ResourceKey } from 'i18next';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number] | 'xx';
export const LANGUAGE_STORAGE_KEY = 'tcd.language';

/** One loader per language; Vite turns each import() into a chunk of its own. */
const LOADERS: Record<Language, () => Promise<ResourceKey>> = {
  en: async () => (await import('@shared/text/en')).en,
  de: async () => (await import('@shared/text/de')).de,
  xx: async () => (await import('@shared/text/pseudo')).xx(),
};

const loading = new Map<Language, Promise<ResourceKey>>();

/** A language's catalogue, fetched once (a failed fetch is tried again at the next call). */
export function loadCatalogue(language: Language): Promise<ResourceKey> {
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().catch((error: unknown) => {
      loading.delete(language);
      throw error;
    });
    loading.set(language, pending);
  }
  return pending;
}

export function isLanguage(value: string | null | undefined): value is Language {
  return value === 'en' || value === 'de' || value === 'xx';
}

/** ?lang= (tests, support), then the person's choice, then the OS language. */
export function detectLanguage(): Language {
  const fromUrl = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  let stored: string | null = null;
  try {
    stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (isLanguage(stored) && stored !== 'xx') return stored;
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/**
 * The language the main side words a page in for this person (the sign-in's last page in the browser): the
 * page's own, read from its lang attribute (i18n/index.ts keeps it in step with i18next, which the entry's
 * first code must not load); the pseudo-locale's (en-XA) is English.
 */
export function pageLanguage(): 'en' | 'de' {
  return typeof document !== 'undefined' && document.documentElement.lang === 'de' ? 'de' : 'en';
}
