// Renderer: the checklist screen's state: the last report per account, progress while it runs, and
// which item is being checked again. Talks only to the contract's client.
import { create } from 'zustand';
import type { Check } from '@shared/report/check-types';
import type { Report } from '@shared/report/report-schema';
import { markOnce } from '@renderer/perf/start-marks';
import { getClient } from '@renderer/transport';

interface ChecklistState {
  accountId: string | null;
  report: Report | null;
  running: boolean;
  /** The last checklist is being asked for: "not run yet" is not known, and "Run" waits for the answer. */
  loading: boolean;
  progress: { done: number; total: number } | null;
  rechecking: string | null;
  error: string | null;
  /** Shows the account's last checklist of this run, if any. */
  load(accountId: string): Promise<void>;
  /**
   * As the app opens, for the customer on screen: their last checklist of this run, or else one read now,
   * so the verdicts are there by the time the installer looks (the main side joins a run already under way).
   * Asks at the call (the question is on its way once this returns); resolves once answered.
   */
  open(accountId: string): Promise<void>;
  run(accountId: string): Promise<void>;
  recheck(check: Check): Promise<void>;
  /** Listens for progress; returns the removal. */
  subscribe(): () => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const useChecklistStore = create<ChecklistState>((set, get) => ({
  accountId: null,
  report: null,
  running: false,
  loading: false,
  progress: null,
  rechecking: null,
  error: null,
  async load(accountId) {
    if (get().accountId !== accountId) set({ accountId, report: null, error: null, progress: null });
    set({ loading: true });
    try {
      markOnce('checklist-asked');
      const report = await getClient().checklist.last({ accountId });
      if (report) markOnce('checklist-answer');
      if (get().accountId === accountId && !get().running) set({ report });
    } catch (e) {
      set({ error: message(e) });
    } finally {
      if (get().accountId === accountId) set({ loading: false });
    }
  },
  async open(accountId) {
    await get().load(accountId);
    const { report, running, error } = get();
    if (get().accountId === accountId && !report && !running && !error) void get().run(accountId);
  },
  async run(accountId) {
    set({ accountId, running: true, error: null, progress: null });
    try {
      markOnce('checklist-asked');
      const report = await getClient().checklist.run({ accountId });
      markOnce('checklist-answer');
      if (get().accountId === accountId) set({ report });
    } catch (e) {
      set({ error: message(e) });
    } finally {
      set({ running: false, progress: null });
    }
  },
  async recheck(check) {
    const { accountId, report } = get();
    if (!accountId || !report) return;
    const ref = `${check.id}@${check.subject.id}`;
    set({ rechecking: ref, error: null });
    try {
      // One round trip: the main side re-judged every check on the new reading (readiness depends on the
      // scopes, the verdicts on several items) and answers with the whole checklist.
      const { report: whole } = await getClient().checklist.recheck({
        accountId,
        checkId: check.id,
        subjectId: check.subject.id,
      });
      if (get().report && get().accountId === accountId) set({ report: whole });
    } catch (e) {
      set({ error: message(e) });
    } finally {
      set({ rechecking: null });
    }
  },
  subscribe() {
    watchReconnects();
    return getClient().on('checklist:progress', (p) => {
      if (p.accountId === get().accountId && get().running) set({ progress: { done: p.done, total: p.total } });
    });
  },
}));

// The client whose reconnects are watched. Kept for the app's life (not only while the screen shows): a
// customer reconnected from any screen gets a fresh checklist, so no screen shows the old grant's verdicts.
let watchingReconnectsOn: unknown = null;

function watchReconnects(): void {
  const client = getClient();
  if (watchingReconnectsOn === client) return;
  watchingReconnectsOn = client;
  client.on('accounts:signInFinished', (e) => {
    const { accountId, report, running } = useChecklistStore.getState();
    if (e.ok && e.accountId && e.accountId === accountId && report && !running)
      void useChecklistStore.getState().run(e.accountId);
  });
}
