// Main process (plain Node). The scenario file format (documented in README "Simulator"). Tesla's own
// objects (products entries, site_info, live_status, fleet_status vehicle_info) are kept raw: loose
// objects, only the fields the simulator reads are checked, so captured responses drop in unchanged.
import { z } from 'zod';
import { FLEET_SCOPES } from '@shared/tesla/scopes';

export const SCOPES = FLEET_SCOPES;

const RawObject = z.record(z.string(), z.unknown());

const EnergyProduct = z.looseObject({ energy_site_id: z.number().int() });
const VehicleProduct = z.looseObject({
  id: z.number().int(),
  vin: z.string().min(11).max(17),
  state: z.enum(['online', 'asleep', 'offline']).optional(),
});

/** Simulator-only knobs for the Powerwall model (optional; not part of any Tesla response). */
const ModelConditions = z
  .object({
    /** Starting state of charge, percent. Default: the products entry's percentage_charged, else 50. */
    soc: z.number().min(0).max(100).optional(),
    /** Peak solar output in watts (default 7000 when the site has solar). */
    solarPeakW: z.number().min(0).optional(),
    /** Average house load in watts (default 900). */
    baseLoadW: z.number().min(0).optional(),
    islandStatus: z.enum(['on_grid', 'off_grid', 'off_grid_intentional', 'off_grid_unintentional']).optional(),
    /** A Storm Watch event is active (the site holds a full battery, charging from the grid). */
    stormWatchActive: z.boolean().optional(),
    /** A grid-services (VPP) event is active (the battery discharges to the grid at full power). */
    gridServicesActive: z.boolean().optional(),
    /** Exporting pays now (default: the tou_settings schedule says "peak"). */
    exportPays: z.boolean().optional(),
    /** Caps backup reserve at 80% (default: gateway firmware 23 or newer). */
    reserveCap80: z.boolean().optional(),
  })
  .strict();

export const FaultSchema = z
  .object({
    method: z.enum(['GET', 'POST', '*']).default('*'),
    /** A path without the regional prefix; `*` matches one path segment, `**` any rest. */
    path: z.string().startsWith('/'),
    /** The answer's status; below 400 the request is served normally after `delayMs` (a slow answer). */
    status: z.number().int().min(200).max(599),
    /** How many matching requests fail; absent: every one. */
    count: z.number().int().min(1).optional(),
    /** Simulated milliseconds to wait before answering. */
    delayMs: z.number().int().min(0).max(600_000).default(0),
    /**
     * Tesla's `error` text (default: a short text for the status). `{baseUrl}` becomes the regional base
     * URL the request came in on, `{clientId}` the client id in the request's access token.
     */
    error: z.string().optional(),
    /** Tesla's `error_description` (default ""); same placeholders as `error`. */
    errorDescription: z.string().optional(),
    /** Extra response headers (they override the defaults, e.g. a 429's Retry-After and RateLimit-*). */
    headers: z.record(z.string(), z.string()).optional(),
    /** A raw JSON value sent as the whole body instead of `{response, error, error_description}`. */
    body: z.json().optional(),
    /** Send no body at all (as Tesla's bare 401 does); wins over `body`. */
    emptyBody: z.boolean().optional(),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    /** Answers in this scenario that are the simulator's own guess, not Tesla's documented behaviour. */
    inferred: z.array(z.string().min(1)).optional(),
    account: z
      .object({
        region: z.enum(['NA', 'EU', 'CN']),
        grantedScopes: z.array(z.enum(SCOPES)),
        email: z.string().min(3),
        fullName: z.string().min(1),
        /** Stable user id (the token's sub); derived from the email when absent. */
        sub: z.string().min(1).optional(),
        /** The refresh token this customer holds is already expired (reconnect needed). */
        refreshTokenExpired: z.boolean().optional(),
        /**
         * The customer removed the app (Third-Party Apps > Remove Access) after signing in: the tokens held
         * (and those of the first sign-in over HTTP) answer 401 "token revoked", and refreshing them 401
         * login_required. Signing in again grants access anew.
         */
        revoked: z.boolean().optional(),
        /** How an expired access token is refused: a bare 401 (default) or `{"error":"token expired (401)"}`. */
        expiredTokenBody: z.enum(['empty', 'json']).optional(),
        /** users/orders entries (raw; Tesla lists orders of cars not yet delivered). Default: none. */
        orders: z.array(RawObject).optional(),
      })
      .strict(),
    energySites: z
      .array(
        z
          .object({
            product: EnergyProduct,
            /** The raw site_info `response` object; a minimal one is derived from the product when absent. */
            siteInfo: RawObject.optional(),
            /** The raw live_status `response` object: pins live_status; absent = the model answers. */
            liveStatus: RawObject.optional(),
            model: ModelConditions.optional(),
            /** Past outages for calendar_history kind=backup: start (ISO 8601) and duration in seconds. */
            backupEvents: z
              .array(
                z.object({ timestamp: z.iso.datetime({ offset: true }), duration: z.number().int().min(0) }).strict(),
              )
              .optional(),
          })
          .strict(),
      )
      .default([]),
    vehicles: z
      .array(
        z
          .object({
            product: VehicleProduct,
            /** true: paired; false: unpaired; null: fleet_status lists the VIN in neither list. */
            keyPaired: z.boolean().nullable(),
            /** fleet_status `vehicle_info` for this VIN (raw; e.g. `safety_screen_streaming_toggle_enabled` on newer Model S/X). */
            vehicleInfo: RawObject.optional(),
            /** The raw vehicle_data `response` (pins it); absent: the simulator makes one from the products entry. */
            vehicleData: RawObject.optional(),
          })
          .strict(),
      )
      .default([]),
    faults: z.array(FaultSchema).default([]),
  })
  .strict();

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioSite = Scenario['energySites'][number];
export type ScenarioVehicle = Scenario['vehicles'][number];
export type Fault = z.infer<typeof FaultSchema>;
export type ModelConditions = z.infer<typeof ModelConditions>;
