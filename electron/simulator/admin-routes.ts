// Main process (plain Node). The loopback-only admin API under /__sim/ (the front refuses other callers):
// state, request log, reset, clock control, and site events (Storm Watch, VPP, grid outage) for demos.
import { z } from 'zod';
import { jsonBody } from './fleet/fleet-route';
import type { RequestLogEntry } from './request-log';
import type { SimClock, SimRoute } from './sim-types';
import { fail, ok } from './tesla-errors';

export interface SiteStateSnapshot {
  energySiteId: number;
  settings: {
    default_real_mode: unknown;
    backup_reserve_percent: unknown;
    customer_preferred_export_rule: unknown;
    disallow_charge_from_grid_with_solar_installed: unknown;
    storm_mode_enabled: unknown;
  };
  /** The Powerwall model's state now: percent, watts (battery >0 discharging, grid >0 importing). */
  soc: number;
  batteryPowerW: number;
  gridPowerW: number;
  solarPowerW: number;
  loadPowerW: number;
  islandStatus: string;
  stormWatchActive: boolean;
  gridServicesActive: boolean;
  /** Simulated epoch ms at which written settings reach the Powerwall. */
  pendingSettingsAt: number[];
  liveStatusPinned: boolean;
}

export interface SimStateSnapshot {
  scenario: string;
  now: number;
  speed: number;
  region: string;
  sites: SiteStateSnapshot[];
  vehicles: { id: number; vin: string; state: string; keyPaired: boolean | null }[];
}

export interface AdminDeps {
  clock: SimClock;
  state(): SimStateSnapshot;
  requestLog(): RequestLogEntry[];
  reset(): void;
  setSpeed(n: number): void;
  setSiteEvents(siteId: number, events: SiteEventsInput): boolean;
}

export const SiteEventsSchema = z
  .object({
    islandStatus: z.enum(['on_grid', 'off_grid', 'off_grid_intentional', 'off_grid_unintentional']).optional(),
    stormWatchActive: z.boolean().optional(),
    gridServicesActive: z.boolean().optional(),
    exportPays: z.boolean().optional(),
  })
  .strict();
export type SiteEventsInput = z.infer<typeof SiteEventsSchema>;

const ClockBody = z
  .object({
    speed: z.number().min(0).max(1_000_000).optional(),
    advanceMs: z
      .number()
      .int()
      .min(0)
      .max(366 * 86_400_000)
      .optional(),
  })
  .strict();

function clockView(clock: SimClock) {
  return { now: clock.now(), iso: new Date(clock.now()).toISOString(), speed: clock.speed };
}

export function adminRoutes(deps: AdminDeps): SimRoute[] {
  return [
    { method: 'GET', pattern: '/__sim/state', billing: 'admin', handler: () => ok(deps.state()) },
    { method: 'GET', pattern: '/__sim/requests', billing: 'admin', handler: () => ok(deps.requestLog()) },
    {
      method: 'POST',
      pattern: '/__sim/reset',
      billing: 'admin',
      handler: () => {
        deps.reset();
        return ok({ reset: true });
      },
    },
    { method: 'GET', pattern: '/__sim/clock', billing: 'admin', handler: () => ok(clockView(deps.clock)) },
    {
      method: 'POST',
      pattern: '/__sim/clock',
      billing: 'admin',
      handler: (req) => {
        const parsed = ClockBody.safeParse(jsonBody(req));
        if (!parsed.success) return fail(400, 'invalid_request', 'send {"speed": n} and/or {"advanceMs": n}');
        if (parsed.data.speed !== undefined) deps.setSpeed(parsed.data.speed);
        if (parsed.data.advanceMs !== undefined) deps.clock.advance(parsed.data.advanceMs);
        return ok(clockView(deps.clock));
      },
    },
    {
      method: 'POST',
      pattern: '/__sim/sites/:id/events',
      billing: 'admin',
      handler: (req) => {
        const parsed = SiteEventsSchema.safeParse(jsonBody(req));
        if (!parsed.success)
          return fail(
            400,
            'invalid_request',
            'send any of islandStatus, stormWatchActive, gridServicesActive, exportPays',
          );
        return deps.setSiteEvents(Number(req.params.id), parsed.data)
          ? ok(deps.state())
          : fail(404, 'not_found', 'energy site not found');
      },
    },
  ];
}
