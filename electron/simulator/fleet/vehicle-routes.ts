// Main process (plain Node). fleet_status, wake_up and one harmless command (flash_lights), answering as
// Tesla and tesla-http-proxy do (reference section 5). A request carrying `x-sim-signed: 1` stands for a
// command signed by tesla-http-proxy with the partner's key (the simulator does not verify signatures).
import { z } from 'zod';
import { FLEET_PATHS } from '@shared/tesla/endpoints';
import { vehicleDataResponse } from './vehicle-data';
import { findVehicle, vehicleStateNow, WAKE_MS } from '../sim-state';
import { fail, KEY_NOT_PAIRED, ok, PROTOCOL_REQUIRED, VEHICLE_UNAVAILABLE } from '../tesla-errors';
import { accountDevice, jsonBody, paramDevice, type FleetRoute } from './fleet-route';

const FleetStatusBody = z.object({ vins: z.array(z.string().min(1).max(32)).min(1).max(100) });

const notFound = () => fail(404, 'not_found', 'vehicle not found');

export const vehicleRoutes: FleetRoute[] = [
  {
    // One car's entry with its state, by id or VIN; never wakes it (clients poll this after wake_up).
    method: 'GET',
    pattern: FLEET_PATHS.vehicle,
    billing: 'data',
    anyScope: ['vehicle_device_data'],
    device: paramDevice,
    handler(req, ctx) {
      const v = findVehicle(ctx.world, req.params.id ?? '');
      if (!v) return notFound();
      vehicleStateNow(v, ctx.now);
      return ok(v.product);
    },
  },
  {
    method: 'GET',
    pattern: FLEET_PATHS.vehicleData,
    billing: 'data',
    anyScope: ['vehicle_device_data'],
    device: paramDevice,
    handler(req, ctx) {
      const v = findVehicle(ctx.world, req.params.id ?? '');
      if (!v) return notFound();
      // An asleep or offline car cannot answer; the call does not wake it.
      if (vehicleStateNow(v, ctx.now) !== 'online') return fail(408, VEHICLE_UNAVAILABLE);
      return ok(vehicleDataResponse(v, req.query.get('endpoints'), ctx.claims.scp, ctx.now));
    },
  },
  {
    method: 'POST',
    pattern: FLEET_PATHS.fleetStatus,
    billing: 'data',
    anyScope: ['vehicle_device_data'],
    device: accountDevice,
    handler(req, ctx) {
      const parsed = FleetStatusBody.safeParse(jsonBody(req));
      if (!parsed.success) return fail(400, 'invalid_field', 'vins must be a list of VINs');
      const paired: string[] = [];
      const unpaired: string[] = [];
      const info: Record<string, unknown> = {};
      for (const vin of parsed.data.vins) {
        const v = ctx.world.vehicles.find((x) => x.product.vin === vin);
        if (!v) continue; // unknown to this token: in neither list
        if (v.keyPaired === true) paired.push(vin);
        else if (v.keyPaired === false) unpaired.push(vin);
        if (v.vehicleInfo) info[vin] = v.vehicleInfo;
      }
      return ok({ key_paired_vins: paired, unpaired_vins: unpaired, vehicle_info: info });
    },
  },
  {
    method: 'POST',
    pattern: FLEET_PATHS.wakeUp,
    billing: 'wake',
    anyScope: ['vehicle_cmds', 'vehicle_charging_cmds'],
    device: paramDevice,
    handler(req, ctx) {
      const v = findVehicle(ctx.world, req.params.id ?? '');
      if (!v) return notFound();
      const state = vehicleStateNow(v, ctx.now);
      // An asleep car comes online after WAKE_MS; an offline one (no connectivity) stays offline.
      if (state === 'asleep' && v.wakeAt === undefined) v.wakeAt = ctx.now + WAKE_MS;
      return ok(v.product);
    },
  },
  {
    method: 'POST',
    pattern: FLEET_PATHS.flashLights,
    billing: 'command',
    anyScope: ['vehicle_cmds'],
    device: paramDevice,
    handler(req, ctx) {
      const v = findVehicle(ctx.world, req.params.id ?? '');
      if (!v) return notFound();
      if (vehicleStateNow(v, ctx.now) !== 'online') return fail(408, VEHICLE_UNAVAILABLE);
      const signed = req.headers['x-sim-signed'] === '1';
      const required =
        v.product.command_signing === 'required' || v.vehicleInfo?.vehicle_command_protocol_required === true;
      if (required && !signed) return fail(403, PROTOCOL_REQUIRED);
      if (signed && v.keyPaired !== true) return fail(500, KEY_NOT_PAIRED);
      return ok({ result: true, reason: '' });
    },
  },
];
