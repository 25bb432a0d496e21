// Runs anywhere. The cause of each failed Fleet API answer the rules read: the one the client recorded
// (`raw.cause`), or, for a report written before causes existed, classified again from the body.
import type { RawResponse } from '@shared/report/report-schema';
import { classifyError, errorTextOfBody } from '@shared/tesla/classify-error';
import type { ChecklistInput, Why } from '../checklist-input';
import type { TextParams } from '@shared/text/text-ref';

export function causeOf(raw: RawResponse): string | null {
  if (raw.status >= 200 && raw.status < 300) return null;
  if (raw.cause) return raw.cause;
  return classifyError({ status: raw.status, text: errorTextOfBody(raw.body), request: raw.request })?.cause.id ?? null;
}

/** The latest answer whose cause is one of `ids`, or null. */
export function answerWithCause(input: ChecklistInput, ids: readonly string[]): RawResponse | null {
  for (let i = input.responses.length - 1; i >= 0; i--) {
    const raw = input.responses[i]!;
    const c = causeOf(raw);
    if (c && ids.includes(c)) return raw;
  }
  return null;
}

/** Tesla's `error` text of an answer, cut to a length a check can show. */
export function errorText(raw: RawResponse): string {
  const text = errorTextOfBody(raw.body).trim();
  return (text || `HTTP ${raw.status}`).slice(0, 300);
}

/** Whether any Fleet API answer succeeded (proof the platform and the token are accepted). */
export const anyAnswered = (input: ChecklistInput) => input.responses.some((r) => r.status >= 200 && r.status < 300);

/** A failed read as `{{reason}}` values: `checks.input.request_failed` ("{{request}}: {{failure}}"). */
export function failedRead(request: string, why: Why): TextParams {
  const failure: TextParams =
    'reason' in why
      ? { failure: why.reason }
      : why.checkbox
        ? { failureKey: why.reasonKey, checkbox: why.checkbox }
        : { failureKey: why.reasonKey };
  return { reasonKey: 'input.request_failed', request, ...failure };
}
