// Runs anywhere. A cause's words in one language: its title, what it means, until when to wait and its fix,
// from the text catalogue's `cause.<id>` through the caller's translate function (the page's i18next, or a
// main-side instance from shared/text/languages.ts). The catalogue entry itself holds only Tesla's words.
import type { Translate } from '@shared/text/resolve-params';
import type { CauseFix } from './error-cause';

export interface CauseWords {
  title: string;
  meaning: string;
  /** For a cause that passes by itself: until when, in words. */
  until?: string;
  fix: CauseFix;
}

const MISSING = '\u0000missing';

/** Fix steps are counted as the checks' are: `step1`, `step2`, … until one is missing. */
export function causeWords(id: string, t: Translate): CauseWords {
  const has = (key: string) => t(key, { defaultValue: MISSING }) !== MISSING;
  const steps: string[] = [];
  for (let n = 1; has(`cause.${id}.fix.step${n}`); n++) steps.push(t(`cause.${id}.fix.step${n}`));
  const until = has(`cause.${id}.until`) ? t(`cause.${id}.until`) : undefined;
  return {
    title: t(`cause.${id}.title`),
    meaning: t(`cause.${id}.meaning`),
    ...(until !== undefined ? { until } : {}),
    fix: { summary: t(`cause.${id}.fix.summary`), steps },
  };
}
