// Runs anywhere. Reads a token's `scp` claim without ever failing on it: Tesla adds scopes (it added `email`
// in 2025, and strict parsers broke), so a value the doctor does not know is kept and listed as new from
// Tesla, never an error. Only well-formed scope names are kept (hostile input is dropped, not echoed).
import { FLEET_SCOPES } from './scopes';

export interface DecodedScopes {
  /** Every scope the token carries, known or not, once each, in the token's order. */
  granted: string[];
  /** Those the doctor does not know yet: shown as "new from Tesla". */
  newFromTesla: string[];
}

const SCOPE_NAME = /^[A-Za-z0-9_.:-]{1,64}$/;
const KNOWN: ReadonlySet<string> = new Set(FLEET_SCOPES);

/** `scp` as Tesla sends it (an array) or as some issuers do (one space-separated string); anything else: none. */
export function decodeScopes(scp: unknown): DecodedScopes {
  const raw = typeof scp === 'string' ? scp.split(/\s+/) : Array.isArray(scp) ? scp : [];
  const granted: string[] = [];
  for (const value of raw.slice(0, 200)) {
    if (typeof value === 'string' && SCOPE_NAME.test(value) && !granted.includes(value)) granted.push(value);
  }
  return { granted, newFromTesla: newFromTesla(granted) };
}

/** The scopes in `granted` that the doctor does not know. */
export function newFromTesla(granted: readonly string[]): string[] {
  return granted.filter((s) => !KNOWN.has(s));
}
