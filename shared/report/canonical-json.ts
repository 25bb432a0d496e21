// Runs anywhere. The canonical form the report's integrity digest is computed over: JSON with object keys
// sorted by UTF-16 code unit order, no whitespace, `undefined` members left out (as JSON.stringify does).
// Defined exactly so a reader in any language can recompute it: the digest covers the report's top-level
// object with its `integrity` member removed, nothing else changed.

export class CanonicalJsonError extends Error {}

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError('A report may not hold NaN or Infinity.');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(`A report may not hold a value of type ${typeof value}.`);
  }
}

/** The exact text the digest covers: the report without its `integrity` member, canonicalised. */
export function digestInput(report: Record<string, unknown>): string {
  const { integrity: _ignored, ...rest } = report;
  return canonicalJson(rest);
}
