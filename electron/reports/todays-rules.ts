// Main process (plain Node). "What would today's app say?": this app's checklist rules run on the raw
// Fleet API responses saved in a report. Ids in a report are hashed consistently (bodies and request
// lines alike), so the rules find the same sites and cars; token facts are not in a report and read as
// unknown.
import { buildChecks, verdicts } from '../../shared/checklist/build-checks';
import { inputFromReport } from '../../shared/checklist/checklist-input';
import type { TodaysRules } from './reports-service';

export const todaysRules: TodaysRules = (report) => {
  // Without any response there is nothing to judge: say so rather than list every check as unknown.
  if (report.raw.length === 0) return null;
  const checks = buildChecks(inputFromReport(report));
  return { checks, verdicts: verdicts(checks) };
};
