// Runs anywhere. Builds a Check from catalog keys, so the English text and the translation key never differ.
import type { Check, CheckId, CheckStatus, Evidence, Fix, FixLink, Subject } from '../check-types';
import { renderText } from '../check-text';

type Params = Record<string, string | number>;

export function ev(source: string, field: string, value: unknown, note?: string): Evidence {
  return { source, field, value: value === undefined ? 'absent' : value, ...(note ? { note } : {}) };
}

export function fix(key: string, params: Params, steps: number, links: FixLink[] = [], actor?: Fix['actor']): Fix {
  const base = `fix.${key}`;
  return {
    summary: renderText(`${base}.summary`, params),
    steps: Array.from({ length: steps }, (_, i) => renderText(`${base}.step${i + 1}`, params)),
    links,
    ...(actor ? { actor } : {}),
    text: { key: base, params },
  };
}

export function check(
  id: CheckId,
  subject: Subject,
  status: CheckStatus,
  key: string,
  params: Params,
  evidence: Evidence[],
  fixes?: Fix,
): Check {
  return {
    id,
    subject,
    status,
    title: renderText(`${key}.title`, params),
    detail: renderText(`${key}.detail`, params),
    evidence,
    ...(fixes && status !== 'pass' && status !== 'not_applicable' ? { fix: fixes } : {}),
    text: { key, params },
  };
}

/** "3 min", "2 h 5 min", "4 days". */
export function age(ms: number): string {
  const min = Math.max(0, Math.round(ms / 60_000));
  if (min < 60) return `${min} min`;
  if (min < 48 * 60) return `${Math.floor(min / 60)} h ${min % 60} min`;
  return `${Math.round(min / 1440)} days`;
}
