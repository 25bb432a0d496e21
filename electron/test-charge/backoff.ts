// Main process (plain Node). Retries a Fleet API call that failed for a passing reason (5xx, 429, a
// timeout, a dropped connection) with exponential backoff, honouring Retry-After. The waits run on the
// test's clock, so on the simulator they follow its speed.
export interface Sleeper {
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface BackoffOptions {
  attempts: number;
  baseMs: number;
  maxMs: number;
  /** Called before each wait, e.g. for a progress line. */
  onRetry?: (info: { attempt: number; waitMs: number; error: unknown }) => void;
}

export const WRITE_BACKOFF: BackoffOptions = { attempts: 6, baseMs: 2_000, maxMs: 60_000 };

/** What makes an error worth retrying, and how long the server asked to wait. */
export function retryInfo(error: unknown): { retryable: boolean; retryAfterMs?: number } {
  const e = error as {
    status?: unknown;
    retryAfterSeconds?: unknown;
    name?: unknown;
    code?: unknown;
    cause?: unknown;
  } | null;
  if (!e || typeof e !== 'object') return { retryable: false };
  if (typeof e.status === 'number') {
    if (e.status === 429) {
      return {
        retryable: true,
        retryAfterMs: typeof e.retryAfterSeconds === 'number' ? e.retryAfterSeconds * 1000 : undefined,
      };
    }
    // 0 = no answer (timeout, network), 408 device not available, 5xx and Tesla's 540: passing.
    // Other 4xx (scope, auth, invalid) are not.
    return { retryable: e.status === 0 || e.status === 408 || e.status >= 500 };
  }
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.name === 'FetchTimeoutError')
    return { retryable: true };
  if (e.name === 'TypeError' && String((e as Error).message).includes('fetch failed')) return { retryable: true };
  if (
    typeof e.code === 'string' &&
    ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET'].includes(e.code)
  )
    return { retryable: true };
  return { retryable: false };
}

export async function withBackoff<T>(
  fn: () => Promise<T>,
  clock: Sleeper,
  options: BackoffOptions = WRITE_BACKOFF,
  signal?: AbortSignal,
): Promise<T> {
  let attempt = 0;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      attempt += 1;
      const info = retryInfo(error);
      if (!info.retryable || attempt >= options.attempts || signal?.aborted) throw error;
      const backoff = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
      const waitMs = Math.min(options.maxMs, Math.max(backoff, info.retryAfterMs ?? 0));
      options.onRetry?.({ attempt, waitMs, error });
      await clock.sleep(waitMs, signal);
    }
  }
}
