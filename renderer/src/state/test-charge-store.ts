// Renderer: the Test charge screen's state: the form, the plan (preflight + what would change), the run
// as the main side reports it (state and sample events), and notices of restores finished at start-up.
import { create } from 'zustand';
import type { RecoveryNotice, RunView, TestPlan } from '@shared/contract';
import type { Check } from '@shared/report/check-types';
import { getClient } from '@renderer/transport';

export interface TestForm {
  siteId: string;
  direction: 'charge' | 'discharge';
  minutes: number;
  gridInteraction: boolean;
}

interface TestChargeState {
  sites: { siteId: string; name: string; hasBattery: boolean }[];
  /** Tesla refused the account itself: the checklist's root cause check that blocks every test (else null). */
  blocked: Check | null;
  form: TestForm;
  plan: TestPlan | null;
  run: RunView | null;
  recovery: RecoveryNotice[];
  busy: boolean;
  error: string | null;
  loadSites(accountId: string): Promise<void>;
  setForm(patch: Partial<TestForm>): void;
  check(accountId: string): Promise<void>;
  /**
   * `force`: the installer confirmed running a test the checklist says will fail; `confirmOtherTest`: that no
   * other test runs although the site shows one.
   */
  start(accountId: string, force?: boolean, confirmOtherTest?: boolean): Promise<void>;
  stop(): Promise<void>;
  recoverNow(): Promise<void>;
  discard(siteId: string): Promise<void>;
  subscribe(): () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const MINUTES = { min: 1, max: 15 };

export const useTestChargeStore = create<TestChargeState>((set, get) => {
  const guard = async (work: () => Promise<void>) => {
    set({ busy: true, error: null });
    try {
      await work();
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ busy: false });
    }
  };
  const request = (accountId: string) => {
    const { form } = get();
    return {
      accountId,
      siteId: form.siteId,
      direction: form.direction,
      minutes: form.minutes,
      gridInteraction: form.gridInteraction,
    };
  };
  return {
    sites: [],
    blocked: null,
    form: { siteId: '', direction: 'charge', minutes: 5, gridInteraction: true },
    plan: null,
    run: null,
    recovery: [],
    busy: false,
    error: null,
    loadSites: (accountId) =>
      guard(async () => {
        set({ blocked: null });
        const { sites, blocked } = await getClient().testCharge.sites({ accountId });
        const battery = sites.filter((s) => s.hasBattery);
        const keep = battery.some((s) => s.siteId === get().form.siteId);
        set({
          sites,
          blocked: blocked ?? null,
          form: { ...get().form, siteId: keep ? get().form.siteId : (battery[0]?.siteId ?? '') },
          plan: null,
        });
        const status = await getClient().testCharge.status({});
        set({ run: status.current, recovery: status.recovery });
      }),
    setForm: (patch) => {
      const next = { ...get().form, ...patch };
      next.minutes = Math.min(
        MINUTES.max,
        Math.max(MINUTES.min, Math.round(Number.isFinite(next.minutes) ? next.minutes : 5)),
      );
      // A changed form invalidates the plan: preflight and strategy depend on every field.
      set({ form: next, plan: null });
    },
    check: (accountId) =>
      guard(async () => {
        set({ plan: await getClient().testCharge.plan(request(accountId)) });
      }),
    start: (accountId, force = false, confirmOtherTest = false) =>
      guard(async () => {
        const { runId } = await getClient().testCharge.start({ ...request(accountId), force, confirmOtherTest });
        const { form } = get();
        // The plan was read before the test; after it, readiness is checked afresh.
        set({ plan: null });
        // Until the first state event arrives, show the run as preparing.
        if (get().run?.runId !== runId) {
          set({
            run: {
              runId,
              accountId,
              ...form,
              phase: 'preparing',
              remainingSeconds: form.minutes * 60,
              clockSpeed: 1,
              samples: [],
            },
          });
        }
      }),
    stop: () =>
      guard(async () => {
        const run = get().run;
        if (run) await getClient().testCharge.stop({ runId: run.runId });
      }),
    recoverNow: () =>
      guard(async () => {
        const { notices } = await getClient().testCharge.recover({});
        set({ recovery: [...notices, ...get().recovery] });
      }),
    discard: (siteId) =>
      guard(async () => {
        await getClient().testCharge.discard({ siteId });
        set({ recovery: get().recovery.filter((n) => n.siteId !== siteId) });
      }),
    subscribe: () => {
      const client = getClient();
      const offs = [
        client.on('testCharge:state', (view) => set({ run: view })),
        client.on('testCharge:sample', ({ runId, sample, remainingSeconds }) => {
          const run = get().run;
          if (!run || run.runId !== runId || run.samples.some((s) => s.t === sample.t)) return;
          set({ run: { ...run, samples: [...run.samples, sample], remainingSeconds } });
        }),
        client.on('testCharge:recovery', ({ notices }) => set({ recovery: [...notices, ...get().recovery] })),
      ];
      return () => offs.forEach((off) => off());
    },
  };
});
