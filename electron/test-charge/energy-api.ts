// Main process (plain Node). The few Fleet API calls a test makes, as a narrow port: the orchestrator and
// recovery depend on this, not on the whole client, so tests can also drive them with a fake.
import type { SiteSettings } from '@shared/report/test-run-schema';
import type { PlannedWrite } from '@shared/test-charge/strategy';
import type { ExportRule, OperationMode } from '@shared/tesla/fleet-responses';
import type { FleetClient } from '../fleet/fleet-client';

export interface EnergySiteApi {
  /** The raw site_info `response` object. */
  siteInfo(siteId: string): Promise<unknown>;
  /** The raw live_status `response` object. */
  liveStatus(siteId: string): Promise<unknown>;
  write(siteId: string, write: PlannedWrite): Promise<void>;
}

function gridBody(body: Partial<SiteSettings>) {
  return {
    ...(body.customer_preferred_export_rule !== undefined
      ? { customer_preferred_export_rule: body.customer_preferred_export_rule as ExportRule }
      : {}),
    ...(body.disallow_charge_from_grid_with_solar_installed !== undefined
      ? { disallow_charge_from_grid_with_solar_installed: body.disallow_charge_from_grid_with_solar_installed }
      : {}),
  };
}

export function energyApiFromFleetClient(client: FleetClient): EnergySiteApi {
  return {
    siteInfo: async (siteId) => (await client.siteInfo(siteId)).response,
    liveStatus: async (siteId) => (await client.liveStatus(siteId)).response,
    async write(siteId, { endpoint, body }) {
      if (endpoint === 'operation') {
        await client.operation(siteId, body.default_real_mode as OperationMode);
      } else if (endpoint === 'backup') {
        await client.backup(siteId, Number(body.backup_reserve_percent));
      } else {
        await client.gridImportExport(siteId, gridBody(body));
      }
    },
  };
}
