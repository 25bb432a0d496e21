// Main process (plain Node). Value patterns: what a secret or a personal detail looks like inside any
// string, whatever field (or log line) it sits in. Order matters: secrets first, so a VIN-shaped run inside a
// token is hidden with the token rather than half-masked.
import type { RedactionCategory } from '../../shared/redaction/redaction-preview';

export interface TextHit {
  category: RedactionCategory;
  replacement: string;
}

/** Field names whose values are secrets wherever they appear as `name=value`, `name: value` or JSON. */
const SECRET_KEYS = [
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'code_verifier',
  'password',
  'authorization',
  'api_key',
  'private_key',
];

const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi;
// Tesla's authorization codes (and its refresh tokens) carry a region prefix.
const REGION_CODE = /\b(?:NA|EU|CN)_[A-Za-z0-9_.~+/=-]{8,}/g;
const QUERY_SECRET = /([?&#;\s]|^)(code|state|access_token|refresh_token|id_token|client_secret|code_verifier|token|password)=([^&\s#"',;]+)/gi;
const KEYED_SECRET = new RegExp(
  `(["']?\\b(?:${SECRET_KEYS.join('|')})\\b["']?\\s*[:=]\\s*["']?)(?!\\[redacted)([^"'&\\s,;}]+)`,
  'gi',
);
// A JSON `"code": "…"` that is not a plain lowercase identifier such as "invalid_payload".
const JSON_CODE = /("code"\s*:\s*")(?![a-z_]{1,40}")(?!\[redacted)([^"]+)"/g;
// 32+ hex digits are a key, a token or a code, also after a prefix such as `na_` or `tok_`.
const HEX_SECRET = /(?<![A-Za-z0-9-])[a-fA-F0-9]{32,}(?![A-Za-z0-9_-])/g;
// Long opaque runs with upper case, lower case and digits: base64/base64url keys, tokens, verifiers.
const OPAQUE = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/=_-]{32,}(?![A-Za-z0-9+/=_-])/g;
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// VINs: 17 characters without I, O or Q, upper case, with letters and digits.
const VIN = /(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g;

export const SECRET_MARK = '[redacted]';

export function isVin(value: string): boolean {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
}

/** A VIN shown as its last 6 characters, e.g. `…700000`. */
export function maskVin(vin: string): string {
  return `…${vin.slice(-6)}`;
}

function isOpaqueSecret(run: string): boolean {
  return /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run) && (run.match(/\//g)?.length ?? 0) <= 2;
}

/**
 * Applies every value pattern to one string. `onHit` hears of each replacement (for the preview); the
 * returned string holds no token, code, secret, e-mail address or full VIN.
 */
export function redactString(input: string, onHit?: (hit: TextHit) => void): string {
  const hit = (category: RedactionCategory, replacement: string) => {
    onHit?.({ category, replacement });
    return replacement;
  };
  let out = input;
  out = out.replace(JWT, () => hit('secret', '[redacted:jwt]'));
  out = out.replace(BEARER, (_m, scheme: string) => hit('secret', `${scheme} ${SECRET_MARK}`));
  out = out.replace(REGION_CODE, () => hit('secret', '[redacted:code]'));
  out = out.replace(QUERY_SECRET, (m, lead: string, key: string, value: string) =>
    value.startsWith('[redacted') ? m : `${lead}${key}=${hit('secret', SECRET_MARK)}`,
  );
  out = out.replace(KEYED_SECRET, (_m, lead: string) => `${lead}${hit('secret', SECRET_MARK)}`);
  out = out.replace(JSON_CODE, (_m, lead: string) => `${lead}${hit('secret', SECRET_MARK)}"`);
  out = out.replace(HEX_SECRET, () => hit('secret', '[redacted:secret]'));
  out = out.replace(OPAQUE, (run) => (isOpaqueSecret(run) ? hit('secret', '[redacted:secret]') : run));
  out = out.replace(EMAIL, () => hit('email', '[email]'));
  out = out.replace(VIN, (run) => (isVin(run) ? hit('vin', maskVin(run)) : run));
  return out;
}
