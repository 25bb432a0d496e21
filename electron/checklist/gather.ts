// Main process (plain Node). Reads what the checklist needs with the fewest Fleet API calls: products once,
// then site_info + live_status per site and ONE fleet_status for every VIN, all in parallel; no wake-ups;
// users/me only when no energy site is listed.
// A failed call is recorded (its answer, or status 0 for none) and marks only the checks that need it.
import { REQ, type ChecklistInput } from '../../shared/checklist/checklist-input';
import { EnergySiteEntrySchema, VehicleEntrySchema } from '../../shared/tesla/fleet-responses';
import type { RawResponse } from '../../shared/report/report-schema';
import { FleetApiError, type FleetClient, type FleetResult } from '../fleet/fleet-client';
import type { FleetSession } from '../fleet/fleet-session';

export const GATHER_CONCURRENCY = 16;

export interface GatherProgress {
  done: number;
  total: number;
  /** The request that just finished, e.g. 'GET /api/1/products'. */
  label: string;
}

export interface GatherOptions {
  profile: ChecklistInput['profile'];
  accountLabel?: string;
  onProgress?: (p: GatherProgress) => void;
  now?: () => number;
  /**
   * At most this many requests in flight at once (default GATHER_CONCURRENCY). Tesla's limits are per device
   * (a site gets two reads), so the cap only keeps the socket count modest: at 8 a 25-site account took
   * 8.6 round trips, past the 8-round-trip target; at 16 it takes about 5.
   */
  concurrency?: number;
}

/** Runs the tasks with at most `limit` at a time, keeping their order in the result. */
async function pool<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const out = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), tasks.length) }, worker));
  return out;
}

/** Runs one call and turns its outcome into a raw record, whatever happened. */
export async function record(request: string, call: () => Promise<FleetResult<unknown>>, now: () => number): Promise<RawResponse> {
  try {
    return (await call()).raw;
  } catch (e) {
    if (e instanceof FleetApiError && e.raw) return e.raw;
    // No answer (network, timeout) or refused before sending: status 0, nothing invented.
    return { request: e instanceof FleetApiError ? e.request : request, status: 0, receivedAt: new Date(now()).toISOString(), body: null, cause: 'http.no_answer' };
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

export async function gather(client: FleetClient, session: FleetSession, opts: GatherOptions): Promise<ChecklistInput> {
  const now = opts.now ?? Date.now;
  let done = 0;
  let total = 1;
  const tick = (label: string) => opts.onProgress?.({ done: ++done, total, label });

  const products = await record(REQ.products, () => client.products(), now);
  const { siteIds, vins } = productIds(products);
  // Calls the grant cannot answer are not sent (each would be a billed 403): the rules say why.
  const energyOk = session.grantedScopes.includes('energy_device_data');
  const vehicleOk = session.grantedScopes.includes('vehicle_device_data');
  const jobs: Array<[string, () => Promise<FleetResult<unknown>>]> = [];
  if (energyOk) {
    for (const id of siteIds) {
      jobs.push([REQ.siteInfo(id), () => client.siteInfo(id)], [REQ.liveStatus(id), () => client.liveStatus(id)]);
    }
  }
  if (vehicleOk && vins.length > 0) jobs.push([REQ.fleetStatus, () => client.fleetStatus(vins)]);
  // No energy site listed: whose account is this? One users/me read (only then) lets the installer see a
  // wrong account at once (energy.site_discovery shows its e-mail).
  if (products.status === 200 && siteIds.length === 0 && session.grantedScopes.includes('user_data')) jobs.push([REQ.me, () => client.me()]);
  total = 1 + jobs.length;
  tick(REQ.products);

  const rest = await pool(
    jobs.map(([request, call]) => async () => {
      const raw = await record(request, call, now);
      tick(request);
      return raw;
    }),
    opts.concurrency ?? GATHER_CONCURRENCY,
  );
  return {
    now: now(),
    account: sessionFacts(session, opts.accountLabel),
    profile: opts.profile,
    responses: [products, ...rest],
  };
}
