// Runs anywhere. The one convention the catalogues add to i18next: a parameter whose name ends in `Key` (or
// `Keys`) is itself a message, translated in the same language before it is put in place. The screen's
// i18next (renderer/src/i18n) and the main side's instances (shared/text/languages.ts) both go through it.
import type { TextParams } from './text-ref';

/** Looks a key up and fills it: i18next's `t`, narrowed to what the app passes. */
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
