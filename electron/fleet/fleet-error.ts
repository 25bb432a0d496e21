// Main process (plain Node). The one error the Fleet API client throws: Tesla's status and error strings,
// the request it answered, and a message safe to show (it never holds a token).
import type { RawResponse } from '@shared/report/report-schema';
import { classifyError, errorTextOfBody } from '@shared/tesla/classify-error';
import { textIn } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

export interface FleetApiErrorInit {
  /** HTTP status; 0 when no answer came (network error, timeout). */
  status: number;
  /** Tesla's `error` string, or the client's own code: network_error, timeout, invalid_response, response_too_large, region_redirect_refused, untrusted_api_base. */
  error: string;
  errorDescription: string;
  /** 429: how long Tesla asked to wait, when that was longer than the client may wait or retries ran out. */
  retryAfterSeconds?: number;
  /** 'GET /api/1/products' (method and path, no host, no token). */
  request: string;
  /** The answer as received, when there was one. */
  raw?: RawResponse;
}

// Anything shaped like a JWT or a long opaque token is cut from text we put into messages.
const TOKENISH = /\beyJ[\w-]+\.[\w-]+\.[\w-]*|\b[A-Za-z0-9_-]{40,}\b/g;
export const scrubSecrets = (text: string): string => text.replace(TOKENISH, '[redacted]');

export class FleetApiError extends Error {
  readonly status: number;
  readonly error: string;
  readonly errorDescription: string;
  readonly retryAfterSeconds?: number;
  readonly request: string;
  readonly raw?: RawResponse;
  /** Tesla's error catalogue's cause id for this answer (text first, status second); see shared/tesla/error-catalogue.ts. */
  readonly causeId?: string;
  /** 'text' when a known text named the cause, 'status' when only the status did (weaker). */
  readonly causeBy?: 'text' | 'status';

  constructor(init: FleetApiErrorInit) {
    // Tesla's own words (error, error_description) follow in brackets, as Tesla sent them.
    const why = [init.error, init.errorDescription].filter(Boolean).join(': ');
    const params = { status: init.status, request: init.request, detail: why ? ` (${why})` : '' };
    super(scrubSecrets(english(init.status === 0 ? 'errors.fleet_no_answer' : 'errors.fleet_answered', params)));
    this.name = 'FleetApiError';
    this.status = init.status;
    this.error = scrubSecrets(init.error);
    this.errorDescription = scrubSecrets(init.errorDescription);
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    this.request = init.request;
    if (init.raw) this.raw = init.raw;
    // The client's own codes (timeout, invalid_response, …) are not Tesla texts: classify Tesla's body only.
    const text = init.raw ? errorTextOfBody(init.raw.body) : '';
    const found = classifyError({ status: init.status, text, request: init.request });
    if (found) {
      this.causeId = found.cause.id;
      this.causeBy = found.by;
    }
  }

  /**
   * 403 "Unauthorized missing scopes": Tesla says the grant lacks the scope this call needs. (Whether it
   * really does is for the token's `scp` to say: account.app_status checks that.)
   */
  get missingScopes(): boolean {
    return this.status === 403 && /missing scopes/i.test(this.error);
  }
}
