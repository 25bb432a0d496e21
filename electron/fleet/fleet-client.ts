// Main process (plain Node). The typed Fleet API client: one method per endpoint the doctor uses
// (reference sections 3-5). It validates Tesla's response body with zod, keeps each body as received (reports
// carry it), counts every request by billing class, waits out 429s within bounds, follows a 421 only to
// trusted hosts, and refreshes once on a 401. Tokens go into the Authorization header and nowhere else.
import type { z } from 'zod';
import {
  CommandResponseSchema,
  FleetStatusResponseSchema,
  LiveStatusResponseSchema,
  MeResponseSchema,
  ProductsResponseSchema,
  RegionResponseSchema,
  SiteInfoResponseSchema,
  VehiclesResponseSchema,
  WakeResponseSchema,
  type CommandResponse,
  type ExportRule,
  type OperationMode,
  type FleetStatusResponse,
  type LiveStatusResponse,
  type MeResponse,
  type ProductsResponse,
  type RegionResponse,
  type SiteInfoResponse,
  type VehiclesResponse,
  type WakeResponse,
} from '@shared/tesla/fleet-responses';
import { FLEET_PATHS, fleetPath, type FleetPath } from '@shared/tesla/endpoints';
import { TeslaErrorBodySchema } from '@shared/tesla/error-body';
import type { RawResponse } from '@shared/report/report-schema';
import { classifyError, errorTextOfBody } from '@shared/tesla/classify-error';
import { FleetApiError } from './fleet-error';
import type { FleetSession } from './fleet-session';
import { nodeFetch } from './node-fetch';
import { mayCarryToken, TOKEN_RULE_TEXT } from '../security/token-destination';
import { baseUrlFrom421, isTrustedApiBase } from './region-redirect';
import { retryAfterSeconds } from './retry-after';
import type { UsageClass, UsageMeter } from './usage-meter';
import { textIn } from '@shared/text/languages';

/** Stand-ins for Tesla's error_description when Tesla said nothing: the catalogue's English (evidence, log). */
const english = textIn('en');

export { FleetApiError } from './fleet-error';

export type { ExportRule, OperationMode } from '@shared/tesla/fleet-responses';
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
  /** Answers longer than this are not read (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
}

/**
 * Far above any real Fleet API answer (products for a large fleet is tens of kB): past it an answer is
 * junk or hostile, and reading it whole could exhaust memory, so reading stops there.
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

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

/** The body as text, or null once it passes `cap` bytes (the rest is never read). */
async function readBodyCapped(res: Response, cap: number): Promise<string | null> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap) {
    await res.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
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
  const maxBodyBytes = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  let base = session.apiBase.replace(/\/+$/, '');

  type FleetErrorFields = ConstructorParameters<typeof FleetApiError>[0];

  /** Step 1: the last gate before the bearer token leaves, whatever set the base (a profile, a flag, a 421). */
  function guardDestination(path: string, request: string): void {
    if (mayCarryToken(`${base}${path}`)) return;
    throw new FleetApiError({
      status: 0,
      error: 'untrusted_api_base',
      errorDescription: english('errors.fleet_not_sent', { rule: TOKEN_RULE_TEXT }),
      request,
    });
  }

  /** Step 2: one request and its body (read up to the cap); counted by billing class, answered or not. */
  async function send(
    method: 'GET' | 'POST',
    path: string,
    cls: UsageClass,
    request: string,
    body: unknown,
  ): Promise<{ res: Response; text: string | null }> {
    const token = await session.tokenProvider.getAccessToken();
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const res = await doFetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        redirect: 'error',
        signal,
      });
      const text = await readBodyCapped(res, maxBodyBytes);
      opts.meter?.record(cls, res.status);
      return { res, text };
    } catch (e) {
      opts.meter?.record(cls, null);
      const timedOut = signal.aborted || (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError'));
      throw new FleetApiError({
        status: 0,
        error: timedOut ? 'timeout' : 'network_error',
        errorDescription: timedOut
          ? english('errors.fleet_timeout', { seconds: Math.round(timeoutMs / 1000) })
          : english('errors.fleet_unreachable'),
        request,
      });
    }
  }

  /** Step 3a: an answer past the cap is recorded as not read, and fails. */
  function tooLarge(res: Response, request: string, receivedAt: string): FleetApiError {
    const mb = Math.round(maxBodyBytes / (1024 * 1024));
    const raw: RawResponse = {
      request,
      status: res.status,
      receivedAt,
      body: null,
      invalid: `answer too large: over ${mb} MB, not read`,
    };
    opts.onRaw?.(raw);
    return new FleetApiError({
      status: res.status,
      error: 'response_too_large',
      errorDescription: english('errors.fleet_too_large', { mb }),
      request,
      raw,
    });
  }

  /**
   * Step 3b: the answer as a raw record (kept as received, for reports) and, for a success, the validated
   * response. A success whose body is not what this call returns is flagged on the raw record itself, so
   * whoever reads the record later (the rules, a report) sees "not data" rather than an odd body. Every
   * non-2xx answer carries its cause from Tesla's error catalogue (the report keeps it).
   */
  function readAnswer<S extends z.ZodType>(
    res: Response,
    text: string,
    schema: S,
    request: string,
    receivedAt: string,
  ) {
    const parsedBody = parseBody(text);
    const teslaBody = TeslaErrorBodySchema.safeParse(parsedBody);
    const parsed = res.ok && teslaBody.success ? schema.safeParse(teslaBody.data.response) : null;
    const shapeError = !res.ok
      ? null
      : !teslaBody.success
        ? describeIssues(teslaBody.error)
        : parsed && !parsed.success
          ? describeIssues(parsed.error)
          : null;
    const raw: RawResponse = {
      request,
      status: res.status,
      receivedAt,
      body: parsedBody,
      // The first problem only: enough for support, short enough for a check's detail.
      ...(shapeError === null
        ? {}
        : { invalid: `the answer was not in the expected shape (${shapeError.split('; ')[0]})` }),
    };
    if (!res.ok) {
      const cause = classifyError({ status: res.status, text: errorTextOfBody(parsedBody), request });
      if (cause) raw.cause = cause.cause.id;
      if (res.status === 429) {
        const wait = retryAfterSeconds(res.headers, now());
        if (wait !== null) raw.retryAfterSeconds = wait;
      }
    }
    opts.onRaw?.(raw);
    const teslaError = teslaBody.success ? (teslaBody.data.error ?? '') : '';
    const teslaDescription = teslaBody.success ? (teslaBody.data.error_description ?? '') : '';
    const fail = (extra: Partial<FleetErrorFields> = {}) =>
      new FleetApiError({
        status: res.status,
        error:
          teslaError || (typeof parsedBody === 'string' ? parsedBody.slice(0, 200) : '') || res.statusText || 'error',
        errorDescription: teslaDescription,
        request,
        raw,
        ...extra,
      });
    return { raw, parsed, shapeError, teslaError, teslaDescription, fail };
  }

  /** The retries one call may still make: one refresh on a 401, one followed 421, a few bounded 429 waits. */
  interface Attempts {
    refreshed: boolean;
    redirected: boolean;
    retries: number;
  }

  /**
   * Step 4: what a failed answer leads to: 'retry' (after renewing the sign-in, following a region redirect
   * to a trusted Tesla host, or waiting out a short 429), or the error to throw.
   */
  async function afterFailure(
    res: Response,
    answer: ReturnType<typeof readAnswer>,
    attempts: Attempts,
  ): Promise<'retry' | FleetApiError> {
    const { teslaError, teslaDescription, fail } = answer;
    if (res.status === 401 && !attempts.refreshed) {
      attempts.refreshed = true;
      try {
        await session.tokenProvider.onUnauthorized();
      } catch {
        // The refresh itself failed (expired or revoked grant): the answer stays this 401.
        return fail({ errorDescription: 'the sign-in could not be renewed; reconnect the account' });
      }
      return 'retry';
    }
    if (res.status === 421 && !attempts.redirected) {
      const next = baseUrlFrom421(teslaError);
      if (next && isTrustedApiBase(next, session.trustedApiOrigins)) {
        attempts.redirected = true;
        base = next;
        return 'retry';
      }
      return fail({
        errorDescription: `${teslaDescription ? `${teslaDescription}; ` : ''}region redirect not followed: not a Tesla host`,
      });
    }
    if (res.status === 429) {
      const wait = retryAfterSeconds(res.headers, now()) ?? defaultWaitSeconds;
      if (attempts.retries < maxRetries && wait <= maxWaitSeconds) {
        attempts.retries += 1;
        await sleep(wait * 1000);
        return 'retry';
      }
      return fail({ retryAfterSeconds: wait });
    }
    return fail();
  }

  /** One Fleet API call: guard, send, read, and retry or fail as Tesla's answer says. */
  async function call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    cls: UsageClass,
    schema: S,
    body?: unknown,
  ): Promise<FleetResult<z.output<S>>> {
    const request = `${method} ${path}`;
    const attempts: Attempts = { refreshed: false, redirected: false, retries: 0 };
    for (;;) {
      guardDestination(path, request);
      const { res, text } = await send(method, path, cls, request, body);
      const receivedAt = new Date(now()).toISOString();
      if (text === null) throw tooLarge(res, request, receivedAt);
      const answer = readAnswer(res, text, schema, request, receivedAt);
      if (!res.ok) {
        const next = await afterFailure(res, answer, attempts);
        if (next === 'retry') continue;
        throw next;
      }
      const { parsed, shapeError, raw, fail } = answer;
      if (shapeError !== null || !parsed?.success)
        throw fail({ error: 'invalid_response', errorDescription: shapeError ?? 'not in the expected shape' });
      return { response: parsed.data as z.output<S>, raw };
    }
  }

  const site = (path: FleetPath, id: string | number) => fleetPath(path, idSegment(id, 'energy site id'));
  const percentOk = (p: number) => Number.isInteger(p) && p >= 0 && p <= 100;

  return {
    apiBase: () => base,
    region: async () => call('GET', FLEET_PATHS.region, 'data', RegionResponseSchema),
    me: async () => call('GET', FLEET_PATHS.me, 'data', MeResponseSchema),
    products: async () => call('GET', FLEET_PATHS.products, 'data', ProductsResponseSchema),
    vehicles: async () => call('GET', FLEET_PATHS.vehicles, 'data', VehiclesResponseSchema),
    fleetStatus: async (vins) => {
      vins.forEach((v) => idSegment(v, 'VIN'));
      return call('POST', FLEET_PATHS.fleetStatus, 'data', FleetStatusResponseSchema, { vins });
    },
    wakeUp: async (id) =>
      call('POST', fleetPath(FLEET_PATHS.wakeUp, idSegment(id, 'vehicle id')), 'wake', WakeResponseSchema),
    siteInfo: async (id) => call('GET', site(FLEET_PATHS.siteInfo, id), 'data', SiteInfoResponseSchema),
    liveStatus: async (id) => call('GET', site(FLEET_PATHS.liveStatus, id), 'data', LiveStatusResponseSchema),
    gridImportExport: async (id, body) => {
      if (
        body.customer_preferred_export_rule === undefined &&
        body.disallow_charge_from_grid_with_solar_installed === undefined
      ) {
        throw new TypeError('grid_import_export needs at least one setting');
      }
      return call('POST', site(FLEET_PATHS.gridImportExport, id), 'command', CommandResponseSchema, body);
    },
    backup: async (id, percent) => {
      if (!percentOk(percent)) throw new TypeError(`Backup reserve must be a whole number 0-100, got ${percent}`);
      return call('POST', site(FLEET_PATHS.backup, id), 'command', CommandResponseSchema, {
        backup_reserve_percent: percent,
      });
    },
    operation: async (id, mode) =>
      call('POST', site(FLEET_PATHS.operation, id), 'command', CommandResponseSchema, { default_real_mode: mode }),
    stormMode: async (id, enabled) =>
      call('POST', site(FLEET_PATHS.stormMode, id), 'command', CommandResponseSchema, { enabled }),
  };
}
