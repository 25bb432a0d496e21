// Renderer: the site visit as steps (Connect → Check → Fix → Test → Report → End visit): which screen is
// open, and what the visit has done so far, so the step header can say where you are and what is next.
// What was done is also kept on the main side (`accounts:visitProgress`): a reload restores it from there.
import { create } from 'zustand';
import type { VisitProgress } from '@shared/contract';
import { getClient } from '@renderer/transport';

export const VISIT_STEPS = ['connect', 'check', 'fix', 'test', 'report', 'end'] as const;
export type VisitStep = (typeof VISIT_STEPS)[number];

interface VisitState {
  /** The open screen's id (see screens/index.ts). */
  screen: string;
  /** Bumped on every "go to the problems" so the checklist scrolls to them even when already open. */
  problemsFocus: number;
  /** A report was exported during this visit. */
  reported: boolean;
  /** What the main side says each customer's visit has done (restored after a reload), by account id. */
  restored: Record<string, VisitProgress>;
  go(screen: string): void;
  goToProblems(): void;
  markReported(): void;
  /** Asks the main side how far the visit has come (on load); a failure leaves the page's own knowledge. */
  restore(): Promise<void>;
  /** The visit ended (every customer forgotten): back to the start. */
  reset(): void;
}

export const useVisitStore = create<VisitState>((set) => ({
  screen: 'accounts',
  problemsFocus: 0,
  reported: false,
  restored: {},
  go: (screen) => set({ screen }),
  goToProblems: () => set((s) => ({ screen: 'fix', problemsFocus: s.problemsFocus + 1 })),
  markReported: () => set({ reported: true }),
  async restore() {
    try {
      const { accounts } = await getClient().accounts.visitProgress({});
      set({ restored: Object.fromEntries(accounts.map((a) => [a.accountId, a])) });
    } catch {
      // Only what this page saw counts then; the steps are still right for everything done from now on.
    }
  },
  reset: () => set({ reported: false, restored: {} }),
}));
