// Runs anywhere. What must hold before a test writes anything. Any blocker means nothing is written.
import type { BlockerCode } from './reasons';
import { isGridEvent, isOffGrid, type RawLiveStatus, type RawSiteInfo } from './site-facts';
import { LOWEST_RESERVE_PERCENT, type Direction } from './strategy';

/** A charge needs room below this state of charge; a discharge needs this much above the lowest reserve. */
export const FULL_PERCENT = 98;
export const EMPTY_MARGIN_PERCENT = 5;

export interface PreflightInput {
  direction: Direction;
  grantedScopes: readonly string[];
  site: RawSiteInfo;
  live: RawLiveStatus;
}

export interface Blocker {
  code: BlockerCode;
  /** The value that tripped it, for the UI and report ("not reported" when absent). */
  observed?: string | number | boolean;
}

export type PreflightWarning = 'soc_not_reported' | 'grid_status_unknown' | 'above_reserve_cap' | 'export_not_permitted';

export interface PreflightResult {
  ok: boolean;
  blockers: Blocker[];
  warnings: PreflightWarning[];
}

export function preflight(input: PreflightInput): PreflightResult {
  const { site, live, direction } = input;
  const blockers: Blocker[] = [];
  const warnings: PreflightWarning[] = [];
  if (!input.grantedScopes.includes('energy_cmds')) blockers.push({ code: 'missing_energy_cmds' });
  if (!input.grantedScopes.includes('energy_device_data')) blockers.push({ code: 'missing_energy_read' });
  if (site.components?.battery !== true) blockers.push({ code: 'no_battery', observed: site.components?.battery ?? 'not reported' });
  if (isOffGrid(live)) blockers.push({ code: 'off_grid', observed: live.island_status ?? live.grid_status ?? 'not reported' });
  else if (live.grid_status === 'Unknown' || live.island_status === 'island_status_unknown') warnings.push('grid_status_unknown');
  if (isGridEvent(live)) blockers.push({ code: 'grid_event', observed: live.storm_mode_active ? 'storm_mode_active' : 'grid_services_active' });
  if (site.components?.configurable === false) blockers.push({ code: 'not_editable', observed: false });
  const soc = live.percentage_charged;
  if (typeof soc !== 'number') warnings.push('soc_not_reported');
  else if (direction === 'charge' && soc >= FULL_PERCENT) blockers.push({ code: 'battery_full', observed: Math.round(soc) });
  else if (direction === 'discharge' && soc <= LOWEST_RESERVE_PERCENT + EMPTY_MARGIN_PERCENT) {
    blockers.push({ code: 'battery_empty', observed: Math.round(soc) });
  }
  if (direction === 'charge' && typeof soc === 'number' && soc < FULL_PERCENT && soc >= 79) warnings.push('above_reserve_cap');
  // Inferred field: a warning, not a blocker (the test itself shows whether anything reaches the grid).
  if (direction === 'discharge' && site.components?.non_export_configured === true) warnings.push('export_not_permitted');
  return { ok: blockers.length === 0, blockers, warnings };
}
