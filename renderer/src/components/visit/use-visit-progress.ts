// Renderer: how far the site visit has come, from what the stores already know (a connected customer, a
// checklist for them, what is left to fix, a finished test, an exported report) and, for what this page did
// not see itself (it was reloaded), from what the main side kept of the visit.
import { useAccountsStore } from '@renderer/state/accounts-store';
import { useVisitStore, VISIT_STEPS, type VisitStep } from '@renderer/state/visit-store';
import { useChecklistStore } from '@renderer/state/checklist-store';
import { useTestChargeStore } from '@renderer/state/test-charge-store';
import { isProblem } from '@shared/checklist/problems';

/** `attention`: done enough to go on, but not right (connected with a consent box left unticked). */
export type StepState = 'done' | 'next' | 'todo' | 'attention';

export interface VisitProgress {
  steps: Record<VisitStep, StepState>;
  /** The first step not done yet (End visit once all are). */
  next: VisitStep;
  /** Items left to fix on the selected customer's checklist; null before it has run. */
  toFix: number | null;
  /** Consent boxes the selected customer left unticked (0 when none or not known). */
  permissionsMissing: number;
}

export function useVisitProgress(): VisitProgress {
  const account = useAccountsStore((s) => s.accounts.find((a) => a.id === s.selectedAccountId));
  const report = useChecklistStore((s) => (s.accountId === account?.id ? s.report : null));
  const run = useTestChargeStore((s) => s.run);
  const reported = useVisitStore((s) => s.reported);
  const kept = useVisitStore((s) => (account ? s.restored[account.id] : undefined));
  const toFix = report ? report.checks.filter(isProblem).length : kept?.checked ? kept.toFix : null;
  const done: Record<VisitStep, boolean> = {
    connect: account !== undefined && account.state !== 'reconnect_needed',
    check: report !== null || kept?.checked === true,
    fix: toFix === 0,
    test: (run !== null && run.accountId === account?.id && run.phase === 'finished') || kept?.tested === true,
    report: reported || kept?.reported === true,
    end: false,
  };
  const next = VISIT_STEPS.find((s) => !done[s]) ?? 'end';
  // A consent box left unticked: connected (the checklist can run), but never "✓ done" in green.
  const permissionsMissing = account?.consent?.missing.length ?? 0;
  const steps = Object.fromEntries(
    VISIT_STEPS.map((s) => [
      s,
      s === 'connect' && done[s] && permissionsMissing > 0
        ? 'attention'
        : done[s]
          ? 'done'
          : s === next
            ? 'next'
            : 'todo',
    ]),
  ) as Record<VisitStep, StepState>;
  return { steps, next, toFix, permissionsMissing };
}
