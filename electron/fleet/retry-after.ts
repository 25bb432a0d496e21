// Main process (plain Node). How long a 429 asks us to wait: `Retry-After` (seconds or an HTTP date) or
// `RateLimit-Reset` (seconds). Null when neither says.
export function retryAfterSeconds(headers: Headers, nowMs: number): number | null {
  for (const name of ['retry-after', 'ratelimit-reset']) {
    const value = headers.get(name)?.trim();
    if (!value) continue;
    if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value));
    if (name === 'retry-after') {
      const at = Date.parse(value);
      if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - nowMs) / 1000));
    }
  }
  return null;
}
