// Main process (plain Node). Value patterns: what a secret or a personal detail looks like inside any
// string, whatever field (or log line) it sits in: tokens and keys, e-mail addresses, VINs in any case,
// phone numbers, coordinates, street addresses, and `"name": value` pairs of embedded JSON whose name means
// personal data. Order matters: secrets first, so a VIN-shaped run inside a token is hidden with the token
// rather than half-masked. Long input is worked through in bounded pieces (see redactString).
import type { RedactionCategory } from '@shared/redaction/redaction-preview';
import { fieldRule } from './field-rules';

export interface TextHit {
  category: RedactionCategory;
  replacement: string;
}

/** Field names whose values are secrets wherever they appear as `name=value`, `name: value` or JSON. */
const SECRET_KEYS = [
  'access[-_]?token',
  'refresh[-_]?token',
  'id[-_]?token',
  'client[-_]?secret',
  'code[-_]?verifier',
  'password',
  'passwd',
  'authorization',
  '(?:x[-_])?api[-_]?key',
  'private[-_]?key',
  'secret[-_]?key',
  'access[-_]?key',
  'secret',
];

// JSON Web Tokens: `eyJ…` at a word start, then two more base64url segments joined by dots. Not one regular
// expression: `\beyJ[\w-]{5,}\.…` starts again at every `eyJ` of a run such as `eyJ-eyJ-…` and reads the
// run to its end each time (quadratic: a 1 MB answer held the main process for 21 s). Dotted runs are found
// by one class (each read once) and their segments are judged in code.
const DOTTED_RUN = /[A-Za-z0-9_.-]+/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi;
// Tesla's authorization codes (and its refresh tokens) carry a region prefix.
const REGION_CODE = /\b(?:NA|EU|CN)_[A-Za-z0-9_.~+/=-]{8,}/g;
const QUERY_SECRET =
  /([?&#;\s]|^)(code|state|access_token|refresh_token|id_token|client_secret|code_verifier|token|password)=([^&\s#"',;]+)/gi;
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
// VINs: 17 characters without I, O or Q, with letters and digits, in any case (people type them lower case).
const VIN = /(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/gi;
// Well-known key formats: AWS access keys, Stripe-style keys, GitHub and Slack tokens.
const KNOWN_KEY =
  /\b(?:AKIA[0-9A-Z]{16}|[sprk]k_(?:live|test)_[A-Za-z0-9]{8,}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abprs]-[A-Za-z0-9-]{10,})\b/g;
// A run of letters and digits that keeps switching between them is a generated key, not a word or a version.
const MIXED_RUN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// `"name": value` in embedded JSON (an error_description, a logged body): judged by the name's meaning.
// Also escaped (`\"lat\": 37.5`, JSON inside a JSON string) and with a list of numbers (`"coordinates": [..]`).
const NUM = '-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?';
const JSON_PAIR = new RegExp(
  `\\\\?"([A-Za-z][\\w -]{0,63})\\\\?"\\s*:\\s*("(?:[^"\\\\]|\\\\.){0,4000}"|\\\\"(?:[^"\\\\]|\\\\[^"]){0,4000}\\\\"|${NUM}|\\[\\s*(?:${NUM}\\s*,\\s*){0,16}${NUM}\\s*\\])`,
  'g',
);
// Phone numbers: international (+country), North American (650) 555-0123 / 650-555-0123, or a national
// number starting with 0 in groups (030 1234567, 0171/1234567, 07700 900123). Digits counted afterwards.
// One bounded span with no nested quantifier: groups of optional digits inside a repeated group backtrack
// exponentially on a long digit run followed by a letter (a hostile answer froze the main process for seconds).
const PHONE_INTL = /(?<![\w+])\+\d[\d \u00a0.()-]{5,22}\d(?![\w])/g;
const PHONE_NANP = /(?<![\w.+-])(?:\(\d{3}\)[ \u00a0]?\d{3}[-. ]\d{4}|\d{3}([-.])\d{3}\1\d{4})(?![\w-]|\.\d)/g;
const PHONE_NATIONAL = /(?<![\w.+/:-])0\d{1,4}(?:[ /-]\d{2,8}){1,3}(?![\w.:/-])/g;
// Coordinates: a latitude, longitude pair with 4+ decimals (street precision; 12.345, 67.890 stays), or a latitude/longitude named in text.
const COORD_PAIR = /(?<![\w.])(-?\d{1,2}\.\d{4,})\s*,\s*(-?\d{1,3}\.\d{4,})(?![\w.])/g;
const COORD_NAMED = /\b(lat|lng|lon|long|latitude|longitude)(["']?\s*[:=]\s*["']?)-?\d{1,3}\.\d+/gi;
// Street addresses: "1428 Elm Street", "500 Oracle Pkwy, Redwood City, CA 94065", "Musterstraße 12, 10115 Berlin",
// UK postcodes. Capitalised words only, so ordinary prose ("20 s battery") is left alone.
const STREET_SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Loop|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Trail|Square|Sq|Close|Crescent|Row|Gardens';
const US_STREET = new RegExp(
  `\\b\\d{1,6}[A-Z]?\\s+(?:[A-Z][A-Za-z'.-]*\\s+){1,4}(?:${STREET_SUFFIX})\\b\\.?(?:,\\s*[A-Z][A-Za-z.'-]*(?:\\s+[A-Z][A-Za-z.'-]*){0,2})?(?:,?\\s*[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?)?`,
  'g',
);
const EU_STREET =
  /\b[A-ZÄÖÜ][a-zäöüß]*(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|laan|straat|gracht|vej|gatan|gata|veien)\s+\d{1,4}[a-z]?\b(?:,\s*\d{4,5}\s+[A-ZÄÖÜ][\wäöüß-]+)?/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/g;

// Names in free text: after a title (`Mrs. Jane Homeowner`, `Herr Müller`) or after the word for a person's
// role (`owner: Jane Homeowner`, `homeowner is Jane`, `Kundin Erika Muster`). Capitalised words only, one to
// three; words that name a company, a product or a desk (`customer Support`, `owner Tesla`) are not names.
const NAME_WORD = "[A-ZÄÖÜ][a-zäöüß'-]+";
const NOT_A_NAME =
  '(?!(?:Tesla|Support|Service|Services|Label|Account|App|Portal|Desk|Care|Powerwall|Gateway|Energy|Solar|Fleet)\\b)';
const NAME_TITLED = new RegExp(
  `\\b(Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau)(\\.?[ \\t]+)${NOT_A_NAME}${NAME_WORD}(?:[ \\t]+${NOT_A_NAME}${NAME_WORD}){0,2}`,
  'g',
);
const NAME_AFTER_ROLE = new RegExp(
  `\\b((?:[Oo]wner|[Hh]omeowner|[Cc]ustomer|[Cc]ontact|[Tt]enant|[Rr]esident|[Ii]nstaller|Kunde|Kundin|Eigentümer(?:in)?|Besitzer(?:in)?|Ansprechpartner(?:in)?)(?:[ \\t]*[:=-][ \\t]*|[ \\t]+(?:is|was|named|called|ist|heißt)[ \\t]+|[ \\t]+))${NOT_A_NAME}${NAME_WORD}(?:[ \\t]+${NOT_A_NAME}${NAME_WORD}){0,2}`,
  'g',
);

export const SECRET_MARK = '[redacted]';

/**
 * A system error code (`ECONNRESET`, `HPE_HEADER_OVERFLOW`, `ERR_TLS_CERT_ALTNAME_INVALID`): upper-case words
 * joined by `_`. Not a secret, and support needs it to tell a reset from a parse error. An OAuth code has
 * lower case and digits mixed in (and Tesla's carry a region prefix, redacted before this is asked).
 */
export function isErrorCode(value: string): boolean {
  return value.length <= 60 && /^[A-Z]{2,20}[0-9]{0,2}(?:_[A-Z]{1,20}[0-9]{0,2})*$/.test(value);
}

export function isVin(value: string): boolean {
  return /^[A-HJ-NPR-Z0-9]{17}$/i.test(value) && /[A-Z]/i.test(value) && /[0-9]/.test(value);
}

/** A VIN shown as its last 6 characters, e.g. `…700000`. */
export function maskVin(vin: string): string {
  return `…${vin.slice(-6)}`;
}

function isOpaqueSecret(run: string): boolean {
  return /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run) && (run.match(/\//g)?.length ?? 0) <= 2;
}

/** Letters and digits alternating often, with plenty of each: `k3j4h5g6f7d8s9a0`, not `model3_2024` or a UUID. */
function isGeneratedKey(run: string): boolean {
  if (UUID.test(run)) return false;
  const letters = run.match(/[A-Za-z]/g)?.length ?? 0;
  const digits = run.match(/[0-9]/g)?.length ?? 0;
  if (letters < 4 || digits < 4) return false;
  const switches = run.replace(/[_-]/g, '').match(/[A-Za-z](?=[0-9])|[0-9](?=[A-Za-z])/g)?.length ?? 0;
  return switches >= 6;
}

const digitCount = (s: string) => s.replace(/\D/g, '').length;

/**
 * Applies every value pattern to one string. `onHit` hears of each replacement (for the preview); the
 * returned string holds no token, code, key, e-mail address, full VIN, phone number, coordinate or street
 * address that the patterns know.
 */
export function redactString(input: string, onHit?: (hit: TextHit) => void): string {
  if (input.length <= PIECE) return redactPiece(input, onHit);
  return redactLong(input, onHit);
}

/**
 * Regular expressions backtrack on the stack: one run of millions of characters overflowed it. Long text is
 * cut at line breaks (else spaces) into pieces of at most PIECE characters, each redacted alone; a run with
 * no break at all longer than that is not readable text (a blob or an attack) and is left out whole.
 */
const PIECE = 64 * 1024;

function redactLong(input: string, onHit?: (hit: TextHit) => void): string {
  const out: string[] = [];
  let i = 0;
  while (i < input.length) {
    let end = Math.min(input.length, i + PIECE);
    if (end < input.length) {
      const nl = input.lastIndexOf('\n', end - 1);
      const cut = nl > i ? nl : lastSpace(input, i, end);
      if (cut <= i) {
        // No break within a whole piece: skip to the end of this run and replace it.
        BREAK.lastIndex = i;
        const runEnd = BREAK.exec(input)?.index ?? input.length;
        const mark = `[removed: ${runEnd - i} characters without a break]`;
        onHit?.({ category: 'secret', replacement: mark });
        out.push(mark);
        i = runEnd;
        continue;
      }
      end = keepWhole(input, i, cut + 1);
    }
    out.push(redactPiece(input.slice(i, end), onHit));
    i = end;
  }
  return out.join('');
}

/** Patterns whose match holds spaces or line breaks, so a cut between pieces could fall inside one. */
const SPANNING = [
  PHONE_INTL,
  PHONE_NANP,
  PHONE_NATIONAL,
  US_STREET,
  EU_STREET,
  UK_POSTCODE,
  COORD_PAIR,
  COORD_NAMED,
  BEARER,
];
const REACH = 400;

/**
 * Moves a cut between pieces back to the start of a phone number, address, coordinate pair or bearer token
 * that would straddle it (`+49 30 | 1234567` redacted as two harmless halves): the whole of it goes into the
 * next piece. Looks only at the few hundred characters around the cut.
 */
function keepWhole(input: string, from: number, cut: number): number {
  const start = Math.max(from, cut - REACH);
  const window = input.slice(start, Math.min(input.length, cut + REACH));
  let at = cut - start;
  for (let round = 0; round < 4; round += 1) {
    let moved = false;
    for (const pattern of SPANNING) {
      const re = new RegExp(pattern.source, pattern.flags);
      for (let m = re.exec(window); m !== null && m.index < at; m = re.exec(window)) {
        if (m.index + m[0].length > at) {
          at = m.index;
          moved = true;
          break;
        }
        if (m[0].length === 0) re.lastIndex += 1;
      }
    }
    if (!moved) break;
  }
  const moved = start + at;
  return moved > from ? moved : cut;
}

// One character class, no backtracking: safe on any length.
const BREAK = /\s/g;

function lastSpace(s: string, from: number, to: number): number {
  for (let j = to - 1; j > from; j -= 1) {
    const c = s.charCodeAt(j);
    if (c === 32 || (c >= 9 && c <= 13) || c === 160) return j;
  }
  return -1;
}

/**
 * `"name": value` pairs whose name means a secret or personal data lose their value. A pair whose name is
 * harmless is not skipped whole: its value may be a JSON string holding more pairs (an error_description),
 * so scanning resumes inside it.
 */
function redactJsonPairs(text: string, hit: (category: RedactionCategory, replacement: string) => string): string {
  let out = '';
  let last = 0;
  JSON_PAIR.lastIndex = 0;
  for (let m = JSON_PAIR.exec(text); m !== null; m = JSON_PAIR.exec(text)) {
    const [whole, key = '', value = ''] = m;
    const rule = fieldRule(key);
    const lead = whole.slice(0, whole.length - value.length);
    if (!rule || (rule.kind !== 'secret' && rule.kind !== 'remove') || /^\\?"\[/.test(value) || value === '""') {
      JSON_PAIR.lastIndex = m.index + lead.length + (value.startsWith('\\"') ? 2 : value.startsWith('"') ? 1 : 0);
      continue;
    }
    // Keep the quoting the text had: escaped inside a JSON string, plain otherwise.
    const q = whole.startsWith('\\') ? '\\"' : '"';
    const mark = rule.kind === 'secret' ? hit('secret', SECRET_MARK) : hit(rule.category, '[removed]');
    out += `${text.slice(last, m.index)}${lead}${q}${mark}${q}`;
    last = m.index + whole.length;
  }
  return out + text.slice(last);
}

/** Where a JWT may start in one dot-free segment: the first `eyJ` at a word start with 5+ characters after it. */
function jwtStart(segment: string): number {
  for (let p = segment.indexOf('eyJ'); p >= 0; p = segment.indexOf('eyJ', p + 1)) {
    // A run's segment starts after a dot or a non-word character; inside it only `-` is not a word character.
    if (p === 0 || segment[p - 1] === '-') return segment.length - p >= 8 ? p : -1;
  }
  return -1;
}

/** The JWTs inside one dotted run (`a.eyJxxxxx.yyyyy.zzz.b`), each replaced whole: linear in the run. */
function redactJwts(run: string, hit: (category: RedactionCategory, replacement: string) => string): string {
  const segments = run.split('.');
  const out: string[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] ?? '';
    const p = jwtStart(segment);
    if (p >= 0 && i + 2 < segments.length && (segments[i + 1] ?? '').length >= 5) {
      out.push(`${segment.slice(0, p)}${hit('secret', '[redacted:jwt]')}`);
      i += 2;
    } else {
      out.push(segment);
    }
  }
  return out.join('.');
}

function redactPiece(input: string, onHit?: (hit: TextHit) => void): string {
  const hit = (category: RedactionCategory, replacement: string) => {
    onHit?.({ category, replacement });
    return replacement;
  };
  let out = input;
  out = out.replace(DOTTED_RUN, (run) => (run.includes('eyJ') ? redactJwts(run, hit) : run));
  out = out.replace(BEARER, (_m, scheme: string) => hit('secret', `${scheme} ${SECRET_MARK}`));
  out = out.replace(REGION_CODE, () => hit('secret', '[redacted:code]'));
  out = out.replace(KNOWN_KEY, () => hit('secret', '[redacted:key]'));
  out = redactJsonPairs(out, hit);
  out = out.replace(QUERY_SECRET, (m, lead: string, key: string, value: string) =>
    value.startsWith('[redacted') || (key.toLowerCase() === 'code' && isErrorCode(value))
      ? m
      : `${lead}${key}=${hit('secret', SECRET_MARK)}`,
  );
  out = out.replace(KEYED_SECRET, (_m, lead: string) => `${lead}${hit('secret', SECRET_MARK)}`);
  out = out.replace(JSON_CODE, (m, lead: string, value: string) =>
    isErrorCode(value) ? m : `${lead}${hit('secret', SECRET_MARK)}"`,
  );
  out = out.replace(HEX_SECRET, () => hit('secret', '[redacted:secret]'));
  out = out.replace(OPAQUE, (run) => (isOpaqueSecret(run) ? hit('secret', '[redacted:secret]') : run));
  out = out.replace(EMAIL, () => hit('email', '[email]'));
  out = out.replace(VIN, (run) => (isVin(run) ? hit('vin', maskVin(run)) : run));
  out = out.replace(MIXED_RUN, (run) => (isGeneratedKey(run) ? hit('secret', '[redacted:secret]') : run));
  out = out.replace(COORD_NAMED, (_m, name: string, sep: string) => `${name}${sep}${hit('location', '[removed]')}`);
  out = out.replace(COORD_PAIR, (m, lat: string, lon: string) =>
    Math.abs(Number(lat)) <= 90 && Math.abs(Number(lon)) <= 180 ? hit('location', '[coordinates]') : m,
  );
  out = out.replace(PHONE_INTL, (m) => (digitCount(m) >= 8 && digitCount(m) <= 15 ? hit('phone', '[phone]') : m));
  out = out.replace(PHONE_NANP, () => hit('phone', '[phone]'));
  out = out.replace(PHONE_NATIONAL, (m) => (digitCount(m) >= 9 && digitCount(m) <= 12 ? hit('phone', '[phone]') : m));
  out = out.replace(US_STREET, () => hit('address', '[address]'));
  out = out.replace(NAME_TITLED, (_m, title: string, gap: string) => `${title}${gap}${hit('name', '[name]')}`);
  out = out.replace(NAME_AFTER_ROLE, (_m, role: string) => `${role}${hit('name', '[name]')}`);
  out = out.replace(EU_STREET, () => hit('address', '[address]'));
  out = out.replace(UK_POSTCODE, () => hit('address', '[address]'));
  return out;
}
