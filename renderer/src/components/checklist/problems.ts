// Renderer: the checklist read problems first: what is left to fix (failures, then warnings, then what
// could not be read), and who fixes each: you on site, the customer in the Tesla app, the platform, Tesla.
import type { Check } from '../../../../shared/checklist/check-types';

export const FIXERS = ['onsite', 'customer', 'platform', 'tesla'] as const;
export type Fixer = (typeof FIXERS)[number];

const ORDER: Record<Check['status'], number> = { fail: 0, warn: 1, unknown: 2, pass: 3, not_applicable: 4 };

/** Failures before warnings before unknowns before passes; the rules' order within each. */
export function byStatus(checks: readonly Check[]): Check[] {
  return checks.map((c, i) => ({ c, i })).sort((a, b) => ORDER[a.c.status] - ORDER[b.c.status] || a.i - b.i).map((x) => x.c);
}

/** The items someone has to act on (a pass or a "does not apply" needs nothing). */
export function problemsOf(checks: readonly Check[]): Check[] {
  return byStatus(checks.filter((c) => c.status === 'fail' || c.status === 'warn' || c.status === 'unknown'));
}

/**
 * Who fixes an item, from its fix's actor. "Try again" is the person at the laptop; a fix the app itself
 * cannot do (its configuration, its registration) is the platform's; no actor recorded: you on site.
 */
export function fixerOf(check: Check): Fixer {
  const fix = check.fix;
  if (!fix) return 'onsite';
  if (fix.text?.key === 'retry') return 'onsite';
  // A string: newer reports may name actors this build does not know (they fall back to you on site).
  switch (fix.actor as string | undefined) {
    case 'customer':
      return 'customer';
    case 'tesla':
      return 'tesla';
    case 'app':
    case 'platform':
      return 'platform';
    default:
      return 'onsite';
  }
}

/** The problems grouped by who fixes them, in FIXERS order, empty groups left out. */
export function problemsByFixer(checks: readonly Check[]): Array<{ fixer: Fixer; checks: Check[] }> {
  const problems = problemsOf(checks);
  return FIXERS.map((fixer) => ({ fixer, checks: problems.filter((c) => fixerOf(c) === fixer) })).filter((g) => g.checks.length > 0);
}
