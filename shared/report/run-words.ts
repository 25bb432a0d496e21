// Runs anywhere. A test run's result in words, for the report and the screens alike: what the test proved
// and whether it passed ("Exported to the grid: passed"), never the outcome code (`discharged_to_grid`).
import type { TestRun } from './test-run-schema';

/** The catalogue key of the result line and the key of its verdict word (the line's `verdictKey`). */
export function runResultText(run: Pick<TestRun, 'direction' | 'gridInteraction' | 'verdict'>): {
  key: string;
  params: { verdictKey: string };
} {
  return {
    key: RESULT[run.direction][run.gridInteraction ? 'grid' : 'local'],
    params: { verdictKey: `report.handover.verdict.${run.verdict}` },
  };
}

/** With grid interaction a discharge proves export and a charge proves charging from the grid. */
const RESULT = {
  charge: { local: 'report.handover.result.charge', grid: 'report.handover.result.charge_grid' },
  discharge: { local: 'report.handover.result.discharge', grid: 'report.handover.result.discharge_grid' },
} as const;

/** The catalogue key of a run's outcome sentence (an older report may hold a sentence instead: shown as is). */
export function runReasonKey(run: Pick<TestRun, 'reason'>): string {
  return `outcome.${run.reason}`;
}
