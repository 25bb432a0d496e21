// Test helper: a sweep store in a data folder holding two sweeps written through the store's API, with the
// incidents and changes found by the sweep's own rules (shared/sweep): at the second sweep Tesla's sign-in
// fails for six homes (an incident: wait), one home lost its energy scope (newly broken) and one revoked
// home reconnected (recovered). One healthy home has a hostile reference (a spreadsheet formula).
// The Board's unit, component and e2e tests read it.
import { changesSince } from '@shared/sweep/changes';
import { findIncidents } from '@shared/sweep/incidents';
import { HEALTHY, type HomeResult } from '@shared/sweep/sweep-types';
import { openSweepStore, type SweepStore } from '@main/sweep-store/sweep-store';

export const BOARD_SEED = {
  homes: 20,
  incidentCause: 'connection.tesla_auth_unavailable',
  incidentHomes: ['c-0001', 'c-0002', 'c-0003', 'c-0004', 'c-0005', 'c-0006'],
  newlyBroken: 'c-0007',
  newlyBrokenCause: 'scope.energy_read',
  recovered: 'c-0008',
  /** A reference a spreadsheet would run as a formula. */
  hostileRef: '=HYPERLINK("http://evil.example","x")',
} as const;

const refs = [
  ...Array.from({ length: BOARD_SEED.homes - 1 }, (_, i) => `c-${String(i + 1).padStart(4, '0')}`),
  BOARD_SEED.hostileRef,
];

const healthy = (ref: string): HomeResult => ({
  ref,
  cause: HEALTHY,
  actor: null,
  dataAgeSeconds: 40,
  requests: 3,
  checks: [],
});

const firstSweep = (ref: string): HomeResult =>
  ref === BOARD_SEED.recovered
    ? {
        ref,
        cause: 'connection.login_required',
        actor: 'customer',
        dataAgeSeconds: null,
        requests: 0,
        checks: [],
      }
    : healthy(ref);

const secondSweep = (ref: string): HomeResult => {
  if ((BOARD_SEED.incidentHomes as readonly string[]).includes(ref))
    return { ref, cause: BOARD_SEED.incidentCause, actor: 'wait', dataAgeSeconds: null, requests: 0, checks: [] };
  if (ref === BOARD_SEED.newlyBroken)
    return {
      ref,
      cause: BOARD_SEED.newlyBrokenCause,
      actor: 'customer',
      dataAgeSeconds: null,
      requests: 1,
      // As the sweep keeps a check (electron/sweep/diagnose-home.ts): id, subject, status, its words, who acts.
      checks: [
        {
          id: 'scope.energy_read',
          subject: { kind: 'account', id: ref },
          status: 'fail',
          text: { key: 'scope.missing', params: { checkbox: 'Energy Product Information' } },
          actor: 'customer',
        },
      ],
    };
  return healthy(ref);
};

/** One sweep as the engine stores it: claim, results, incidents, changes, finish. */
async function sweep(store: SweepStore, results: HomeResult[]): Promise<void> {
  const id = await store.startSweep();
  const claimed = await store.claimHomes(
    id,
    results.map((r) => r.ref),
    { staleBefore: new Date(Date.now() + 60_000), leaseSeconds: 60 },
  );
  await store.recordResults(id, results);
  await store.saveIncidents(id, findIncidents(results));
  await store.saveChanges(id, changesSince(new Map(claimed.map((c) => [c.ref, c.lastCause])), results));
  await store.finishSweep(id, 'done', {
    homes: results.length,
    requests: results.reduce((n, r) => n + r.requests, 0),
    wakes: 0,
    rateLimited: 0,
  });
}

/** Seeds `<dataDir>/sweep-store` (closed again when this returns, for the app to open). */
export async function seedBoard(dataDir: string): Promise<void> {
  const store = await openSweepStore({ dataDir });
  try {
    await store.upsertHomes(refs.map((ref) => ({ ref, region: 'NA' })));
    await sweep(store, refs.map(firstSweep));
    await sweep(store, refs.map(secondSweep));
  } finally {
    await store.close();
  }
}
