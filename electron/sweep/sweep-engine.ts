// Main process (plain Node). The sweep: every home the platform lists, diagnosed through a token the
// platform lends (never minted or refreshed here), a bounded number at once, each device kept to a share of
// Tesla's limits; results go to the store as they come, so Ctrl-C (the signal) keeps what was swept. Work is
// claimed in the store: a second sweep running at the same time takes other homes.
import PQueue from 'p-queue';
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import { changesSince, splitChanges } from '@shared/sweep/changes';
import { attributeToIncidents, findIncidents, type IncidentOptions } from '@shared/sweep/incidents';
import type { Actor, HomeChange, HomeResult, Incident } from '@shared/sweep/sweep-types';
import { nodeFetch } from '../fleet/node-fetch';
import type { SweepStore } from '../sweep-store/sweep-store';
import { borrowedSession } from './borrowed-session';
import { createDevicePacer } from './device-pacer';
import { diagnoseHome } from './diagnose-home';
import {
  isAgentKeyRefused,
  type BorrowFailure,
  type PlatformCustomer,
  type PlatformDirectory,
} from './platform-directory';
import { sweepPlan, type SweepPlan } from './sweep-cost';

export interface SweepProgress {
  done: number;
  total: number;
  requests: number;
}

export interface SweepOptions {
  directory: PlatformDirectory;
  store: SweepStore;
  /** Sweep only homes whose last result is older than this (or flagged); 0 sweeps every home. */
  staleAfterMs: number;
  /** Homes diagnosed at once (default 64): the sweep waits on latency, not on the CPU. */
  concurrency?: number;
  /** The share of Tesla's per-device limits the sweep may use (default 0.25; the platform polls too). */
  share?: number;
  profile: ChecklistInput['profile'];
  /** Fleet API bases a 421 may send a token to besides Tesla's (the simulator's, in demo). */
  trustedApiOrigins?: string[];
  /** The Fleet API fetch (tests, the bench); default the pooled Node fetch. */
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Told the plan before any Tesla request; returning false stops before it starts. */
  onPlan?(plan: SweepPlan): boolean | void;
  onProgress?(p: SweepProgress): void;
  incidents?: IncidentOptions;
  /** How long a claim holds if this process dies (default 15 min). */
  leaseSeconds?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SweepSummary {
  homes: number;
  byCause: Record<string, number>;
  requests: number;
  wakes: number;
  rateLimited: number;
  seconds: number;
}

export interface SweepOutcome {
  sweepId: number;
  status: 'done' | 'stopped';
  plan: SweepPlan;
  homes: Array<HomeResult & { incident?: number }>;
  summary: SweepSummary;
  incidents: Incident[];
  changes: { newlyBroken: HomeChange[]; recovered: HomeChange[] };
}

/** Results written to the store per transaction, and the longest a result waits for its batch. */
const BATCH_SIZE = 250;
const BATCH_MS = 2_000;

/** A home whose diagnosis failed in the doctor itself (kept, retried at the next sweep). */
export const SWEEP_FAILED = 'sweep.failed';

const BORROW_ACTOR: Record<BorrowFailure, Actor> = {
  'connection.not_connected': 'customer',
  'connection.login_required': 'customer',
  'connection.tesla_auth_unavailable': 'wait',
  'connection.platform_error': 'platform',
};

/** Every page of the platform's list (a cursor that repeats ends it: a loop is not followed forever). */
export async function listAllCustomers(directory: PlatformDirectory): Promise<PlatformCustomer[]> {
  const all: PlatformCustomer[] = [];
  const seenCursors = new Set<string>();
  let cursor: string | null = null;
  for (;;) {
    const page = await directory.listCustomers(cursor);
    all.push(...page.customers);
    if (!page.nextCursor || seenCursors.has(page.nextCursor)) break;
    seenCursors.add(page.nextCursor);
    cursor = page.nextCursor;
  }
  return all;
}

export async function runSweep(opts: SweepOptions): Promise<SweepOutcome> {
  const now = opts.now ?? Date.now;
  const started = now();
  const { store } = opts;
  const customers = await listAllCustomers(opts.directory);
  const byRef = new Map(customers.map((c) => [c.ref, c]));
  await store.upsertHomes([...byRef.values()].map((c) => ({ ref: c.ref, region: c.region })));
  const sweepId = await store.startSweep();
  const claimed = await store.claimHomes(sweepId, [...byRef.keys()], {
    staleBefore: new Date(now() - Math.max(0, opts.staleAfterMs)),
    leaseSeconds: opts.leaseSeconds ?? 900,
  });
  const previous = new Map(claimed.map((c) => [c.ref, c.lastCause]));
  const plan = sweepPlan(claimed.length, byRef.size - claimed.length);
  const results: HomeResult[] = [];
  let requests = 0;
  let wakes = 0;
  const pacer = createDevicePacer({
    ...(opts.share !== undefined ? { share: opts.share } : {}),
    now,
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
  });
  const innerFetch = opts.fetch ?? (nodeFetch as typeof fetch);

  let buffer: HomeResult[] = [];
  let flushing: Promise<void> = Promise.resolve();
  let lastFlush = now();
  // Results reach the store in batches (one transaction each: a home's result, its latest cause and its
  // released claim together), in order, while the sweep goes on. A process killed mid-sweep loses at most
  // the batch not yet written, never half a home: those homes' claims run out and the next sweep takes them.
  const flush = () => {
    const batch = buffer;
    buffer = [];
    lastFlush = now();
    flushing = flushing.then(() => store.recordResults(sweepId, batch));
    return flushing;
  };
  // The agent key refused by the platform: every borrow would fail the same way, so the sweep stops.
  let refused: Error | null = null;

  const finish = async (status: 'done' | 'stopped'): Promise<SweepOutcome> => {
    await flush();
    await store.releaseClaims(sweepId);
    const incidents = findIncidents(results, opts.incidents);
    const changes = changesSince(previous, results);
    await store.saveIncidents(sweepId, incidents);
    await store.saveChanges(sweepId, changes);
    const byCause: Record<string, number> = {};
    for (const r of results) byCause[r.cause] = (byCause[r.cause] ?? 0) + 1;
    const summary: SweepSummary = {
      homes: results.length,
      byCause,
      requests,
      wakes,
      rateLimited: pacer.rateLimited(),
      seconds: Math.round((now() - started) / 100) / 10,
    };
    await store.finishSweep(sweepId, status, {
      homes: summary.homes,
      requests,
      wakes,
      rateLimited: summary.rateLimited,
    });
    return {
      sweepId,
      status,
      plan,
      homes: attributeToIncidents(results, incidents),
      summary,
      incidents,
      changes: splitChanges(changes),
    };
  };

  if (opts.onPlan?.(plan) === false || opts.signal?.aborted) return finish('stopped');

  const queue = new PQueue({ concurrency: Math.max(1, opts.concurrency ?? 64) });
  const stop = () => queue.clear();
  opts.signal?.addEventListener('abort', stop, { once: true });
  const sweepOne = async (ref: string) => {
    const customer = byRef.get(ref)!;
    let result: HomeResult | null;
    try {
      result = await diagnoseBorrowed(ref, customer);
    } catch {
      // Nothing one home answers may stop the sweep: this home is kept as "not diagnosed", the next sweep retries it.
      result = { ref, cause: SWEEP_FAILED, actor: 'app', dataAgeSeconds: null, requests: 0, checks: [] };
    }
    if (!result) return; // the agent key was refused: not a fact about this home
    requests += result.requests;
    results.push(result);
    buffer.push(result);
    // Every 250 homes, or every 2 s when homes come slowly (waits on Retry-After). A failed write is reported
    // by the final flush.
    if (buffer.length >= BATCH_SIZE || now() - lastFlush >= BATCH_MS) flush().catch(() => undefined);
    opts.onProgress?.({ done: results.length, total: claimed.length, requests });
  };
  const diagnoseBorrowed = async (ref: string, customer: PlatformCustomer): Promise<HomeResult | null> => {
    const borrowed = await opts.directory
      .borrow(ref)
      .catch((e: unknown): { ok: false; cause: BorrowFailure } | null => {
        if (!isAgentKeyRefused(e)) return { ok: false, cause: 'connection.platform_error' };
        refused ??= e as Error;
        queue.clear();
        return null;
      });
    if (!borrowed) return null;
    if (!borrowed.ok) {
      return {
        ref,
        cause: borrowed.cause,
        actor: BORROW_ACTOR[borrowed.cause],
        dataAgeSeconds: null,
        requests: 0,
        checks: [],
      };
    }
    const session = borrowedSession(ref, customer.region, borrowed.token, opts.trustedApiOrigins ?? []);
    const d = await diagnoseHome(ref, session, {
      profile: opts.profile,
      client: {
        fetch: pacer.fetchFor(ref, innerFetch),
        now,
        ...(opts.sleep ? { sleep: opts.sleep } : {}),
        // Retry-After is honoured; a wait longer than this leaves the home for the next sweep's retry.
        retry: { maxRetries: 2, maxWaitSeconds: 60 },
      },
      now,
    });
    wakes += d.wakes;
    return d.result;
  };
  for (const c of claimed) void queue.add(() => sweepOne(c.ref));
  await queue.onIdle();
  opts.signal?.removeEventListener('abort', stop);
  if (refused) {
    // What was swept before is kept; the rest is released for the next sweep, and the caller says why.
    await finish('stopped');
    throw refused;
  }
  return finish(opts.signal?.aborted || results.length < claimed.length ? 'stopped' : 'done');
}
