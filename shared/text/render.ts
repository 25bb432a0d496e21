// Runs anywhere. The small renderer the main process, the CLI and the report use over the same catalogue
// the screen gives to i18next: dotted keys, `{{name}}` placeholders (`{{name, number}}` formats a number
// for the language), `_one`/`_other` plurals by `count`, and parameters that are themselves keys.
import type { TextCatalogue } from './en';
import type { TextParams } from './text-ref';

export type { TextParams, TextRef } from './text-ref';

/** Looks a key up and fills it; i18next's `t` and `translator()` below both fit. */
export type Translate = (key: string, params?: TextParams & { defaultValue?: string }) => string;

/**
 * Resolves parameters that are themselves messages, so they translate too: `fooKey: 'checks.impact.energy_read'`
 * becomes `foo`, and `fooKeys: 'a;b'` becomes `foo` (joined with '; ', first letter upper-case). A message
 * used this way may use the other parameters, including ones resolved from keys (up to three levels deep).
 * `prefix` is put in front of every such key (the checks' keys are recorded without their `checks.`).
 */
export function resolveParams(params: TextParams, translate: Translate, prefix = ''): TextParams {
  let out: TextParams = { ...params };
  for (let pass = 0; pass < 3; pass++) {
    const next: TextParams = { ...out };
    for (const [name, value] of Object.entries(params)) {
      if (name.endsWith('Keys') && typeof value === 'string') {
        const joined = value
          .split(';')
          .filter(Boolean)
          .map((k) => translate(prefix + k, withoutKeyParams(out)))
          .join('; ');
        next[name.slice(0, -4)] = joined.charAt(0).toUpperCase() + joined.slice(1);
      } else if (name.endsWith('Key') && typeof value === 'string') {
        next[name.slice(0, -3)] = translate(prefix + value, withoutKeyParams(out));
      }
    }
    out = next;
  }
  return withoutKeyParams(out);
}

/** The `…Key(s)` entries, once spent: a translate function that resolves on its own must not see them again. */
export function withoutKeyParams(params: TextParams): TextParams {
  return Object.fromEntries(Object.entries(params).filter(([name]) => !/Keys?$/.test(name)));
}

function lookup(catalogue: unknown, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/** i18next's plural rule for the two shipped languages: `_one` for exactly 1, else `_other`. */
function pluralKey(catalogue: unknown, key: string, params: TextParams): string {
  if (typeof params.count !== 'number') return key;
  const suffix = params.count === 1 ? '_one' : '_other';
  return lookup(catalogue, key + suffix) !== undefined ? key + suffix : key;
}

export function fill(template: string, params: TextParams, locale: string): string {
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (whole, name: string, format?: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    if (format === 'number' && typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
    return String(value);
  });
}

/**
 * A translate function over one language's catalogue. A missing key gives `defaultValue` when one is
 * passed, else the key itself (as i18next does), so a report from a newer app still shows something.
 */
export function translator(catalogue: TextCatalogue, locale: string): Translate {
  const plain: Translate = (key, params = {}) => {
    const template = lookup(catalogue, pluralKey(catalogue, key, params));
    return template === undefined ? key : fill(template, params, locale);
  };
  return (key, params = {}) => {
    const { defaultValue, ...values } = params;
    const template = lookup(catalogue, pluralKey(catalogue, key, values));
    if (template === undefined) return defaultValue ?? key;
    return fill(template, resolveParams(values, plain), locale);
  };
}

/** Whether a key exists (fix steps are counted this way: `step1`, `step2`, … until one is missing). */
export function hasText(catalogue: TextCatalogue, key: string): boolean {
  return lookup(catalogue, key) !== undefined;
}
