// Main process (plain Node). The test charge as the app serves it: plan (preflight and what would change,
// no writes), start one run per site in the background, Stop, status, and the start-up recovery. Samples
// and phase changes go to the page as events; the run itself is orchestrator.ts.
import { randomUUID } from 'node:crypto';
import type { RecoveryNotice, RunView, TestPlan } from '@shared/contract/areas/test-charge';
import { gatedPreflight } from '@shared/test-charge/readiness-gate';
import { settingsFromSiteInfo } from '@shared/test-charge/settings';
import { nameplatePowerW, parseLiveStatus, parseSiteInfo } from '@shared/test-charge/site-facts';
import { planStrategy, type Direction } from '@shared/test-charge/strategy';
import { signsOfAnotherTest } from '@shared/test-charge/other-test-signs';
import { thresholdW } from '@shared/test-charge/verdict';
import { createFleetClient, FleetApiError } from '../fleet/fleet-client';
import { accountGate } from '@shared/checklist/account-gate';
import type { Check } from '@shared/report/check-types';
import { sessionFacts } from '../checklist/gather';
import type { ForgetHold } from '../accounts/account-service';
import type { FleetSession } from '../fleet/fleet-session';
import type { EventBus } from '../ipc/event-bus';
import { UserFacingError } from '../ipc/handler-types';
import { energyApiFromFleetClient, type EnergySiteApi } from './energy-api';
import { listJournals, removeJournal } from './journal';
import { runTestCharge } from './orchestrator';
import { recoverPending, type RecoveryOutcome } from './recovery';
import type { RunClock } from './run-clock';
import { acquireSiteLock } from './site-lock';
import type { SiteLockKind, SiteLockSource } from './locks/site-lock-port';
import { SETTLE_POLL_MS, watchSettle, type SettleReading } from './settle-watch';

export interface TestChargeDeps {
  dataDir: string;
  events: EventBus;
  /** The customer's Fleet API session (connect's AccountService.session). */
  sessionFor(accountId: string): Promise<FleetSession>;
  /** The clock runs follow: the embedded simulator's in demo mode, real time against Tesla. */
  clock(): RunClock;
  clockSpeed(): number;
  /** For tests: the Fleet API for a session (default: the real client). */
  apiFor?: (session: FleetSession) => EnergySiteApi;
  onRecovery?: (notices: RecoveryNotice[]) => void;
  /**
   * Locks every installation can see (the platform's site lease, the team store), taken with the data
   * folder's before a test's first write; none: only this data folder's lock, and the screen says so. A
   * function is asked per customer: the locks follow the platform that customer's profile reaches them through.
   */
  sharedLocks?: readonly SiteLockSource[] | ((accountId: string) => readonly SiteLockSource[]);
}

/** How long a Powerwall may keep acting on settings after they were changed (the cloud relays them). */
const SETTLE_MS = 5 * 60_000;

/**
 * While a restore is pending (Tesla could not be reached), the app tries again after these waits on the run
 * clock, then every last one: 1, 2, 5 min, then every 5 min, until no journal is left or a refusal no retry
 * fixes (token revoked, account forgotten) leaves only a person able to finish it.
 */
export const RESTORE_RETRY_MS = [60_000, 120_000, 300_000] as const;

export interface TestRequest {
  accountId: string;
  siteId: string;
  direction: Direction;
  minutes: number;
  gridInteraction: boolean;
  /** Run although the checklist says the test will fail (the installer confirmed). */
  force?: boolean;
  /** Run although the site shows another test in progress (the installer knows better and confirmed). */
  confirmOtherTest?: boolean;
}

interface SettleWatch {
  done: Promise<SettleReading>;
  latest: SettleReading;
  controller: AbortController;
}

export class TestChargeService {
  private current: RunView | null = null;
  private starting = false;
  private readonly controllers = new Map<string, AbortController>();
  private readonly running = new Map<string, Promise<void>>();
  private notices: RecoveryNotice[] = [];
  /** When each site was last restored by recovery (run clock ms): its next baseline would still show the test. */
  private readonly restoredAt = new Map<string, number>();
  /** Per site: the watch for the battery to settle after the last restore (while it runs, and its outcome). */
  private readonly settles = new Map<string, SettleWatch>();
  /** The background retry of pending restores, while one is scheduled. */
  private retrying: { controller: AbortController; done: Promise<void> } | null = null;
  private closed = false;

  constructor(private readonly deps: TestChargeDeps) {}

  private api(session: FleetSession): EnergySiteApi {
    return this.deps.apiFor?.(session) ?? energyApiFromFleetClient(createFleetClient(session));
  }

  async sites(accountId: string): Promise<TestSite[]> {
    return (await this.siteList(accountId, false)).sites;
  }

  /**
   * The sites, or what blocks every test of this account: when Tesla refuses the product list for the account
   * itself (the platform's registration or billing, the sign-in, a rate limit), the checklist's root cause
   * (shared/checklist/account-gate.ts), never an empty list read as "no site with a battery". Any other
   * failure (no answer, a server error) is thrown as before.
   */
  async siteList(accountId: string, nameTheGate = true): Promise<{ sites: TestSite[]; blocked?: Check }> {
    const session = await this.deps.sessionFor(accountId);
    try {
      return { sites: sitesIn((await createFleetClient(session).products()).response) };
    } catch (error) {
      const raw = nameTheGate && error instanceof FleetApiError ? (error.raw ?? null) : null;
      const blocked = raw
        ? accountGate({
            now: this.deps.clock().now(),
            account: sessionFacts(session),
            profile: { partnerDomain: null },
            responses: [raw],
          })
        : null;
      if (blocked) return { sites: [], blocked };
      throw error;
    }
  }

  async plan(req: TestRequest): Promise<TestPlan> {
    const session = await this.deps.sessionFor(req.accountId);
    const api = this.api(session);
    const [siteRaw, liveRaw] = await Promise.all([api.siteInfo(req.siteId), api.liveStatus(req.siteId)]);
    const site = parseSiteInfo(siteRaw);
    const live = parseLiveStatus(liveRaw);
    const settings = settingsFromSiteInfo(site);
    const strategy = planStrategy(req.direction, req.gridInteraction, settings, site);
    // The same gate the run passes: the checklist's rules on these readings.
    const gate = gatedPreflight({
      siteId: req.siteId,
      direction: req.direction,
      grantedScopes: session.grantedScopes,
      siteRaw,
      liveRaw,
      now: this.deps.clock().now(),
      strategy,
      ...(req.force ? { force: true } : {}),
    });
    const settle = this.settles.get(req.siteId)?.latest;
    const otherTest = signsOfAnotherTest(
      settings,
      live.battery_power,
      thresholdW(nameplatePowerW(site, req.direction)),
    );
    return {
      preflight: gate.preflight,
      strategy,
      settings,
      socPercent: typeof live.percentage_charged === 'number' ? live.percentage_charged : null,
      thresholdW: thresholdW(nameplatePowerW(site, req.direction)),
      checklist: { blocking: gate.readiness.blocking, notes: gate.readiness.notes },
      ...(settle?.state === 'settling'
        ? { settling: { sinceSeconds: settle.seconds, batteryW: settle.batteryW } }
        : {}),
      ...(otherTest.length > 0 ? { otherTest } : {}),
      locks: this.lockKinds(req.accountId),
    };
  }

  /** The locks a test here takes: this data folder's, then each configured shared one. */
  lockKinds(accountId: string): SiteLockKind[] {
    return ['local', ...this.sharedLocksFor(accountId).map((l) => l.kind)];
  }

  private sharedLocksFor(accountId: string): readonly SiteLockSource[] {
    const locks = this.deps.sharedLocks;
    return typeof locks === 'function' ? locks(accountId) : (locks ?? []);
  }

  /** After a restore: watch live power until the battery is back to its usual behaviour (or time is up). */
  private startSettleWatch(view: RunView, publish: () => void): void {
    const result = view.result;
    if (!result?.restored || result.samples.length === 0) return;
    this.settles.get(view.siteId)?.controller.abort();
    const controller = new AbortController();
    const first: SettleReading = { state: 'settling', batteryW: null, seconds: 0 };
    view.settle = first;
    const watch: SettleWatch = { latest: first, controller, done: Promise.resolve(first) };
    const session = this.deps.sessionFor(view.accountId);
    watch.done = session
      .then((s) =>
        watchSettle({
          api: this.api(s),
          siteId: view.siteId,
          clock: this.deps.clock(),
          direction: view.direction,
          baselineW: result.baselineBatteryW,
          thresholdW: result.thresholdW ?? thresholdW(undefined),
          pollMs: SETTLE_POLL_MS,
          signal: controller.signal,
          onReading: (reading) => {
            watch.latest = reading;
            view.settle = reading;
            publish();
          },
        }),
      )
      .catch((): SettleReading => ({ ...watch.latest, state: 'unknown' }))
      .then((final) => {
        watch.latest = final;
        view.settle = final;
        publish();
        return final;
      });
    this.settles.set(view.siteId, watch);
    publish();
  }

  /** Waits for a settle watch of this site still running; answers whether the battery settled. */
  private async waitForSettle(siteId: string, view: RunView, publish: () => void): Promise<boolean> {
    const watch = this.settles.get(siteId);
    if (!watch) return true;
    if (watch.latest.state === 'settling') {
      view.waitingToSettle = true;
      publish();
      await watch.done;
      view.waitingToSettle = false;
    }
    return watch.latest.state === 'settled';
  }

  /** Starts a run in the background and answers at once; progress comes as events. */
  async start(req: TestRequest): Promise<string> {
    if (this.starting || (this.current && this.current.phase !== 'finished' && this.current.phase !== 'failed')) {
      throw new UserFacingError('test_running');
    }
    // Held across the await below, so two quick starts cannot both pass the check above.
    this.starting = true;
    let session: FleetSession;
    try {
      session = await this.deps.sessionFor(req.accountId);
    } finally {
      this.starting = false;
    }
    const runId = randomUUID();
    const controller = new AbortController();
    this.controllers.set(runId, controller);
    const clock = this.deps.clock();
    const endsIn = req.minutes * 60;
    let firstWriteAt: number | null = null;
    const view: RunView = {
      runId,
      ...req,
      phase: 'preparing',
      remainingSeconds: endsIn,
      clockSpeed: this.deps.clockSpeed(),
      samples: [],
    };
    this.current = view;
    const publish = () => this.deps.events.emit('testCharge:state', { ...view, samples: [...view.samples] });
    publish();
    const work = this.waitForSettle(req.siteId, view, publish)
      .then((settled) =>
        runTestCharge({
          dataDir: this.deps.dataDir,
          accountId: req.accountId,
          apiBase: session.apiBase,
          siteId: req.siteId,
          direction: req.direction,
          minutes: req.minutes,
          gridInteraction: req.gridInteraction,
          grantedScopes: session.grantedScopes,
          api: this.api(session),
          clock,
          runId,
          // A battery still acting on an earlier test's values says nothing about the customer's settings.
          useBaseline: settled && clock.now() - (this.restoredAt.get(req.siteId) ?? -Infinity) > SETTLE_MS,
          ...(req.force ? { force: true } : {}),
          ...(req.confirmOtherTest ? { confirmOtherTest: true } : {}),
          sharedLocks: this.sharedLocksFor(req.accountId),
          signal: controller.signal,
          onPhase: (phase, detail) => {
            if (phase === 'writing') firstWriteAt = clock.now();
            view.phase = phase === 'finished' ? view.phase : phase;
            if (detail.strategy) view.strategy = detail.strategy;
            if (firstWriteAt !== null)
              view.remainingSeconds = Math.max(0, endsIn - (clock.now() - firstWriteAt) / 1000);
            if (phase === 'restoring') view.remainingSeconds = 0;
            if (phase !== 'finished') publish();
          },
          onSample: (sample) => {
            view.samples.push(sample);
            view.remainingSeconds = Math.max(0, endsIn - sample.t);
            this.deps.events.emit('testCharge:sample', { runId, sample, remainingSeconds: view.remainingSeconds });
          },
        }),
      )
      .then(
        (result) => {
          view.phase = 'finished';
          view.remainingSeconds = 0;
          view.result = result;
          publish();
          this.startSettleWatch(view, publish);
          // Tesla could not be reached for the restore: the journal stays, and the app keeps trying.
          if (!result.restored) this.retryRestores();
        },
        (error: unknown) => {
          view.phase = 'failed';
          view.error = error instanceof Error ? error.message : String(error);
          publish();
        },
      );
    this.running.set(
      runId,
      work.finally(() => {
        this.controllers.delete(runId);
        this.running.delete(runId);
      }),
    );
    return runId;
  }

  stop(runId: string): boolean {
    const controller = this.controllers.get(runId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  status(): { current: RunView | null; recovery: RecoveryNotice[] } {
    return { current: this.current, recovery: this.notices };
  }

  /** Waits for a run to finish (tests, shutdown). */
  async settled(runId?: string): Promise<void> {
    const run = runId ? this.running.get(runId) : undefined;
    await Promise.all(runId ? (run ? [run] : []) : [...this.running.values()]);
  }

  /** Waits for the site's battery-settle watch after its last restore (tests); undefined when none. */
  async batterySettled(siteId: string): Promise<SettleReading | undefined> {
    return this.settles.get(siteId)?.done;
  }

  /** Restores every pending journal; called at start-up before anything else, and from the UI. */
  async recover(): Promise<RecoveryNotice[]> {
    const { notices, retry } = await this.recoverOnce();
    if (retry) this.retryRestores();
    return notices;
  }

  /** One pass over the pending journals; `retry` when one is left that trying again later may finish. */
  private async recoverOnce(): Promise<{ notices: RecoveryNotice[]; retry: boolean }> {
    const at = () => new Date().toISOString();
    const toNotice = (o: RecoveryOutcome): RecoveryNotice =>
      o.status === 'unreadable'
        ? { status: o.status, error: o.error, at: at() }
        : o.status === 'failed'
          ? {
              status: o.status,
              siteId: o.siteId,
              accountId: o.accountId,
              error: o.error,
              original: o.original,
              ...(o.changedByOthers ? { changedByOthers: o.changedByOthers } : {}),
              at: at(),
            }
          : { status: o.status, siteId: o.siteId, accountId: o.accountId, at: at() };
    const outcomes = await recoverPending({
      dataDir: this.deps.dataDir,
      clock: this.deps.clock(),
      rounds: 3,
      apiFor: async (journal) => this.api(await this.deps.sessionFor(journal.accountId)),
    });
    const notices = outcomes.map(toNotice);
    for (const o of outcomes) if (o.status === 'restored') this.restoredAt.set(o.siteId, this.deps.clock().now());
    if (notices.length) {
      // The newest word on a site replaces the older ones (a retry every few minutes must not pile up notices).
      const sites = new Set(notices.map((n) => n.siteId).filter((id) => id !== undefined));
      this.notices = [...notices, ...this.notices.filter((n) => n.siteId === undefined || !sites.has(n.siteId))].slice(
        0,
        20,
      );
      this.deps.events.emit('testCharge:recovery', { notices });
      this.deps.onRecovery?.(notices);
    }
    // A site locked by a test still running is finished by that test (which retries itself if it must).
    const retry = outcomes.some((o) => o.status === 'failed' && o.retryable);
    return { notices, retry };
  }

  /**
   * Tries the pending restores again in the background (RESTORE_RETRY_MS) while the app runs, so settings
   * left at test values by lost contact come back by themselves once Tesla answers. One schedule at a time;
   * close() ends it.
   */
  private retryRestores(): void {
    if (this.retrying || this.closed) return;
    const controller = new AbortController();
    const done = (async () => {
      for (let attempt = 0; ; attempt += 1) {
        const wait = RESTORE_RETRY_MS[Math.min(attempt, RESTORE_RETRY_MS.length - 1)] ?? 300_000;
        await this.deps.clock().sleep(wait, controller.signal);
        if (controller.signal.aborted) return;
        const { retry } = await this.recoverOnce().catch(() => ({ retry: true }));
        if (!retry || controller.signal.aborted) return;
      }
    })().finally(() => {
      if (this.retrying?.controller === controller) this.retrying = null;
    });
    this.retrying = { controller, done };
  }

  /** Waits for the background retry of pending restores to end (tests); resolves at once when none runs. */
  async restoresRetried(): Promise<void> {
    await this.retrying?.done;
  }

  /** Forgets a failed restore's journal once the values were set by hand (the site is locked meanwhile). */
  async discard(siteId: string): Promise<boolean> {
    const entry = (await listJournals(this.deps.dataDir)).find((e) => 'journal' in e && e.journal.siteId === siteId);
    if (!entry || !('journal' in entry)) return false;
    if (!entry.journal.lastRestoreError) throw new UserFacingError('restore_not_failed');
    const lock = await acquireSiteLock(this.deps.dataDir, siteId, 'discard');
    try {
      await removeJournal(this.deps.dataDir, siteId);
    } finally {
      await lock.release();
    }
    this.notices = this.notices.filter((n) => n.siteId !== siteId);
    return true;
  }

  /** Why this customer must not be forgotten now (their sign-in is needed to finish a test or restore), or null. */
  async forgetBlocker(accountId: string): Promise<ForgetHold | null> {
    if (this.current?.accountId === accountId && this.current.phase !== 'finished' && this.current.phase !== 'failed') {
      return {
        reason: 'test_running',
        message:
          'A test charge is running for this customer. Stop it and wait until their settings are restored, then forget them.',
      };
    }
    const pending = (await listJournals(this.deps.dataDir)).some(
      (e) => 'journal' in e && e.journal.accountId === accountId,
    );
    return pending
      ? {
          reason: 'restore_pending',
          message:
            'This customer still has Powerwall settings waiting to be restored after a test. Finish the restore first (Test charge screen), or set the values by hand and forget the restore there.',
        }
      : null;
  }

  async hasPendingJournals(): Promise<boolean> {
    return (await listJournals(this.deps.dataDir)).length > 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.retrying?.controller.abort();
    for (const c of this.controllers.values()) c.abort();
    for (const w of this.settles.values()) w.controller.abort();
    await this.settled();
    await Promise.all([...this.settles.values()].map((w) => w.done));
    await this.retrying?.done;
  }
}

export interface TestSite {
  siteId: string;
  name: string;
  hasBattery: boolean;
}

/** The energy sites in a products answer, with whether each has a battery. */
function sitesIn(response: unknown): TestSite[] {
  const out: TestSite[] = [];
  for (const p of response as Array<Record<string, unknown>>) {
    if (p.energy_site_id === undefined) continue;
    const components = (p.components ?? {}) as Record<string, unknown>;
    out.push({
      siteId: String(p.energy_site_id),
      name: typeof p.site_name === 'string' ? p.site_name : String(p.energy_site_id),
      hasBattery: components.battery === true,
    });
  }
  return out;
}
