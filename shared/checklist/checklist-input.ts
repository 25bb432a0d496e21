// Runs anywhere. What the rules read: the token facts and the Fleet API answers exactly as received (or
// the failure of each call). Serialisable, so a saved report's raw responses can be re-judged by today's
// rules (`inputFromReport`).
import { z } from 'zod';
import { RawResponseSchema, type RawResponse, type Report } from '../report/report-schema';
import {
  EnergySiteEntrySchema,
  FleetStatusResponseSchema,
  LiveStatusResponseSchema,
  ProductsResponseSchema,
  SiteInfoResponseSchema,
  VehicleEntrySchema,
  type EnergySiteEntry,
  type FleetStatusResponse,
  type LiveStatusResponse,
  type SiteInfoResponse,
  type VehicleEntry,
} from '../tesla/fleet-responses';
import { TeslaErrorBodySchema } from '../tesla/error-body';

export const ChecklistInputSchema = z.object({
  /** When the data was gathered (epoch ms): ages and expiry are judged against it. */
  now: z.number(),
  account: z.object({
    id: z.string(),
    label: z.string().optional(),
    /** The token's ou_code (NA/EU/CN). */
    region: z.string().nullable(),
    grantedScopes: z.array(z.string()),
    accessTokenExpiresAt: z.number().nullable(),
    hasRefreshToken: z.boolean().nullable(),
    /** How the doctor reached the account (issue 22); absent for a sign-in made before the ways had names. */
    way: z.enum(['platform', 'own_app', 'replace']).optional(),
  }),
  profile: z.object({
    /** The platform's partner domain for the pairing link; null when not configured. */
    partnerDomain: z.string().nullable(),
    clientId: z.string().nullable().optional(),
    /** Where the consent page lives: https://auth.tesla.com, or the simulator's origin in demo mode. */
    authBase: z.string().optional(),
  }),
  /** Every Fleet API answer the checks may read; status 0 = no answer (network error or timeout). */
  responses: z.array(RawResponseSchema),
});
export type ChecklistInput = z.infer<typeof ChecklistInputSchema>;

export const REQ = {
  products: 'GET /api/1/products',
  /** Read only when the account lists no energy site: whose account is this? */
  me: 'GET /api/1/users/me',
  fleetStatus: 'POST /api/1/vehicles/fleet_status',
  siteInfo: (id: string) => `GET /api/1/energy_sites/${id}/site_info`,
  liveStatus: (id: string) => `GET /api/1/energy_sites/${id}/live_status`,
} as const;

/**
 * Why a call failed, as values for a message's `{{reason}}`: Tesla's own words as they came (`reason`), or
 * one of ours as a key (`reasonKey`, under `checks.` in the text catalogue).
 */
export type Why = { reason: string } | { reasonKey: string; checkbox?: string };

/** A call's outcome as the rules see it. */
export type Outcome<T> =
  | { ok: true; data: T; raw: RawResponse }
  | { ok: false; request: string; status: number; reason: Why; missingScopes: boolean; raw: RawResponse | null };

/** The scope a read needs (reference section 2); null when any grant will do. */
export function scopeFor(request: string): string | null {
  if (/\/energy_sites\//.test(request)) return 'energy_device_data';
  if (/\/vehicles\b/.test(request)) return 'vehicle_device_data';
  if (/\/users\//.test(request)) return 'user_data';
  return null;
}

function failure(
  request: string,
  raw: RawResponse | null,
  reason: Why,
  granted: readonly string[] = [],
): Outcome<never> {
  const env = raw ? TeslaErrorBodySchema.safeParse(raw.body) : null;
  const error = env?.success ? (env.data.error ?? '') : '';
  // Tesla's "missing scopes" is believed only when the token's scp really lacks the scope: libraries that
  // take every 403 for a missing box send installers to reconnect for a platform-side fault.
  const needed = scopeFor(request);
  const held = needed !== null && granted.includes(needed);
  return {
    ok: false,
    request,
    status: raw?.status ?? 0,
    reason,
    missingScopes: raw?.status === 403 && /missing scopes/i.test(error) && !held,
    raw,
  };
}

/** "14:32 UTC" for a moment; reports are read in other time zones, so the zone is named. */
export function clockTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 16)} UTC`;
}

/** When a 429 lets us ask again (epoch ms), or null when Tesla did not say. */
export function retryAt(raw: RawResponse): number | null {
  const at = Date.parse(raw.receivedAt);
  return raw.retryAfterSeconds === undefined || Number.isNaN(at) ? null : at + raw.retryAfterSeconds * 1000;
}

/** Why a call failed: the status and Tesla's own error string when it sent one. */
export function reasonOf(raw: RawResponse): Why {
  // The client's own note on an answer that is not data (too large, junk in the envelope): shown as it is.
  if (raw.invalid) return { reason: raw.invalid };
  if (raw.status === 0) return { reasonKey: 'input.no_answer' };
  if (raw.status === 429) {
    // Tesla's limit, with the time it names (the wait is shared with every other app on this device).
    const until = retryAt(raw);
    return {
      reason: `429: Tesla asks to wait${until === null ? '' : ` until ${clockTime(until)}`} (a rate limit shared with other apps on this device)`,
    };
  }
  const env = TeslaErrorBodySchema.safeParse(raw.body);
  const error = env.success ? [env.data.error, env.data.error_description].filter(Boolean).join(': ') : '';
  return { reason: `${raw.status}${error ? ` ${error}` : ''}` };
}

export function outcome<S extends z.ZodType>(input: ChecklistInput, request: string, schema: S): Outcome<z.output<S>> {
  const raw = [...input.responses].reverse().find((r) => r.request === request) ?? null;
  if (!raw) return failure(request, null, { reasonKey: 'input.not_read' }, input.account.grantedScopes);
  // The client said this answer is not data (junk in the envelope, too large): unknown, whatever the body.
  if (raw.invalid || raw.status < 200 || raw.status >= 300)
    return failure(request, raw, reasonOf(raw), input.account.grantedScopes);
  const env = TeslaErrorBodySchema.safeParse(raw.body);
  const parsed = env.success ? schema.safeParse(env.data.response) : null;
  if (!parsed?.success) return failure(request, raw, { reasonKey: 'input.bad_shape' }, input.account.grantedScopes);
  return { ok: true, data: parsed.data as z.output<S>, raw };
}

export interface ProductsView {
  sites: EnergySiteEntry[];
  vehicles: VehicleEntry[];
}

export function products(input: ChecklistInput): Outcome<ProductsView> {
  // Every entry must be an object (a vehicle, a site or another product); `[1, "x", null]` is not a list
  // of products, and reading it as "no products" would give a verdict with no blocker.
  const o = outcome(input, REQ.products, ProductsResponseSchema);
  if (!o.ok) return o;
  const sites: EnergySiteEntry[] = [];
  const vehicles: VehicleEntry[] = [];
  for (const entry of o.data) {
    const v = VehicleEntrySchema.safeParse(entry);
    if (v.success) {
      vehicles.push(v.data);
      continue;
    }
    const s = EnergySiteEntrySchema.safeParse(entry);
    if (s.success) sites.push(s.data);
  }
  return { ok: true, data: { sites, vehicles }, raw: o.raw };
}

export const siteInfo = (input: ChecklistInput, siteId: string): Outcome<SiteInfoResponse> =>
  outcome(input, REQ.siteInfo(siteId), SiteInfoResponseSchema);
export const liveStatus = (input: ChecklistInput, siteId: string): Outcome<LiveStatusResponse> =>
  outcome(input, REQ.liveStatus(siteId), LiveStatusResponseSchema);

/**
 * The fleet_status answer that speaks about this VIN: the latest successful one naming it, else the latest
 * successful one (which then lists it in neither list), else the latest failure.
 */
export function fleetStatusFor(input: ChecklistInput, vin: string): Outcome<FleetStatusResponse> {
  const all = input.responses.filter((r) => r.request === REQ.fleetStatus).reverse();
  let firstOk: Outcome<FleetStatusResponse> | null = null;
  for (const raw of all) {
    const o = outcome({ ...input, responses: [raw] }, REQ.fleetStatus, FleetStatusResponseSchema);
    if (!o.ok) continue;
    const d = o.data;
    if (d.key_paired_vins?.includes(vin) || d.unpaired_vins?.includes(vin) || d.vehicle_info?.[vin]) return o;
    firstOk ??= o;
  }
  return firstOk ?? outcome(input, REQ.fleetStatus, FleetStatusResponseSchema);
}

/** Rebuilds the rules' input from a saved report (token expiry is not in a report: connection judged unknown). */
export function inputFromReport(
  report: Report,
  profile: ChecklistInput['profile'] = { partnerDomain: null },
): ChecklistInput {
  const accountCheck = report.checks.find((c) => c.subject.kind === 'account');
  return {
    now: Date.parse(report.generatedAt) || 0,
    account: {
      id: accountCheck?.subject.id ?? 'account',
      region: report.account.region,
      grantedScopes: report.account.grantedScopes,
      accessTokenExpiresAt: null,
      hasRefreshToken: null,
    },
    profile,
    responses: report.raw,
  };
}
