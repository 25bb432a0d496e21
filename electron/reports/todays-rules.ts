// Main process (plain Node). "What would today's app say?": this app's checklist rules run on the raw
// Fleet API responses saved in a report. Ids in a report are hashed consistently (bodies and request
// lines alike), so the rules find the same sites and cars. What a report never holds (the token's expiry,
// whether a refresh token was kept) or what redaction removed is "not in this report": such a check keeps
// the report's own result, so neither it nor a headline verdict reads as a change.
import { buildChecks, checkRef, verdicts } from '@shared/checklist/build-checks';
import type { Check, Verdicts } from '@shared/report/check-types';
import { inputFromReport } from '@shared/checklist/checklist-input';
import type { Report } from '@shared/report/report-schema';
import { REMOVED_MARK } from '../redaction/redact';
import { SECRET_MARK } from '../redaction/text-patterns';

/** Text keys of results that only mean "the token facts are not here" (a report never carries them). */
const TOKEN_FACTS_MISSING = new Set(['connection.unknown']);

const mentionsMissing = (value: unknown): boolean => {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  return text.includes(REMOVED_MARK) || text.includes(SECRET_MARK) || /(^|: )not read\b/.test(text);
};

/** Whether today's check is unknown only because the report lacks what it reads. */ /** Today's rules run on a report's raw responses; null when they cannot read them. */
/** `notInReport`: refs (`checkId@subjectId`) of checks today's rules cannot judge from the report's data. */
export type TodaysRules = (report: Report) => { checks: Check[]; verdicts?: Verdicts; notInReport?: string[] } | null;

export function missingFromReport(today: Check, inReport: Check | undefined): boolean {
  if (today.status !== 'unknown' || !inReport || inReport.status === 'unknown') return false;
  if (today.text && TOKEN_FACTS_MISSING.has(today.text.key)) return true;
  if (Object.values(today.text?.params ?? {}).some(mentionsMissing)) return true;
  return today.evidence.some((e) => mentionsMissing(e.value) || mentionsMissing(e.note));
}

export const todaysRules: TodaysRules = (report: Report) => {
  // Without any response there is nothing to judge: say so rather than list every check as unknown.
  if (report.raw.length === 0) return null;
  const checks = buildChecks(inputFromReport(report));
  const old = new Map(report.checks.map((c) => [checkRef(c), c]));
  const notInReport = checks.filter((c) => missingFromReport(c, old.get(checkRef(c)))).map(checkRef);
  // The verdicts count a check that cannot be judged from the report as the report judged it.
  const judged = checks.map((c) => (notInReport.includes(checkRef(c)) ? (old.get(checkRef(c)) ?? c) : c));
  return { checks, verdicts: verdicts(judged), notInReport };
};
