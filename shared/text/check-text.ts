// Runs anywhere. A check's words in one language, rendered at the edge (screen, report, terminal) from the
// key and values the rules recorded under `checks.` in the catalogue. A report@1 file written before the
// rules recorded keys carries English sentences instead: those are shown as they are.
import type { Check, Evidence, Fix, FixLink } from '@shared/report/check-types';
import { resolveParams, type Translate } from './resolve-params';
import type { TextParams } from './text-ref';
import { withWaitMoment, type MomentOptions } from './wait-moment';

const MISSING = '\u0000missing';

export interface CheckWords {
  title(c: { id: string; text?: Check['text']; title?: string }): string;
  detail(c: Check): string;
  fixSummary(f: Fix): string;
  fixSteps(f: Fix): string[];
  linkLabel(l: FixLink): string;
  evidenceNote(e: Evidence): string | undefined;
  /** The one-cause headline's words (shared/checklist/headline.ts decides the key and values). */
  headline(h: HeadlineText): string;
}

/** Words under `checks.` as a key and values, or (a report written before keys) only the English `fallback`. */
export interface HeadlineText {
  text: { key: string; params: TextParams } | null;
  /** The English a report carries beside the key (or instead of it). */
  fallback?: string;
}

/**
 * `moments`: where the words are read (language, now, zone), so a rate limit's reset reads as "tomorrow at
 * 01:58, in about 10½ hours" (shared/text/wait-moment.ts) on the screen, in the report and in the terminal
 * alike; without it the recorded values are shown as they are.
 */
export function checkWords(t: Translate, moments?: MomentOptions): CheckWords {
  const tr = (key: string, recorded: TextParams, fallback?: string) => {
    const params = moments ? withWaitMoment(recorded, t, moments) : recorded;
    return t(`checks.${key}`, {
      ...resolveParams(params, (k, p) => t(k, p), 'checks.'),
      defaultValue: fallback ?? key,
    });
  };
  const exists = (key: string) => t(`checks.${key}`, { defaultValue: MISSING }) !== MISSING;
  return {
    title: (c) => (c.text ? tr(`${c.text.key}.title`, c.text.params, c.title) : (c.title ?? c.id)),
    detail: (c) => {
      // Not judged: say which earlier check comes first, in that check's own words.
      if (c.status === 'not_checked' && c.blockedByText) {
        const cause = tr(`${c.blockedByText.key}.title`, c.blockedByText.params, c.blockedBy);
        return tr('not_checked.detail', { cause });
      }
      return c.text ? tr(`${c.text.key}.detail`, c.text.params, c.detail) : (c.detail ?? '');
    },
    fixSummary: (f) => (f.text ? tr(`${f.text.key}.summary`, f.text.params, f.summary) : (f.summary ?? '')),
    fixSteps: (f) => {
      const text = f.text;
      if (!text) return f.steps ?? [];
      const steps: string[] = [];
      for (let i = 1; exists(`${text.key}.step${i}`); i++) steps.push(tr(`${text.key}.step${i}`, text.params));
      return steps.length > 0 ? steps : (f.steps ?? []);
    },
    linkLabel: (l) => tr(`link.${l.kind}`, {}, l.label ?? l.kind),
    evidenceNote: (e) => (e.text ? tr(e.text.key, e.text.params, e.note) : e.note),
    headline: (h) => (h.text ? tr(h.text.key, h.text.params, h.fallback) : (h.fallback ?? '')),
  };
}
