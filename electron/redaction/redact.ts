// Main process (plain Node). Redaction before anything leaves the app (reports, logs, support bundles):
// by field name and by value pattern, deep. Ids are hashed with a per-report secret salt so support can tell
// two sites apart without learning which sites they are.
import { createHmac, randomBytes } from 'node:crypto';
import type { RedactionCategory, RedactionItem, RedactionPreview } from '@shared/redaction/redaction-preview';
import { REDACTION_CATEGORIES } from '@shared/redaction/redaction-preview';
import { fieldRule, idRule, labelRule, normalizeKey, type FieldRule } from './field-rules';
import { isErrorCode, isVin, maskVin, redactString, SECRET_MARK } from './text-patterns';

export type { RedactionCategory, RedactionItem, RedactionPreview } from '@shared/redaction/redaction-preview';

export interface RedactorOptions {
  /** HMAC key for hashed ids. Random per redactor (one report) unless given (tests, re-export). */
  salt?: string;
  /** Keep the customer label (the installer opted in). Off by default. */
  includeCustomerLabel?: boolean;
}

export interface Redactor {
  /** A deep copy of `value` with secrets, personal details and ids redacted. Never mutates the input. */
  redact<T>(value: T): T;
  /** What `redact` would hide, by path and category, without any original value. */
  preview(value: unknown): RedactionPreview;
  /** One line of text (a log message, an error) with value patterns applied. */
  redactText(line: string): string;
}

export const REMOVED_MARK = '[removed]';
const MAX_DEPTH = 64;
const MAX_PREVIEW_ITEMS = 500;

type Record_ = Record<string, unknown>;

function isPlainObject(value: unknown): value is Record_ {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (parent ? `${parent}.${key}` : key) : `${parent}[${JSON.stringify(key)}]`;
}

/** The last name in an evidence field path such as `components.batteries[0].serial_number`. */
function lastSegment(field: string): string {
  return (
    field
      .split(/[.[\]]/)
      .filter(Boolean)
      .pop() ?? field
  );
}

export function createRedactor(opts: RedactorOptions = {}): Redactor {
  const salt = opts.salt ?? randomBytes(16).toString('hex');
  const includeCustomerLabel = opts.includeCustomerLabel ?? false;

  const hashId = (prefix: string, value: unknown) =>
    `${prefix}#${createHmac('sha256', salt).update(String(value)).digest('hex').slice(0, 6)}`;

  function walk(
    value: unknown,
    path: string,
    depth: number,
    seen: WeakSet<object>,
    record: (item: RedactionItem) => void,
  ): unknown {
    if (typeof value === 'string') {
      return redactString(value, (hit) => record({ path, category: hit.category, replacement: hit.replacement }));
    }
    if (value === null || typeof value !== 'object') {
      return typeof value === 'function' || typeof value === 'symbol'
        ? undefined
        : typeof value === 'bigint'
          ? String(value)
          : value;
    }
    if (depth > MAX_DEPTH) return '[too deep]';
    if (seen.has(value)) return '[circular]';
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (value instanceof Uint8Array || value instanceof ArrayBuffer) return `[binary ${value.byteLength} bytes]`;
    seen.add(value);
    try {
      if (Array.isArray(value)) return value.map((item, i) => walk(item, joinPath(path, i), depth + 1, seen, record));
      if (value instanceof Error) {
        const err = value as Error & { code?: unknown };
        const out: Record_ = {
          name: err.name,
          message: walk(err.message, joinPath(path, 'message'), depth + 1, seen, record),
        };
        if (typeof err.code === 'string' || typeof err.code === 'number') out.code = err.code;
        return out;
      }
      if (value instanceof Map) return walk(Object.fromEntries(value), path, depth, seen, record);
      if (value instanceof Set) return walk([...value], path, depth, seen, record);
      const source: Record_ = isPlainObject(value) ? value : { ...(value as Record_) };
      const out: Record_ = {};
      const evidenceRule =
        typeof source.field === 'string' && typeof source.source === 'string' && 'value' in source
          ? fieldRule(lastSegment(source.field))
          : null;
      for (const [rawKey, child] of Object.entries(source)) {
        // Keys can be data too: fleet_status keys vehicle_info by VIN.
        const key = isVin(rawKey) ? maskVin(rawKey) : rawKey;
        if (key !== rawKey) record({ path: joinPath(path, key), category: 'vin', replacement: key });
        const childPath = joinPath(path, key);
        const k = normalizeKey(rawKey);
        let rule: FieldRule | null = fieldRule(rawKey);
        if (k === 'id') rule = idRule(source);
        else if (k === 'label') rule = labelRule(source);
        else if (k === 'value' && evidenceRule) rule = evidenceRule;
        out[key] = applyRule(rule, child, childPath, depth, seen, record);
      }
      return out;
    } finally {
      seen.delete(value);
    }
  }

  function applyRule(
    rule: FieldRule | null,
    child: unknown,
    path: string,
    depth: number,
    seen: WeakSet<object>,
    record: (item: RedactionItem) => void,
  ): unknown {
    if (!rule || rule.kind === 'keep') {
      return rule?.kind === 'keep' && typeof child === 'string' ? child : walk(child, path, depth + 1, seen, record);
    }
    // Absent stays absent: a null token or name tells support it was empty, not what it was.
    if (child === null || child === undefined) return child;
    const replace = (category: RedactionCategory, replacement: string) => {
      record({ path, category, replacement });
      return replacement;
    };
    switch (rule.kind) {
      case 'secret':
        return replace('secret', SECRET_MARK);
      case 'code':
        // An error code (`invalid_payload`, `ECONNRESET`) is kept; anything else under `code` may be an OAuth code.
        if (
          typeof child === 'number' ||
          (typeof child === 'string' && (/^[a-z_]{1,40}$/.test(child) || isErrorCode(child)))
        )
          return child;
        return replace('secret', SECRET_MARK);
      case 'vin':
        if (typeof child === 'string' && child.length > 6) return replace('vin', maskVin(child));
        if (typeof child === 'string' || typeof child === 'number')
          return replace('identifier', hashId('vehicle', child));
        return walk(child, path, depth + 1, seen, record);
      case 'remove':
        // `location_enabled: true` or `phone: false` tells nothing about the person.
        if (typeof child === 'boolean') return child;
        // The installer chose to include the label, as typed (often a name and an address): kept whole.
        if (rule.category === 'customer_label' && includeCustomerLabel)
          return typeof child === 'string' ? child : walk(child, path, depth + 1, seen, record);
        if (rule.category === 'customer_label') {
          // The report schema's label is nullable: null reads as "not included" rather than a marker.
          replace('customer_label', REMOVED_MARK);
          return null;
        }
        return replace(rule.category, REMOVED_MARK);
      case 'hash':
        if (typeof child === 'string' || typeof child === 'number')
          return replace('identifier', hashId(rule.prefix, child));
        return walk(child, path, depth + 1, seen, record);
    }
  }

  return {
    redact<T>(value: T): T {
      return walk(value, '', 0, new WeakSet(), () => {}) as T;
    },
    preview(value: unknown): RedactionPreview {
      const items: RedactionItem[] = [];
      const counts = Object.fromEntries(REDACTION_CATEGORIES.map((c) => [c, 0])) as Record<RedactionCategory, number>;
      let total = 0;
      walk(value, '', 0, new WeakSet(), (item) => {
        total += 1;
        counts[item.category] += 1;
        if (items.length < MAX_PREVIEW_ITEMS) items.push(item);
      });
      return { items, counts, total, truncated: total > items.length };
    },
    redactText(line: string): string {
      return redactString(line);
    },
  };
}
