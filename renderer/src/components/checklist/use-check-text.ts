// Renderer: a check's and a fix's words in the user's language, from the key and values the rules
// recorded (shared/text/check-text.ts, fed with i18next's t); an old report's English text is the fallback.
// Moments read in the installer's local time with the zone ("today 15:38 CET"), not as UTC ISO strings.
import { useTranslation } from 'react-i18next';
import { checkWords, type CheckWords } from '@shared/text/check-text';
import type { Translate } from '@shared/text/resolve-params';
import { localTime } from '@renderer/i18n/local-time';

// `until` (a rate limit's reset) is put in words by checkWords itself (shared/text/wait-moment.ts), as in the
// report and the terminal.
const TIME_PARAMS = ['expires', 'timestamp'] as const;

export function useCheckText(): CheckWords {
  const { t, i18n } = useTranslation();
  const translate: Translate = (key, params) => {
    if (!params || !TIME_PARAMS.some((n) => n in params)) return (t as unknown as Translate)(key, params);
    const local = { ...params };
    for (const name of TIME_PARAMS)
      if (typeof local[name] === 'string') local[name] = localTime(local[name], i18n.language);
    return (t as unknown as Translate)(key, local);
  };
  return checkWords(translate, { language: i18n.language, now: Date.now() });
}
