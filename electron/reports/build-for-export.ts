// Main process (plain Node). Turns the app's in-memory report into the document that leaves the app:
// redacted whole by the app's redactor (raw responses included, by field name and value pattern), then
// validated against report@1 and digested. Nothing leaves unredacted.
import { REPORT_SCHEMA_ID, ReportSchema, type Report } from '@shared/report/report-schema';
import type { Check } from '@shared/report/check-types';
import { checkWords } from '@shared/text/check-text';
import { textIn } from '@shared/text/languages';
import type { TextRef } from '@shared/text/text-ref';
import { createRedactor, REMOVED_MARK, type RedactionPreview, type Redactor } from '../redaction/redact';
import { reportDigest } from './report-digest';

const VIN_SHAPE = /^[A-HJ-NPR-Z0-9]{17}$/;

function redactId(r: Redactor, field: string, id: string): string {
  const out = (r.redact({ [field]: id }) as Record<string, unknown>)[field];
  return typeof out === 'string' ? out : String(out);
}

/**
 * Request lines carry ids in their path (`/energy_sites/123456/site_info`); the redactor sees only text
 * there, so the ids are hashed here as their fields are in the bodies (same salt: same hash).
 */
export function hashIdsInRequestLine(r: Redactor, request: string): string {
  return (
    request
      .replace(/\/energy_sites\/([^/?\s]+)/g, (_m, id: string) => `/energy_sites/${redactId(r, 'energy_site_id', id)}`)
      // Only ids: `/vehicles/fleet_status` names an endpoint, and hashing it would hide that answer from today's rules.
      .replace(/\/vehicles\/([^/?\s]+)/g, (m, id: string) =>
        VIN_SHAPE.test(id) || /^\d+$/.test(id)
          ? `/vehicles/${redactId(r, VIN_SHAPE.test(id) ? 'vin' : 'vehicle_id', id)}`
          : m,
      )
  );
}

/** A pairing link works without `?vin=`; dropping it keeps the QR usable and the VIN out of the report. */
function stripVinParam(url: string): string {
  try {
    const u = new URL(url);
    if (!u.searchParams.has('vin')) return url;
    u.searchParams.delete('vin');
    return u.toString();
  } catch {
    return url;
  }
}

const english = checkWords(textIn('en'));

function hashParams(
  ref: TextRef | undefined,
  hash: (text: string) => string,
): { text: TextRef } | Record<string, never> {
  if (!ref) return {};
  return {
    text: {
      key: ref.key,
      params: Object.fromEntries(Object.entries(ref.params).map(([k, v]) => [k, typeof v === 'string' ? hash(v) : v])),
    },
  };
}

/**
 * A check as it leaves the app: its key and values (what this app renders, in any language) and, for
 * report@1 readers that predate keys, the same words rendered in English. Ids inside request lines are
 * hashed in both, as in the evidence; the subject's label (the owner's name for the site or car) is left
 * out, not "[removed]".
 */
function withEnglish(c: Check, hash: (text: string) => string): Check {
  const fix = c.fix;
  return {
    ...c,
    ...hashParams(c.text, hash),
    title: hash(english.title(c)),
    detail: hash(english.detail(c)),
    subject: { kind: c.subject.kind, id: c.subject.id },
    evidence: c.evidence.map((ev) => {
      const note = english.evidenceNote(ev);
      return {
        ...ev,
        ...hashParams(ev.text, hash),
        source: hash(ev.source),
        ...(note !== undefined ? { note: hash(note) } : {}),
      };
    }),
    ...(fix
      ? {
          fix: {
            ...fix,
            ...hashParams(fix.text, hash),
            summary: hash(english.fixSummary(fix)),
            steps: english.fixSteps(fix).map(hash),
            links: fix.links.map((l) => ({
              ...l,
              label: english.linkLabel(l),
              ...(l.kind === 'pairing' ? { url: stripVinParam(l.url) } : {}),
            })),
          },
        }
      : {}),
  };
}

const NAME_FIELDS = new Set(['site_name', 'vehicle_name', 'display_name']);

/** The names the owner gave sites and cars (often an address: "Maple Street Home"), read from the raw answers and subjects. */
function ownerNames(report: Report): Set<string> {
  const names = new Set<string>();
  for (const c of report.checks)
    if ((c.subject.kind === 'energy_site' || c.subject.kind === 'vehicle') && c.subject.label)
      names.add(c.subject.label);
  let budget = 100_000;
  const walk = (v: unknown, depth: number): void => {
    if (depth > 12 || budget-- <= 0 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (NAME_FIELDS.has(k) && typeof x === 'string' && x.trim().length >= 2) names.add(x);
      else walk(x, depth + 1);
    }
  };
  for (const r of report.raw) walk(r.body, 0);
  return names;
}

/**
 * Texts that name the owner's site or car and have words without the name: "Energy site found: one site, with
 * a battery" says what was found, where "Energy site found: [removed]" read like a fault.
 */
const WITHOUT_NAME: Record<string, string> = { 'discovery.ok': 'discovery.okUnnamed' };

/** A check whose text values quote an owner's name for a site or car: the name is left out, as elsewhere. */
function withoutOwnerNames(c: Check, names: Set<string>): Check {
  if (names.size === 0) return c;
  const scrub = (ref: TextRef | undefined): TextRef | undefined =>
    ref && {
      key: ref.key,
      params: Object.fromEntries(
        Object.entries(ref.params).map(([k, v]) => [k, typeof v === 'string' && names.has(v) ? REMOVED_MARK : v]),
      ),
    };
  const named = c.text && Object.values(c.text.params).some((v) => typeof v === 'string' && names.has(v));
  const unnamed = named && c.text ? WITHOUT_NAME[c.text.key] : undefined;
  return {
    ...c,
    ...(c.text ? { text: unnamed ? { key: unnamed, params: {} } : scrub(c.text)! } : {}),
    ...(c.fix?.text ? { fix: { ...c.fix, text: scrub(c.fix.text)! } } : {}),
    evidence: c.evidence.map((ev) => (ev.text ? { ...ev, text: scrub(ev.text)! } : ev)),
  };
}

/** The parts the generic redactor cannot know about: ids inside request paths, VINs in pairing links, owner names in check texts. */
function prepare(report: Report, r: Redactor, includeCustomerLabel: boolean): Record<string, unknown> {
  const { integrity: _old, ...rest } = report;
  const names = ownerNames(report);
  return {
    ...rest,
    schema: REPORT_SCHEMA_ID,
    customerLabel: includeCustomerLabel ? (report.customerLabel ?? null) : null,
    checks: report.checks.map((c) => withEnglish(withoutOwnerNames(c, names), (text) => hashIdsInRequestLine(r, text))),
    raw: report.raw.map((resp) => ({ ...resp, request: hashIdsInRequestLine(r, resp.request) })),
    ...(report.verdicts
      ? {
          verdicts: {
            charge: verdict(report.verdicts.charge),
            discharge: verdict(report.verdicts.discharge),
            vehicle: verdict(report.verdicts.vehicle),
          },
        }
      : {}),
  };

  // Verdicts name their blockers as `checkId@subjectId`: the subject part is redacted as its subject is.
  function verdict(v: { ready: boolean; blocking: string[]; waiting: string[] }) {
    const refs = (list: string[]) =>
      list.map((entry) => {
        const at = entry.indexOf('@');
        if (at < 0) return entry;
        const id = entry.slice(at + 1);
        const kind = report.checks.find((c) => c.subject.id === id)?.subject.kind ?? 'energy_site';
        const subject = r.redact({ kind, id });
        return `${entry.slice(0, at)}@${String(subject.id)}`;
      });
    return { ready: v.ready, blocking: refs(v.blocking), waiting: refs(v.waiting) };
  }
}

export interface ExportOptions {
  /** The installer chose to keep the customer label in the file. */
  includeCustomerLabel: boolean;
  /** Keys the id hashes; random per export unless given (one per customer and visit, so every format agrees). */
  salt?: string | undefined;
}

const redactorFor = (o: ExportOptions) =>
  createRedactor({ includeCustomerLabel: o.includeCustomerLabel, ...(o.salt ? { salt: o.salt } : {}) });

const MISSING = '\u0000missing';
const english_ = textIn('en');
const inCatalogue = (key: string) =>
  /^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_-]+)+$/.test(key) && english_(key, { defaultValue: MISSING }) !== MISSING;
/**
 * A value that names texts of the catalogue (`impact.energy_read`, with or without the checks' `checks.`;
 * `a;b` for a `…Keys` list): words, never a customer's data.
 */
function isCatalogueKey(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return false;
  return value
    .split(';')
    .filter(Boolean)
    .every((k) => inCatalogue(k) || inCatalogue(`checks.${k}`));
}

/**
 * A text's `…Key` values name other texts (`modeKey: 'checks.value.signed'`); the redactor reads a field
 * ending in "key" as a secret and blanks it, which left the words of the check unreadable in the report.
 * Values that are keys of the catalogue are put back; anything else stays redacted.
 */
function restoreTextKeys(original: Report, redacted: Record<string, unknown>): void {
  const fixParams = (from: TextRef | undefined, to: unknown) => {
    const params = (to as { params?: Record<string, unknown> } | undefined)?.params;
    if (!from || !params) return;
    for (const [name, value] of Object.entries(from.params)) {
      if (!/Keys?$/.test(name)) continue;
      if (isCatalogueKey(value)) params[name] = value;
    }
  };
  const checks = redacted.checks as Array<Record<string, unknown>> | undefined;
  original.checks.forEach((c, i) => {
    const out = checks?.[i];
    if (!out) return;
    fixParams(c.text, out.text);
    fixParams(c.fix?.text, (out.fix as Record<string, unknown> | undefined)?.text);
    const evidence = out.evidence as Array<Record<string, unknown>> | undefined;
    c.evidence.forEach((ev, j) => fixParams(ev.text, evidence?.[j]?.text));
  });
}

/** The exported document: redacted, validated against report@1, with its digest. */
export function buildForExport(report: Report, options: ExportOptions): Report {
  const redactor = redactorFor(options);
  const redacted = redactor.redact(prepare(report, redactor, options.includeCustomerLabel));
  restoreTextKeys(report, redacted);
  // Through JSON first so the digest is over exactly what a reader of the file will parse.
  const parsed = ReportSchema.parse(JSON.parse(JSON.stringify(redacted)));
  const digest = reportDigest(parsed as unknown as Record<string, unknown>);
  return { ...parsed, integrity: { algorithm: 'sha256', digest } };
}

/** What the export dialog lists before saving: each value that will be hidden and how (never the value). */
export function previewRedaction(report: Report, options: ExportOptions): RedactionPreview {
  const redactor = redactorFor(options);
  const prepared = prepare(report, redactor, options.includeCustomerLabel);
  const preview = redactor.preview(prepared);
  if (report.customerLabel && !options.includeCustomerLabel) {
    preview.items.unshift({ path: 'customerLabel', category: 'customer_label', replacement: 'not included' });
    preview.counts.customer_label += 1;
    preview.total += 1;
  }
  return preview;
}

/** The file text: indented JSON for people; the digest is over the canonical form, so layout is free. */
export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
