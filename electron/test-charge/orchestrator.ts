// Main process (plain Node). One test charge/discharge, start to finish: lock the site, finish any
// restore left from before, snapshot, preflight, journal (durably, before the first write), apply the
// strategy (writes retried with backoff), watch live_status on the run's clock (densely around the
// expected response, backing off while nothing changes), analyse, restore and verify, remove the journal. Every path after the first write goes through the restore.
import { randomUUID } from 'node:crypto';
import type { PowerSample, SiteSettings, TestRun } from '@shared/report/test-run-schema';
import type { PreflightResult } from '@shared/test-charge/preflight';
import { blockedReason, gatedPreflight } from '@shared/test-charge/readiness-gate';
import type { BlockerCode, FailReason, NotAppliedReason, PassReason } from '@shared/test-charge/reasons';
import { pickSettings, settingsFromSiteInfo } from '@shared/test-charge/settings';
import type { ChangedByOther } from '@shared/test-charge/changed-by-others';
import { signsOfAnotherTest, type OtherTestSign } from '@shared/test-charge/other-test-signs';
import {
  isGridEvent,
  isOffGrid,
  nameplatePowerW,
  parseLiveStatus,
  parseSiteInfo,
} from '@shared/test-charge/site-facts';
import {
  planStrategy,
  writesFor,
  type Direction,
  type PlannedWrite,
  type Strategy,
} from '@shared/test-charge/strategy';
import { analyseRun, movesAsAsked, thresholdW, type Analysis, type ReadingsTally } from '@shared/test-charge/verdict';
import { withBackoff, WRITE_BACKOFF } from './backoff';
import type { EnergySiteApi } from './energy-api';
import { journalPath, listJournals, removeJournal, writeJournal, type Journal } from './journal';
import { MAX_POLL_SECONDS, PollSchedule, type Reading } from './poll-schedule';
import { restoreSettings, type RestoreResult } from './restore';
import type { RunClock } from './run-clock';
import { acquireSiteLock, SiteBusyError } from './site-lock';
import { pastEndDue, readsPastEnd, respondedBy } from './watch-end';
import { takeSharedLocks, type LockInForce, type SharedLocks } from './locks/shared-site-locks';
import { SiteHeldError, type SiteLockKind, type SiteLockSource } from './locks/site-lock-port';

export const MAX_MINUTES = 15;
export const DEFAULT_MINUTES = 5;

export type RunPhase = 'preparing' | 'writing' | 'watching' | 'restoring' | 'finished';

/** The points a test passes; the fault matrix kills the process at each. */
export type RunStep =
  | 'snapshot'
  | 'journal'
  | `write:${PlannedWrite['endpoint']}`
  | 'sample'
  | 'restore:start'
  | `restore:write:${PlannedWrite['endpoint']}`
  | 'restore:verified'
  | 'journal:removed';

export interface RunRequest {
  dataDir: string;
  accountId: string;
  apiBase: string;
  siteId: string;
  direction: Direction;
  minutes?: number;
  gridInteraction?: boolean;
  grantedScopes: readonly string[];
  api: EnergySiteApi;
  clock: RunClock;
  /**
   * The longest wait between two live_status readings while nothing changes (default MAX_POLL_SECONDS).
   * Readings are denser around the expected response and while a change is being confirmed.
   */
  pollSeconds?: number;
  /**
   * Discount battery movement already under way before the first write (default true). Off right after a
   * restore of this site: the Powerwall still acts on the test values for a while, so that reading says
   * nothing about the customer's own settings.
   */
  useBaseline?: boolean;
  /** Run although the checklist says the test will fail (the installer confirmed); never touches more settings. */
  force?: boolean;
  /** Run although the site shows another test in progress (other-test-signs.ts; the installer confirmed). */
  confirmOtherTest?: boolean;
  /** Locks every installation can see (platform lease, team store), taken with the data folder's. */
  sharedLocks?: readonly SiteLockSource[];
  runId?: string;
  signal?: AbortSignal;
  onStep?: (step: RunStep) => void | Promise<void>;
  onSample?: (sample: PowerSample) => void;
  onPhase?: (phase: RunPhase, detail: { endsAt?: number; strategy?: Strategy }) => void;
  onRetry?: (info: { attempt: number; waitMs: number; error: unknown }) => void;
}

export interface RunResult extends TestRun {
  preflight?: PreflightResult;
  strategy?: Strategy;
  thresholdW?: number;
  /** When the restore could not complete: the values to set by hand, and why. The journal is kept. */
  restoreError?: string;
  journalFile?: string;
  /** A journal from an earlier run that was restored before this one started. */
  recoveredEarlier?: boolean;
  /** Why a settings change was refused (the test then restored and ended). */
  writeError?: string;
  /** Battery power before the first write: movement already under way does not count towards a pass. */
  baselineBatteryW?: number | null;
  /** Settings someone else set after this test's write, left as they are (restored is then false). */
  changedByOthers?: ChangedByOther[];
  /** What on the site looked like another test in progress (refused unless confirmed; then kept for the report). */
  otherTest?: OtherTestSign[];
  /** Which locks were in force for this test (the local one, and each configured shared one). */
  locks?: LockInForce[];
  /** Who holds the site elsewhere (reason site_held_elsewhere). */
  heldBy?: { kind: SiteLockKind; holder: string | null; expiresAt: string | null };
}

function validate(req: RunRequest): { minutes: number; gridInteraction: boolean; maxWaitSeconds: number } {
  const minutes = req.minutes ?? DEFAULT_MINUTES;
  if (!(minutes > 0 && minutes <= MAX_MINUTES))
    throw new RangeError(`Duration must be more than 0 and at most ${MAX_MINUTES} minutes`);
  if (!/^[0-9A-Za-z_-]+$/.test(req.siteId)) throw new RangeError('Not a valid energy site id');
  const pollSeconds = req.pollSeconds ?? MAX_POLL_SECONDS;
  if (!(pollSeconds >= 1)) throw new RangeError('Poll interval must be at least 1 second');
  return { minutes, gridInteraction: req.gridInteraction ?? true, maxWaitSeconds: pollSeconds };
}

function toSample(raw: unknown, t: number): { sample: PowerSample; offGrid: boolean; gridEvent: boolean } {
  const live = parseLiveStatus(raw);
  const n = (v: number | null | undefined) => (typeof v === 'number' ? v : null);
  return {
    sample: {
      t: Math.round(t * 10) / 10,
      batteryW: n(live.battery_power),
      gridW: n(live.grid_power),
      solarW: n(live.solar_power),
      loadW: n(live.load_power),
      socPercent: n(live.percentage_charged),
      ...(live.timestamp ? { timestamp: live.timestamp } : {}),
    },
    offGrid: isOffGrid(live),
    gridEvent: isGridEvent(live),
  };
}

/** An earlier run's journal for this site, restored first; `blocked` when that restore did not complete. */
async function restorePendingJournal(req: RunRequest): Promise<{ recovered: boolean; blocked?: Partial<RunResult> }> {
  const pending = (await listJournals(req.dataDir)).find((e) => 'journal' in e && e.journal.siteId === req.siteId);
  if (!pending || !('journal' in pending)) return { recovered: false };
  const earlier = await restoreSettings({
    api: req.api,
    siteId: req.siteId,
    original: pending.journal.original,
    ...(pending.journal.wrote ? { wrote: pending.journal.wrote } : {}),
    clock: req.clock,
  });
  if (!earlier.restored)
    return { recovered: false, blocked: { restoreError: earlier.error, journalFile: pending.file, restored: false } };
  await removeJournal(req.dataDir, req.siteId);
  return { recovered: true };
}

/** What the write-and-watch step needs from the run's preparation. */
interface WatchContext {
  strategy: ReturnType<typeof planStrategy>;
  before: SiteSettings;
  site: ReturnType<typeof parseSiteInfo>;
  nameplate: ReturnType<typeof nameplatePowerW>;
  baselineW: number | null;
  minutes: number;
  maxWaitSeconds: number;
  backoff: typeof WRITE_BACKOFF & { onRetry: RunRequest['onRetry'] };
  /** Keeps the shared locks alive while the test runs. */
  renew: () => Promise<void>;
}

/**
 * The test itself: the writes, then live readings on the poll schedule until the movement is proven, the
 * grid takes over, the time is up or the run is stopped; then, if not proven, one read-back of the settings.
 */
async function writeAndWatch(
  req: RunRequest,
  ctx: WatchContext,
): Promise<{ samples: PowerSample[]; writeFailure: string | undefined; analysis: Analysis | undefined }> {
  const { strategy, before, site, nameplate, baselineW, minutes, maxWaitSeconds, backoff } = ctx;
  const samples: PowerSample[] = [];
  const readings: ReadingsTally = { attempted: 0, missed: 0, lastMissed: false };
  let offGridSeen = false;
  let gridEventSeen = false;
  let writeFailure: string | undefined;
  let analysis: Analysis | undefined;
  const firstWriteAt = req.clock.now();

  req.onPhase?.('writing', { strategy });
  try {
    for (const write of writesFor(strategy.target, before)) {
      if (req.signal?.aborted) break;
      await withBackoff(() => req.api.write(req.siteId, write), req.clock, backoff, req.signal);
      await req.onStep?.(`write:${write.endpoint}`);
    }
  } catch (error) {
    writeFailure = error instanceof Error ? error.message : String(error);
  }

  if (!writeFailure && !req.signal?.aborted) {
    const endsAt = firstWriteAt + minutes * 60_000;
    // Readings are timed from the last write (the one that completes the change the site acts on).
    const lastWriteAt = req.clock.now();
    const schedule = new PollSchedule(maxWaitSeconds);
    const threshold = thresholdW(nameplate);
    // One judgement of the readings so far; after the watch, with the writes accepted and a read-back if any.
    const judge = (after?: { readBack: SiteSettings | null }) =>
      analyseRun({
        direction: req.direction,
        minutes,
        samples,
        nameplateW: nameplate,
        during: strategy.target,
        offGridSeen,
        gridEventSeen,
        baselineW,
        nonExportConfigured: site.components?.non_export_configured,
        readings,
        ...(after ? { writesAccepted: true, readBack: after.readBack } : {}),
      });
    req.onPhase?.('watching', { endsAt, strategy });
    let dueAt = lastWriteAt + schedule.first() * 1000;
    // Past the end, readings are counted, not timed (watch-end.ts): late answers must not cut the watch
    // short of seeing the site after its expected response, or of a stretch under way at the end.
    let pastEnd = 0;
    const responseShownBy = respondedBy(lastWriteAt, minutes);
    let seenAfterResponse = false;
    for (;;) {
      await req.clock.sleep(Math.max(0, (pastEnd > 0 ? dueAt : Math.min(dueAt, endsAt)) - req.clock.now()), req.signal);
      if (req.signal?.aborted) break;
      let reading: Reading = 'still';
      readings.attempted += 1;
      // When the reading was asked for: the site's state it shows is no older than this, however late it comes.
      const askedAt = req.clock.now();
      try {
        const raw = await withBackoff(
          () => req.api.liveStatus(req.siteId),
          req.clock,
          { ...backoff, attempts: 3 },
          req.signal,
        );
        const { sample, offGrid, gridEvent } = toSample(raw, (req.clock.now() - firstWriteAt) / 1000);
        const previous = samples.at(-1);
        samples.push(sample);
        readings.lastMissed = false;
        seenAfterResponse ||= askedAt >= responseShownBy;
        offGridSeen ||= offGrid;
        gridEventSeen ||= gridEvent;
        req.onSample?.(sample);
        await req.onStep?.('sample');
        if (movesAsAsked(sample, req.direction, threshold, baselineW)) reading = 'moving';
        else if (previous && Math.abs((sample.batteryW ?? 0) - (previous.batteryW ?? 0)) >= threshold)
          reading = 'changed';
      } catch {
        // A missed reading leaves a gap; the verdict is measured on what was read, and says when too
        // much was missed to judge at all (lost contact).
        readings.missed += 1;
        readings.lastMissed = true;
      }
      await ctx.renew();
      // Stop early once proven, or when the grid takes over: the customer's settings are changed no longer than needed.
      if (judge().verdict === 'pass' || offGridSeen || gridEventSeen) break;
      if (req.signal?.aborted) break;
      if (req.clock.now() >= endsAt) {
        // Moving at the end, or not yet seen after the site could act: a few more readings, not a verdict cut short.
        if (!readsPastEnd({ reading, pastEnd, seenAfterResponse })) break;
        pastEnd += 1;
        dueAt = pastEndDue(req.clock.now(), seenAfterResponse, responseShownBy);
        continue;
      }
      dueAt = lastWriteAt + schedule.next((req.clock.now() - lastWriteAt) / 1000, reading) * 1000;
    }
    analysis = judge({ readBack: null });
    // Not proven: one read-back tells "Tesla said Updated but the site did not follow" (the 80% cap, a
    // gateway that never got it) from a setting of the customer's. One data request, only on this path.
    if (
      analysis.verdict !== 'pass' &&
      analysis.reason !== 'lost_contact' &&
      !req.signal?.aborted &&
      !offGridSeen &&
      !gridEventSeen
    ) {
      try {
        const readBack = settingsFromSiteInfo(parseSiteInfo(await req.api.siteInfo(req.siteId)));
        analysis = judge({ readBack });
      } catch {
        // No read-back: the verdict stands on the samples alone.
      }
    }
  }
  return { samples, writeFailure, analysis };
}

/** The run's verdict: a refused write fails it, a stop before proof aborts it, else the analysis decides. */
function verdictOfRun(
  writeFailure: string | undefined,
  aborted: boolean,
  analysis: Analysis | undefined,
): { verdict: TestRun['verdict']; reason: FailReason | PassReason | NotAppliedReason | 'aborted' } {
  if (writeFailure) return { verdict: 'fail', reason: 'write_failed' };
  if (aborted && analysis?.verdict !== 'pass') return { verdict: 'aborted', reason: 'aborted' };
  return { verdict: analysis?.verdict ?? 'fail', reason: analysis?.reason ?? 'no_response' };
}

export async function runTestCharge(req: RunRequest): Promise<RunResult> {
  const { minutes, gridInteraction, maxWaitSeconds } = validate(req);
  const runId = req.runId ?? randomUUID();
  const startedAt = new Date(req.clock.now()).toISOString();
  const base = { id: runId, siteId: req.siteId, direction: req.direction, minutes, gridInteraction, startedAt };
  /** Ends a run before anything was written: the settings are as they were. */
  const finishUnwritten = (
    verdict: 'blocked' | 'aborted',
    reason: BlockerCode | 'pending_restore' | 'aborted' | (string & {}),
    before: SiteSettings,
    extra: Partial<RunResult> = {},
  ): RunResult => {
    req.onPhase?.('finished', {});
    return {
      ...base,
      endedAt: new Date(req.clock.now()).toISOString(),
      verdict,
      reason,
      settingsBefore: before,
      settingsAfter: before,
      restored: true,
      samples: [],
      ...(shared ? { locks: shared.inForce } : {}),
      ...extra,
    };
  };
  const finishBlocked = (
    reason: BlockerCode | 'pending_restore' | (string & {}),
    before: SiteSettings,
    extra: Partial<RunResult> = {},
  ) => finishUnwritten('blocked', reason, before, extra);

  // The shared locks (platform lease, team store) besides the data folder's; kept past a failed restore, so
  // other installations stay off the site until the lease runs out.
  let shared: SharedLocks | null = null;
  let keepShared = false;
  req.onPhase?.('preparing', {});
  let lock;
  try {
    lock = await acquireSiteLock(req.dataDir, req.siteId, `test-${req.direction}`, () => Date.now());
  } catch (error) {
    if (error instanceof SiteBusyError) return finishBlocked('site_busy', {});
    throw error;
  }
  try {
    try {
      shared = await takeSharedLocks(req.sharedLocks ?? [], req.siteId, `test-${req.direction}`, () => req.clock.now());
    } catch (error) {
      if (!(error instanceof SiteHeldError)) throw error;
      return finishBlocked(
        'site_held_elsewhere',
        {},
        {
          heldBy: { kind: error.kind, holder: error.holder, expiresAt: error.expiresAt },
        },
      );
    }
    const held = shared;
    // A journal left by an earlier run of this site is finished first, or the snapshot would hold test values.
    const earlier = await restorePendingJournal(req);
    if (earlier.blocked) return finishBlocked('pending_restore', {}, earlier.blocked);
    const recoveredEarlier = earlier.recovered;

    const backoff = { ...WRITE_BACKOFF, onRetry: req.onRetry };
    const [siteRaw, liveRaw] = await Promise.all([
      withBackoff(() => req.api.siteInfo(req.siteId), req.clock, backoff),
      withBackoff(() => req.api.liveStatus(req.siteId), req.clock, backoff),
    ]);
    const site = parseSiteInfo(siteRaw);
    const baselineW =
      req.useBaseline === false || recoveredEarlier ? null : (parseLiveStatus(liveRaw).battery_power ?? null);
    const before = settingsFromSiteInfo(site);
    await req.onStep?.('snapshot');

    const strategy = planStrategy(req.direction, gridInteraction, before, site);
    // The checklist's rules on these same readings: a test it knows will fail stops here, before any write.
    const checked = gatedPreflight({
      siteId: req.siteId,
      direction: req.direction,
      grantedScopes: req.grantedScopes,
      siteRaw,
      liveRaw,
      now: req.clock.now(),
      strategy,
      ...(req.force ? { force: true } : {}),
    }).preflight;
    const nameplate = nameplatePowerW(site, req.direction);
    // Another test's values on the site would become this test's "original" (issue 26.1): refuse, naming what
    // was seen, unless the installer confirmed they know better. Before the checklist, whose readings they skew.
    const otherTest = signsOfAnotherTest(before, parseLiveStatus(liveRaw).battery_power, thresholdW(nameplate));
    if (otherTest.length > 0 && !req.confirmOtherTest)
      return finishBlocked('other_test_seen', before, { strategy, recoveredEarlier, otherTest });
    if (!checked.ok) {
      return finishBlocked(blockedReason(checked.blockers[0]), before, {
        preflight: checked,
        strategy,
        recoveredEarlier,
      });
    }
    // Stopped before anything was written: nothing to put back.
    if (req.signal?.aborted) return finishUnwritten('aborted', 'aborted', before, { preflight: checked, strategy });

    const original = pickSettings(
      before,
      strategy.touches.map((t) => t.key),
    );
    const wrote = pickSettings(
      strategy.target,
      strategy.touches.map((t) => t.key),
    );
    const journal: Journal = {
      version: 1,
      runId,
      accountId: req.accountId,
      apiBase: req.apiBase,
      siteId: req.siteId,
      direction: req.direction,
      startedAt,
      original,
      snapshot: before,
      wrote,
    };
    const journalFile = await writeJournal(req.dataDir, journal);
    await req.onStep?.('journal');

    const { samples, writeFailure, analysis } = await writeAndWatch(req, {
      strategy,
      before,
      site,
      nameplate,
      baselineW,
      minutes,
      maxWaitSeconds,
      backoff,
      renew: () => held.renew(),
    });

    await shared.renew();
    req.onPhase?.('restoring', { strategy });
    await req.onStep?.('restore:start');
    const restore: RestoreResult = await restoreSettings({
      api: req.api,
      siteId: req.siteId,
      original,
      wrote,
      clock: req.clock,
      onRetry: req.onRetry,
      onWrite: (w) => req.onStep?.(`restore:write:${w.endpoint}`),
    });
    if (restore.restored) {
      await req.onStep?.('restore:verified');
      await removeJournal(req.dataDir, req.siteId);
      await req.onStep?.('journal:removed');
    } else {
      await writeJournal(req.dataDir, { ...journal, lastRestoreError: restore.error });
      keepShared = true;
    }

    const { verdict, reason } = verdictOfRun(writeFailure, req.signal?.aborted === true, analysis);
    req.onPhase?.('finished', {});
    return {
      ...base,
      endedAt: new Date(req.clock.now()).toISOString(),
      verdict,
      reason,
      settingsBefore: before,
      ...(restore.settingsAfter ? { settingsAfter: restore.settingsAfter } : {}),
      restored: restore.restored,
      samples,
      preflight: checked,
      strategy,
      thresholdW: analysis?.thresholdW ?? thresholdW(nameplate),
      baselineBatteryW: baselineW,
      recoveredEarlier,
      ...(restore.restored ? {} : { restoreError: restore.error, journalFile }),
      ...(!restore.restored && restore.changedByOthers ? { changedByOthers: restore.changedByOthers } : {}),
      ...(otherTest.length > 0 ? { otherTest } : {}),
      locks: shared.inForce,
      ...(writeFailure ? { writeError: writeFailure } : {}),
    };
  } finally {
    if (shared && !keepShared) await shared.release();
    await lock.release();
  }
}

export { journalPath };
