// Main process (plain Node). "What would today's app say?": lines up the checks in a report with the
// checks today's rules make from the same raw responses, by check id and subject.
import {
  VERDICT_NAMES,
  type Check,
  type CheckStatus,
  type VerdictName,
  type Verdicts,
} from '@shared/report/check-types';

export interface CheckChange {
  checkId: string;
  subjectId: string;
  /** not_in_report: today's rules cannot judge it from the report's data (removed by redaction, or never kept). */
  kind: 'changed' | 'added' | 'removed' | 'not_in_report';
  before: CheckStatus | null;
  after: CheckStatus | null;
  /** Today's title as a message key (or the report's, for a check today's rules no longer make). */
  text?: Check['text'];
  /** The same, from a report written before checks had keys: the title in English. */
  title?: string;
}

/** What names the check in the page's language: its key, or an old report's English title. */
const named = (c: Check) => ({
  ...(c.text ? { text: c.text } : {}),
  ...(c.title !== undefined ? { title: c.title } : {}),
});

export interface Comparison {
  changes: CheckChange[];
  unchanged: number;
  verdictChanges: { name: VerdictName; before: boolean | null; after: boolean }[];
}

const key = (c: Check) => `${c.id}@${c.subject.id}`;

export function compareChecks(
  before: Check[],
  after: Check[],
  verdictsBefore?: Verdicts,
  verdictsAfter?: Verdicts,
  notInReport: ReadonlySet<string> = new Set(),
): Comparison {
  const old = new Map(before.map((c) => [key(c), c]));
  const now = new Map(after.map((c) => [key(c), c]));
  const changes: CheckChange[] = [];
  let unchanged = 0;
  for (const [k, c] of now) {
    const prev = old.get(k);
    if (!prev)
      changes.push({
        checkId: c.id,
        subjectId: c.subject.id,
        kind: 'added',
        before: null,
        after: c.status,
        ...named(c),
      });
    else if (notInReport.has(k))
      changes.push({
        checkId: c.id,
        subjectId: c.subject.id,
        kind: 'not_in_report',
        before: prev.status,
        after: null,
        ...named(prev),
      });
    else if (prev.status !== c.status)
      changes.push({
        checkId: c.id,
        subjectId: c.subject.id,
        kind: 'changed',
        before: prev.status,
        after: c.status,
        ...named(c),
      });
    else unchanged += 1;
  }
  for (const [k, c] of old) {
    if (!now.has(k))
      changes.push({
        checkId: c.id,
        subjectId: c.subject.id,
        kind: 'removed',
        before: c.status,
        after: null,
        ...named(c),
      });
  }
  const verdictChanges: Comparison['verdictChanges'] = [];
  if (verdictsAfter) {
    for (const name of VERDICT_NAMES) {
      const b = verdictsBefore ? verdictsBefore[name].ready : null;
      if (b !== verdictsAfter[name].ready) verdictChanges.push({ name, before: b, after: verdictsAfter[name].ready });
    }
  }
  return { changes, unchanged, verdictChanges };
}
