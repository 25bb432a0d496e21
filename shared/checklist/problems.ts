// Runs anywhere. "Problems first": which checks need fixing, grouped by who fixes them (you on site, the
// customer in the Tesla app, the platform, Tesla), failures before warnings before unknowns. The terminal
// (electron/checklist/format-text.ts) and the screens order the checklist with this one rule.
import type { Check, CheckStatus } from '@shared/report/check-types';

export type FixerGroup = 'on_site' | 'customer' | 'platform' | 'tesla';

export const FIXER_ORDER: readonly FixerGroup[] = ['on_site', 'customer', 'platform', 'tesla'];
const SEVERITY: Record<CheckStatus, number> = { fail: 0, warn: 1, unknown: 2, pass: 3, not_applicable: 4 };

/** Who fixes a check: its fix's actor ("app" and "platform" are the platform's side); no actor: you on site. */
export function fixerOf(check: Pick<Check, 'fix'>): FixerGroup {
  // A string, so actors added later (e.g. 'platform') group without a change here.
  const actor: string | undefined = check.fix?.actor;
  if (actor === 'customer') return 'customer';
  if (actor === 'tesla') return 'tesla';
  if (actor === 'app' || actor === 'platform') return 'platform';
  return 'on_site';
}

export const isProblem = (c: Pick<Check, 'status'>): boolean =>
  c.status === 'fail' || c.status === 'warn' || c.status === 'unknown';

/** Problems grouped by who fixes them, in the fixed order, each group sorted fail > warn > unknown (stable). */
export function problemsByFixer(checks: readonly Check[]): Array<{ fixer: FixerGroup; checks: Check[] }> {
  const problems = checks.filter(isProblem);
  return FIXER_ORDER.map((fixer) => ({
    fixer,
    checks: problems
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => fixerOf(c) === fixer)
      .sort((a, b) => SEVERITY[a.c.status] - SEVERITY[b.c.status] || a.i - b.i)
      .map(({ c }) => c),
  })).filter((g) => g.checks.length > 0);
}
