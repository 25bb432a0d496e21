// Runs anywhere. "Problems first": which checks need fixing, grouped by who fixes them (you on site, the
// customer in the Tesla app, the platform, Tesla), failures before warnings before unknowns. The terminal
// (electron/checklist/format-text.ts) and the screens order the checklist with this one rule.
import type { Check, CheckStatus } from '@shared/report/check-types';

/** `waiting`: nobody fixes it today (a rate limit until its reset, no permission to operate yet). */
export type FixerGroup = 'on_site' | 'customer' | 'platform' | 'tesla' | 'waiting';

export const FIXER_ORDER: readonly FixerGroup[] = ['on_site', 'customer', 'platform', 'tesla', 'waiting'];
const SEVERITY: Record<CheckStatus, number> = {
  fail: 0,
  warn: 1,
  unknown: 2,
  pass: 3,
  not_applicable: 4,
  not_checked: 5,
};

/** Who fixes a check: its fix's actor ("app" and "platform" are the platform's side); no actor: you on site. */
export function fixerOf(check: Pick<Check, 'fix' | 'waiting'>): FixerGroup {
  if (check.waiting) return 'waiting';
  // A string, so actors added later (e.g. 'platform') group without a change here.
  const actor: string | undefined = check.fix?.actor;
  if (actor === 'customer') return 'customer';
  if (actor === 'tesla') return 'tesla';
  if (actor === 'wait') return 'waiting';
  if (actor === 'app' || actor === 'platform') return 'platform';
  return 'on_site';
}

/** `not_checked` is not a problem: the earlier check that blocked it is (shared/checklist/layers.ts). */
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

/** "N things to fix": the problems someone acts on today (what waits for its time is listed, not counted). */
export const toFixCount = (groups: ReadonlyArray<{ fixer: FixerGroup; checks: readonly Check[] }>): number =>
  groups.filter((g) => g.fixer !== 'waiting').reduce((n, g) => n + g.checks.length, 0);
