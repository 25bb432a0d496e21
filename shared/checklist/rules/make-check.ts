// Runs anywhere. Builds a Check from message keys and values, never from sentences: the screen, the report
// and the terminal render the words in their language (shared/text/check-text.ts). Every key named here
// lives under `checks.` in shared/text/en.ts (and every other language).
import type { Check, CheckId, CheckStatus, Evidence, Fix, FixLink, Subject } from '@shared/report/check-types';
import type { TextParams, TextRef } from '@shared/text/text-ref';

/** A note on a piece of evidence: `checks.note.<key>` with its values. */
export const note = (key: string, params: TextParams = {}): TextRef => ({ key: `note.${key}`, params });

export function ev(source: string, field: string, value: unknown, text?: TextRef): Evidence {
  return { source, field, value: value === undefined ? 'absent' : value, ...(text ? { text } : {}) };
}

/** A fix: `checks.fix.<key>.summary` and its `step1`, `step2`, … (as many as the catalogue has). */
export function fix(key: string, params: TextParams, links: FixLink[] = [], actor?: Fix['actor']): Fix {
  return { text: { key: `fix.${key}`, params }, links, ...(actor ? { actor } : {}) };
}

/** A check: `checks.<key>.title` and `checks.<key>.detail` filled with `params`. */
export function check(
  id: CheckId,
  subject: Subject,
  status: CheckStatus,
  key: string,
  params: TextParams,
  evidence: Evidence[],
  fixes?: Fix,
): Check {
  return {
    id,
    subject,
    status,
    text: { key, params },
    evidence,
    ...(fixes && status !== 'pass' && status !== 'not_applicable' ? { fix: fixes } : {}),
  };
}

/**
 * How old something is, as values for `checks.age.*` ("3 min", "2 h 5 min", "4 days"): pass the result
 * into a check's params and name `ageKey` there.
 */
export function age(ms: number): TextParams {
  const min = Math.max(0, Math.round(ms / 60_000));
  if (min < 60) return { ageKey: 'age.minutes', minutes: min };
  if (min < 48 * 60) return { ageKey: 'age.hours', hours: Math.floor(min / 60), minutes: min % 60 };
  return { ageKey: 'age.days', days: Math.round(min / 1440) };
}
