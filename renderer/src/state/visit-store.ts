// Renderer: the site visit as steps (Connect → Check → Fix → Test → Report → End visit): which screen is
// open, and what the visit has done so far, so the step header can say where you are and what is next.
import { create } from 'zustand';

export const VISIT_STEPS = ['connect', 'check', 'fix', 'test', 'report', 'end'] as const;
export type VisitStep = (typeof VISIT_STEPS)[number];

interface VisitState {
  /** The open screen's id (see screens/index.ts). */
  screen: string;
  /** Bumped on every "go to the problems" so the checklist scrolls to them even when already open. */
  problemsFocus: number;
  /** A report was exported during this visit. */
  reported: boolean;
  go(screen: string): void;
  goToProblems(): void;
  markReported(): void;
  /** The visit ended (every customer forgotten): back to the start. */
  reset(): void;
}

export const useVisitStore = create<VisitState>((set) => ({
  screen: 'accounts',
  problemsFocus: 0,
  reported: false,
  go: (screen) => set({ screen }),
  goToProblems: () => set((s) => ({ screen: 'fix', problemsFocus: s.problemsFocus + 1 })),
  markReported: () => set({ reported: true }),
  reset: () => set({ reported: false }),
}));
