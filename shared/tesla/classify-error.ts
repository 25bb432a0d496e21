// Runs anywhere. Names the cause of one Tesla answer: by its text first, by its status second. Statuses
// drift (an offline car answers 408 or 503; a proxy turns a car's refusal into 500), the text does not.
import { causeById, ERROR_CATALOGUE, STATUS_FALLBACK, type ErrorCause } from './error-catalogue';

/** Longest text looked at: enough for any Tesla body or log excerpt, short enough for any regex. */
export const MAX_ERROR_TEXT = 64 * 1024;

/**
 * The form patterns are written against: lower case, one space between words (wrapped and indented text
 * joins up), straight quotes, JSON escapes and quote markers (`> `, `| `) gone.
 */
export function normalizeErrorText(text: string): string {
  return (
    text
      .slice(0, MAX_ERROR_TEXT)
      .replace(/\\[nrt]/g, ' ')
      // Only from the first backslash of a run: `\\+"` tried again at every backslash of a long run that ends
      // without a quote (quadratic: 64 kB of backslashes took 2 s, and every non-2xx answer comes through here).
      .replace(/(?<!\\)\\+"/g, '"')
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
      .replace(/^[ \t]*(?:[>|#]+|\/\/)[ \t]?/gm, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}

export interface ErrorClassification {
  cause: ErrorCause;
  /** 'text': a known text was found (strong); 'status': only the status named it (weaker). */
  by: 'text' | 'status';
}

export interface ClassifyInput {
  /** HTTP status; 0 = no answer; null/undefined = not known (a pasted message). */
  status?: number | null;
  /** Whatever text came with it: Tesla's error and error_description, a library message, an app message. */
  text?: string | null;
  /** 'POST /api/1/energy_sites/1/operation': some statuses mean something only on one endpoint. */
  request?: string | null;
}

/** The first catalogue entry one of whose patterns is found in the (already normalised) text. */
export function causeByText(normalized: string): ErrorCause | null {
  if (!normalized) return null;
  for (const cause of ERROR_CATALOGUE) {
    if (cause.patterns.some((p) => p.test(normalized))) return cause;
  }
  return null;
}

/** The cause a bare status names (null for a 2xx or a status with no meaning of its own). */
export function causeByStatus(status: number, request?: string | null): ErrorCause | null {
  // 410 has one known meaning: Time-Based Control without a tariff, on the operation endpoint.
  if (status === 410)
    return request && /\/operation\b/.test(request) ? (causeById('energy.tou_without_tariff') ?? null) : null;
  const id = STATUS_FALLBACK[status];
  return id ? (causeById(id) ?? null) : null;
}

export function classifyError(input: ClassifyInput): ErrorClassification | null {
  const byText = causeByText(normalizeErrorText(input.text ?? ''));
  if (byText) return { cause: byText, by: 'text' };
  if (input.status === undefined || input.status === null) return null;
  if (input.status >= 200 && input.status < 300) return null;
  const byStatus = causeByStatus(input.status, input.request);
  if (byStatus) return { cause: byStatus, by: 'status' };
  const unexplained = causeById('http.unexplained');
  return unexplained ? { cause: unexplained, by: 'status' } : null;
}

/** The words of a Tesla body a classifier reads: `error`, `error_description`, a command's `reason`, a message. */
export function errorTextOfBody(body: unknown): string {
  if (body === null || body === undefined) return '';
  if (typeof body === 'string') return body.slice(0, MAX_ERROR_TEXT);
  if (typeof body !== 'object') return '';
  const b = body as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of ['error', 'error_description', 'message', 'reason']) {
    if (typeof b[key] === 'string') parts.push(b[key]);
  }
  const response = b.response;
  if (response && typeof response === 'object') {
    const r = response as Record<string, unknown>;
    for (const key of ['reason', 'message', 'error']) if (typeof r[key] === 'string') parts.push(r[key]);
  }
  return parts.join(' ').slice(0, MAX_ERROR_TEXT);
}
