// Main process (plain Node). Reads an auth request body: form-encoded as Tesla documents, JSON as some
// clients send it. Only string values survive; anything else counts as absent.
import type { SimRequest } from '../sim-types';

export function readParams(req: SimRequest): Record<string, string> {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  const out: Record<string, string> = {};
  if (type.includes('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(req.rawBody);
    } catch {
      return out;
    }
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') out[key] = value;
    }
    return out;
  }
  for (const [key, value] of new URLSearchParams(req.rawBody)) if (!(key in out)) out[key] = value;
  return out;
}
