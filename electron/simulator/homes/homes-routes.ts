// Main process (plain Node). The simulator's admin steering of generated homes between sweeps (loopback
// only, like every /__sim/ route): an incident on a share of the homes, or a number of them broken.
import { z } from 'zod';
import { jsonBody } from '../fleet/fleet-route';
import type { SimResponse, SimRoute } from '../sim-types';
import type { SimHomes } from './sim-homes';

const IncidentBody = z.object({
  kind: z.enum(['auth-outage', 'data-outage', 'app-suspended']),
  share: z.number().min(0).max(1),
});
const BreakBody = z.object({
  count: z.number().int().min(0).max(1_000_000),
  cause: z.enum(['revoked']),
});

const json = (status: number, body: unknown): SimResponse => ({
  status,
  headers: { 'Cache-Control': 'no-store' },
  body,
});
const invalid = (hint: string) => json(400, { error: 'invalid_request', error_description: hint });

export function homesAdminRoutes(homes: SimHomes): SimRoute[] {
  return [
    ...homes.routes,
    {
      method: 'POST',
      pattern: '/__sim/platform/incident',
      billing: 'admin',
      handler(req) {
        const body = IncidentBody.safeParse(jsonBody(req));
        if (!body.success)
          return invalid('Send {"kind": "auth-outage" | "data-outage" | "app-suspended", "share": 0 to 1}.');
        return json(200, { homes: homes.incident(body.data.kind, body.data.share) });
      },
    },
    {
      method: 'POST',
      pattern: '/__sim/platform/break',
      billing: 'admin',
      handler(req) {
        const body = BreakBody.safeParse(jsonBody(req));
        if (!body.success) return invalid('Send {"count": n, "cause": "revoked"}.');
        return json(200, { homes: homes.breakHomes(body.data.count, body.data.cause) });
      },
    },
  ];
}
