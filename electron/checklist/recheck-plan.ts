// Main process (plain Node). What "check again" on one item re-reads: only what that check needs, at most
// two requests, never a wake.
import { REQ } from '@shared/checklist/checklist-input';
import type { CheckId } from '@shared/report/check-types';
import type { FleetClient, FleetResult } from '../fleet/fleet-client';

export interface RecheckCall {
  request: string;
  call: (client: FleetClient) => Promise<FleetResult<unknown>>;
}

/** The calls for one check; scope checks need none (the fresh session's grant answers them). */
export function recheckPlan(checkId: CheckId, subjectId: string): RecheckCall[] {
  const siteInfo: RecheckCall = { request: REQ.siteInfo(subjectId), call: (c) => c.siteInfo(subjectId) };
  const liveStatus: RecheckCall = { request: REQ.liveStatus(subjectId), call: (c) => c.liveStatus(subjectId) };
  const products: RecheckCall = { request: REQ.products, call: (c) => c.products() };
  switch (checkId) {
    case 'account.reach':
    case 'account.connection':
    case 'account.region':
    case 'account.partner_registration':
    case 'account.app_status':
    case 'account.rate_limit':
    case 'energy.site_discovery':
    case 'vehicle.reachable':
    case 'vehicle.pairing_account':
      return [products];
    case 'scope.refresh':
    case 'scope.energy_read':
    case 'scope.energy_commands':
    case 'scope.vehicle_read':
    case 'scope.vehicle_commands':
    case 'scope.vehicle_location':
      return [];
    case 'energy.reachable':
    case 'energy.command_readiness':
    case 'energy.grid_services':
      return [siteInfo, liveStatus];
    case 'energy.battery_present':
    case 'energy.permission_to_export':
    case 'energy.energy_exports':
    case 'energy.grid_charging':
    case 'energy.tariff_and_mode':
      return [siteInfo];
    case 'vehicle.virtual_key':
    case 'vehicle.command_protocol':
    case 'vehicle.streaming_toggle':
      return [{ request: REQ.fleetStatus, call: (c) => c.fleetStatus([subjectId]) }];
  }
}
