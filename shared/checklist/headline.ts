// Runs anywhere. The checklist's "one cause, one fix" headline, decided once for the screen (ChecklistView),
// the terminal and report text (electron/checklist/format-text.ts) and the Test screen's "blocked by" card
// (BlockedByCause): which check it names (the first failing layer, shared/checklist/layers.ts), who acts, and
// which catalogue key and values say it. Each edge only words it (shared/text/check-text.ts `headline`).
import type { Check } from '@shared/report/check-types';
import type { HeadlineText } from '@shared/text/check-text';
import { problemCount, rootCause } from './layers';
import { fixerOf, isProblem, type FixerGroup } from './problems';

/** `text`: the fix's summary, else the check's title, under `checks.` (null in a report from before keys). */
export interface Headline extends HeadlineText {
  /** The cause it names. */
  check: Check;
  /** Who acts, as the checklist groups it (on site, the customer, the platform, Tesla, waiting). */
  fixer: FixerGroup;
}

/** The headline for a cause already chosen (the Test screen's account gate): its fix's summary, else its title. */
export function headlineFor(check: Check): Headline {
  const fixer = fixerOf(check);
  const fix = check.fix;
  if (fix) {
    return fix.text
      ? { check, fixer, text: { key: `${fix.text.key}.summary`, params: fix.text.params }, ...fallback(fix.summary) }
      : { check, fixer, text: null, fallback: fix.summary ?? '' };
  }
  return check.text
    ? { check, fixer, text: { key: `${check.text.key}.title`, params: check.text.params }, ...fallback(check.title) }
    : { check, fixer, text: null, fallback: check.title ?? check.id };
}

/**
 * The checklist's headline: only when exactly one thing is wrong once layered (one cause reads as one fix),
 * naming the root cause; null when nothing is wrong, when several things are, or when the one problem is no
 * cause (a setting that waits for its time, such as permission to export, is listed, not headlined).
 */
export function oneCauseHeadline(checks: readonly Check[]): Headline | null {
  const root = rootCause(checks);
  if (!root || problemCount(checks) !== 1) return null;
  // The problem itself, not a passing check of the same id on another site or car.
  const check = checks.find((c) => c.id === root.checkId && isProblem(c)) ?? checks.find((c) => c.id === root.checkId);
  return check ? headlineFor(check) : null;
}

const fallback = (english: string | undefined) => (english === undefined ? {} : { fallback: english });
