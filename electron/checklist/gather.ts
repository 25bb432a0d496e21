// Main process (plain Node). Reads what the checklist needs with the fewest Fleet API calls: products once,
// then site_info + live_status per site and ONE fleet_status for every VIN, all in parallel; no wake-ups.
// For a customer diagnosed before, the per-device reads go out with products (one round trip).
// users/me only when no energy site is listed.
// A failed call is recorded (its answer, or status 0 for none) and marks only the checks that need it.
import { REQ, type ChecklistInput } from '@shared/checklist/checklist-input';
import { EnergySiteEntrySchema, VehicleEntrySchema } from '@shared/tesla/fleet-responses';
import type { RawResponse } from '@shared/report/report-schema';
import { FleetApiError, type FleetClient, type FleetResult } from '../fleet/fleet-client';
import pLimit from 'p-limit';
import { dataConcurrency } from '../fleet/device-budget';
import type { FleetSession } from '../fleet/fleet-session';

export interface GatherProgress {
  done: number;
  total: number;
  /** The request that just finished, e.g. 'GET /api/1/products'. */
  label: string;
}

/** The account's sites and cars as the last products answer listed them (ids only). */
export interface KnownDevices {
  siteIds: string[];
  vins: string[];
}

export interface GatherOptions {
  profile: ChecklistInput['profile'];
  accountLabel?: string;
  onProgress?: (p: GatherProgress) => void;
  now?: () => number;
  /**
   * The ids seen at this customer's last diagnosis. Their reads then go out together with products (one
   * round trip instead of two); products still decides what is on the checklist.
   */
  known?: KnownDevices;
  /**
   * Read users/me when no energy site is listed (default true). The sweep passes false: its root cause does
   * not depend on whose account it is, the read is billed, and the e-mail would land in the sweep's store.
   */
  identifyAccount?: boolean;
}

/** What a diagnosis read, and the devices products listed (to remember for the next one). */
export interface Gathered {
  input: ChecklistInput;
  /** null when products did not answer usably: nothing new was learnt. */
  seen: KnownDevices | null;
}

/** Runs one call and turns its outcome into a raw record, whatever happened. */
export async function record(
  request: string,
  call: () => Promise<FleetResult<unknown>>,
  now: () => number,
): Promise<RawResponse> {
  try {
    return (await call()).raw;
  } catch (e) {
    if (e instanceof FleetApiError && e.raw) return e.raw;
    // No answer (network, timeout) or refused before sending: status 0, nothing invented.
    return {
      request: e instanceof FleetApiError ? e.request : request,
      status: 0,
      receivedAt: new Date(now()).toISOString(),
      body: null,
      cause: 'http.no_answer',
    };
  }
}

export function sessionFacts(session: FleetSession, label?: string): ChecklistInput['account'] {
  return {
    id: session.accountId,
    ...(label ? { label } : {}),
    region: session.region,
    grantedScopes: [...session.grantedScopes],
    accessTokenExpiresAt: session.accessTokenExpiresAt,
    hasRefreshToken: session.hasRefreshToken,
    ...(session.way ? { way: session.way } : {}),
  };
}

/** Ids of the account's sites and vehicles in a products answer (empty when it failed). */
export function productIds(products: RawResponse): { siteIds: string[]; vins: string[] } {
  const body = products.body as { response?: unknown } | null;
  const list = products.status === 200 && Array.isArray(body?.response) ? (body.response as unknown[]) : [];
  const siteIds: string[] = [];
  const vins: string[] = [];
  for (const entry of list) {
    const v = VehicleEntrySchema.safeParse(entry);
    if (v.success) vins.push(v.data.vin);
    else {
      const s = EnergySiteEntrySchema.safeParse(entry);
      if (s.success) siteIds.push(String(s.data.energy_site_id));
    }
  }
  return { siteIds, vins };
}

interface Read {
  request: string;
  /** The rate-limit device it counts against. */
  device: string;
  call: () => Promise<FleetResult<unknown>>;
}

/** The reads for these devices that the grant can answer (each refused one would be a billed 403). */
function readsFor(client: FleetClient, session: FleetSession, ids: KnownDevices): Read[] {
  const reads: Read[] = [];
  if (session.grantedScopes.includes('energy_device_data')) {
    for (const id of ids.siteIds) {
      reads.push({ request: REQ.siteInfo(id), device: id, call: () => client.siteInfo(id) });
      reads.push({ request: REQ.liveStatus(id), device: id, call: () => client.liveStatus(id) });
    }
  }
  if (session.grantedScopes.includes('vehicle_device_data') && ids.vins.length > 0) {
    // One call for every car: counted against each car it names, so a device of its own here.
    reads.push({
      request: REQ.fleetStatus,
      device: `vins:${[...ids.vins].sort().join(',')}`,
      call: () => client.fleetStatus(ids.vins),
    });
  }
  return reads;
}

/**
 * Products, then site_info + live_status per site and one fleet_status for every VIN, all at once. With
 * `known` ids the per-device reads start together with products; when products answers, a read of a site
 * that is gone (or a fleet_status for a different set of cars) is dropped from the result (it was made and
 * is counted) and what is new is read in a second round. The result is what a first diagnosis would read.
 */
export async function gather(client: FleetClient, session: FleetSession, opts: GatherOptions): Promise<Gathered> {
  const now = opts.now ?? Date.now;
  let done = 0;
  let total = 1;
  const tick = (label: string) => opts.onProgress?.({ done: ++done, total, label });

  const early = opts.known ? readsFor(client, session, opts.known) : [];
  // Every device has its own budget: all of this diagnosis's reads fit in them, so only the socket pool caps.
  // p-limit's concurrency can grow once the missing ids are known (below), which a fixed pool cannot.
  const limit = pLimit(dataConcurrency(['account', ...early.map((r) => r.device)]));
  const send = (read: { request: string; call: Read['call'] }, report = true) =>
    limit(async () => {
      const raw = await record(read.request, read.call, now);
      if (report) tick(read.request);
      return raw;
    });
  total += early.length;
  // Products' progress is told once the reads it calls for are known, so the total is right from then on.
  const productsAnswer = send({ request: REQ.products, call: () => client.products() }, false);
  const earlyAnswers = early.map((r) => send(r));
  const products = await productsAnswer;

  // Remembered only from a products answer that was read as data (not failed, not flagged as junk).
  const seen = products.status === 200 && !products.invalid ? productIds(products) : null;
  const ids = productIds(products);
  const wanted = readsFor(client, session, ids);
  // No energy site listed: whose account is this? One users/me read (only then) lets the installer see a
  // wrong account at once (energy.site_discovery shows its e-mail).
  if (opts.identifyAccount !== false && seen && ids.siteIds.length === 0 && session.grantedScopes.includes('user_data'))
    wanted.push({ request: REQ.me, device: 'account', call: () => client.me() });
  const earlyByRequest = new Map(early.map((r, i) => [r.request, { read: r, answer: earlyAnswers[i]! }]));
  const reused = (w: Read) => {
    const e = earlyByRequest.get(w.request);
    // fleet_status answers for the cars it was asked about: reused only for exactly the same cars.
    return e && (w.request !== REQ.fleetStatus || e.read.device === w.device) ? e.answer : null;
  };
  const missing = wanted.filter((w) => !reused(w));
  total += missing.length;
  tick(REQ.products);
  limit.concurrency = dataConcurrency([...early, ...missing].map((r) => r.device));
  const fresh = new Map(missing.map((w) => [w.request, send(w)]));
  const answers = await Promise.all(wanted.map((w) => reused(w) ?? fresh.get(w.request)!));
  // Reads of what products no longer lists still finish (they are counted), but stay out of the result.
  await Promise.all(earlyAnswers);
  return {
    input: {
      now: now(),
      account: sessionFacts(session, opts.accountLabel),
      profile: opts.profile,
      responses: [products, ...answers],
    },
    seen,
  };
}
