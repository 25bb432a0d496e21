// Main process (plain Node). SHA-256 over the report's canonical JSON (see shared/report/canonical-json.ts).
import { createHash, timingSafeEqual } from 'node:crypto';
import { digestInput } from '@shared/report/canonical-json';

export function reportDigest(report: Record<string, unknown>): string {
  return createHash('sha256').update(digestInput(report), 'utf8').digest('hex');
}

export type DigestState = 'match' | 'mismatch' | 'missing';

/** Compares on the parsed JSON as it was in the file (not the zod output), so any edit shows. */
export function checkDigest(raw: Record<string, unknown>): DigestState {
  const integrity = raw.integrity as { algorithm?: unknown; digest?: unknown } | undefined;
  if (!integrity || typeof integrity.digest !== 'string' || integrity.algorithm !== 'sha256') return 'missing';
  const expected = Buffer.from(reportDigest(raw), 'utf8');
  const stated = Buffer.from(integrity.digest.toLowerCase(), 'utf8');
  return expected.length === stated.length && timingSafeEqual(expected, stated) ? 'match' : 'mismatch';
}
