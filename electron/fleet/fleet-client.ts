// Main process (plain Node). The typed Fleet API client: one method per endpoint the doctor uses
// (reference sections 3-5). It validates Tesla's response body with zod, keeps each body as received (reports
// carry it), counts every request by billing class, waits out 429s within bounds, follows a 421 only to
// trusted hosts, and refreshes once on a 401. Tokens go into the Authorization header and nowhere else.
import type { z } from 'zod';
import {
  CommandResponseSchema,
  TeslaBodySchema,
  FleetStatusResponseSchema,
  LiveStatusResponseSchema,
  MeResponseSchema,
  ProductsResponseSchema,
  RegionResponseSchema,
  SiteInfoResponseSchema,
  VehiclesResponseSchema,
  WakeResponseSchema,
  type CommandResponse,
  type FleetStatusResponse,
  type LiveStatusResponse,
  type MeResponse,
  type ProductsResponse,
  type RegionResponse,
  type SiteInfoResponse,
  type VehiclesResponse,
  type WakeResponse,
} from '../../shared/tesla/fleet-responses';
import type { RawResponse } from '../../shared/report/report-schema';
import { classifyError, errorTextOfBody } from '../../shared/tesla/classify-error';
import { FleetApiError } from './fleet-error';
import type { FleetSession } from './fleet-session';
import { nodeFetch } from './node-fetch';
import { baseUrlFrom421, isTrustedApiBase } from './region-redirect';
import { retryAfterSeconds } from './retry-after';
import type { UsageClass, UsageMeter } from './usage-meter';

export { FleetApiError } from './fleet-error';

export type ExportRule = 'battery_ok' | 'pv_only' | 'never';
export type OperationMode = 'self_consumption' | 'autonomous' | 'backup';
export interface GridImportExportBody {
  customer_preferred_export_rule?: ExportRule;
  disallow_charge_from_grid_with_solar_installed?: boolean;
}

export interface FleetClientOptions {
  meter?: UsageMeter;
  /** Every answer as received, retries included (for logs and reports). */
  onRaw?: (raw: RawResponse) => void;
  fetch?: typeof fetch;
  /** Per attempt; default 20 s. */
  timeoutMs?: number;
  /** 429 handling: at most `maxRetries` retries (default 2), each waiting at most `maxWaitSeconds` (default 30). */
  retry?: { maxRetries?: number; maxWaitSeconds?: number; defaultWaitSeconds?: number };
  /** Waits between 429 retries; tests pass a simulated clock's sleep. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** A validated answer and the body exactly as Tesla sent it. */
export interface FleetResult<T> {
  response: T;
  raw: RawResponse;
}

export interface FleetClient {
  /** The base URL in use (changes after a followed 421). */
  apiBase(): string;
  region(): Promise<FleetResult<RegionResponse>>;
  me(): Promise<FleetResult<MeResponse>>;
  products(): Promise<FleetResult<ProductsResponse>>;
  vehicles(): Promise<FleetResult<VehiclesResponse>>;
  /** One call for all VINs; does not wake cars. */
  fleetStatus(vins: string[]): Promise<FleetResult<FleetStatusResponse>>;
  /** Wakes a car: billed as a wake ($1 per 50). Only when a person asked for it. */
  wakeUp(vehicleId: string | number): Promise<FleetResult<WakeResponse>>;
  siteInfo(siteId: string | number): Promise<FleetResult<SiteInfoResponse>>;
  liveStatus(siteId: string | number): Promise<FleetResult<LiveStatusResponse>>;
  gridImportExport(siteId: string | number, body: GridImportExportBody): Promise<FleetResult<CommandResponse>>;
  backup(siteId: string | number, percent: number): Promise<FleetResult<CommandResponse>>;
  operation(siteId: string | number, mode: OperationMode): Promise<FleetResult<CommandResponse>>;
  stormMode(siteId: string | number, enabled: boolean): Promise<FleetResult<CommandResponse>>;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
function idSegment(id: string | number, what: string): string {
  const s = String(id);
  if (!SAFE_ID.test(s)) throw new TypeError(`Not a valid ${what}: ${JSON.stringify(s).slice(0, 80)}`);
  return s;
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    .join('; ');
}

export function createFleetClient(session: FleetSession, opts: FleetClientOptions = {}): FleetClient {
  const doFetch = opts.fetch ?? nodeFetch;
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxRetries = opts.retry?.maxRetries ?? 2;
  const maxWaitSeconds = opts.retry?.maxWaitSeconds ?? 30;
  const defaultWaitSeconds = opts.retry?.defaultWaitSeconds ?? 1;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = opts.now ?? Date.now;
  let base = session.apiBase.replace(/\/+$/, '');

  async function call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    cls: UsageClass,
    schema: S,
    body?: unknown,
  ): Promise<FleetResult<z.output<S>>> {
    const request = `${method} ${path}`;
    let refreshed = false;
    let redirected = false;
    let retries = 0;
    for (;;) {
      const token = await session.tokenProvider.getAccessToken();
      let res: Response;
      try {
        res = await doFetch(`${base}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        opts.meter?.record(cls, null);
        const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
        throw new FleetApiError({
          status: 0,
          error: timedOut ? 'timeout' : 'network_error',
          errorDescription: timedOut ? `no answer within ${Math.round(timeoutMs / 1000)} s` : 'the Fleet API could not be reached',
          request,
        });
      }
      opts.meter?.record(cls, res.status);
      const parsedBody = parseBody(await res.text());
      const raw: RawResponse = { request, status: res.status, receivedAt: new Date(now()).toISOString(), body: parsedBody };
      if (!res.ok) {
        // Every non-2xx answer carries its cause from Tesla's error catalogue (the report keeps it).
        const cause = classifyError({ status: res.status, text: errorTextOfBody(parsedBody), request });
        if (cause) raw.cause = cause.cause.id;
        if (res.status === 429) {
          const wait = retryAfterSeconds(res.headers, now());
          if (wait !== null) raw.retryAfterSeconds = wait;
        }
      }
      opts.onRaw?.(raw);
      const teslaBody = TeslaBodySchema.safeParse(parsedBody);
      const teslaError = teslaBody.success ? (teslaBody.data.error ?? '') : '';
      const teslaDescription = teslaBody.success ? (teslaBody.data.error_description ?? '') : '';
      const fail = (extra: Partial<ConstructorParameters<typeof FleetApiError>[0]> = {}) =>
        new FleetApiError({
          status: res.status,
          error: teslaError || (typeof parsedBody === 'string' ? parsedBody.slice(0, 200) : '') || res.statusText || 'error',
          errorDescription: teslaDescription,
          request,
          raw,
          ...extra,
        });

      if (res.status === 401 && !refreshed) {
        refreshed = true;
        try {
          await session.tokenProvider.onUnauthorized();
        } catch {
          // The refresh itself failed (expired or revoked grant): the answer stays this 401.
          throw fail({ errorDescription: 'the sign-in could not be renewed; reconnect the account' });
        }
        continue;
      }
      if (res.status === 421 && !redirected) {
        const next = baseUrlFrom421(teslaError);
        if (next && isTrustedApiBase(next, session.trustedApiOrigins)) {
          redirected = true;
          base = next;
          continue;
        }
        throw fail({ errorDescription: `${teslaDescription ? `${teslaDescription}; ` : ''}region redirect not followed: not a Tesla host` });
      }
      if (res.status === 429) {
        const wait = retryAfterSeconds(res.headers, now()) ?? defaultWaitSeconds;
        if (retries < maxRetries && wait <= maxWaitSeconds) {
          retries += 1;
          await sleep(wait * 1000);
          continue;
        }
        throw fail({ retryAfterSeconds: wait });
      }
      if (!res.ok) throw fail();
      if (!teslaBody.success) throw fail({ error: 'invalid_response', errorDescription: describeIssues(teslaBody.error) });
      const parsed = schema.safeParse(teslaBody.data.response);
      if (!parsed.success) throw fail({ error: 'invalid_response', errorDescription: describeIssues(parsed.error) });
      return { response: parsed.data as z.output<S>, raw };
    }
  }

  const site = (id: string | number) => `/api/1/energy_sites/${idSegment(id, 'energy site id')}`;
  const percentOk = (p: number) => Number.isInteger(p) && p >= 0 && p <= 100;

  return {
    apiBase: () => base,
    region: async () => call('GET', '/api/1/users/region', 'data', RegionResponseSchema),
    me: async () => call('GET', '/api/1/users/me', 'data', MeResponseSchema),
    products: async () => call('GET', '/api/1/products', 'data', ProductsResponseSchema),
    vehicles: async () => call('GET', '/api/1/vehicles', 'data', VehiclesResponseSchema),
    fleetStatus: async (vins) => {
      vins.forEach((v) => idSegment(v, 'VIN'));
      return call('POST', '/api/1/vehicles/fleet_status', 'data', FleetStatusResponseSchema, { vins });
    },
    wakeUp: async (id) => call('POST', `/api/1/vehicles/${idSegment(id, 'vehicle id')}/wake_up`, 'wake', WakeResponseSchema),
    siteInfo: async (id) => call('GET', `${site(id)}/site_info`, 'data', SiteInfoResponseSchema),
    liveStatus: async (id) => call('GET', `${site(id)}/live_status`, 'data', LiveStatusResponseSchema),
    gridImportExport: async (id, body) => {
      if (body.customer_preferred_export_rule === undefined && body.disallow_charge_from_grid_with_solar_installed === undefined) {
        throw new TypeError('grid_import_export needs at least one setting');
      }
      return call('POST', `${site(id)}/grid_import_export`, 'command', CommandResponseSchema, body);
    },
    backup: async (id, percent) => {
      if (!percentOk(percent)) throw new TypeError(`Backup reserve must be a whole number 0-100, got ${percent}`);
      return call('POST', `${site(id)}/backup`, 'command', CommandResponseSchema, { backup_reserve_percent: percent });
    },
    operation: async (id, mode) => call('POST', `${site(id)}/operation`, 'command', CommandResponseSchema, { default_real_mode: mode }),
    stormMode: async (id, enabled) => call('POST', `${site(id)}/storm_mode`, 'command', CommandResponseSchema, { enabled }),
  };
}
