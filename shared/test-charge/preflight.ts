// Runs anywhere. What must hold before a test writes anything. Any blocker means nothing is written.
// Besides its own live conditions it takes the checklist's verdicts (shared/checklist/test-readiness.ts):
// a test the checklist knows will fail is blocked with that check as the reason, unless the installer
// forces it after being told what will happen.
import type { Check } from '@shared/report/check-types';
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
  /** The checklist's failing checks that stop this test (testReadiness().blocking). */
  checklist?: readonly Check[];
  /** The installer confirmed running despite the checklist's blockers (never overrides the others). */
  force?: boolean;
}

export interface Blocker {
  code: BlockerCode;
  /** The value that tripped it, for the UI and report ("not reported" when absent). */
  observed?: string | number | boolean;
  /** The checklist's check behind it (code 'checklist', and the scope/battery blockers). */
  checkId?: string;
  /** That check's message key and values, so a screen can show its title in the user's language. */
  text?: { key: string; params: Record<string, string | number> };
}

export type PreflightWarning =
  'soc_not_reported' | 'grid_status_unknown' | 'above_reserve_cap' | 'export_not_permitted';

export interface PreflightResult {
  ok: boolean;
  blockers: Blocker[];
  warnings: PreflightWarning[];
  /** Checklist blockers the installer chose to run past (`force`). */
  overridden?: Blocker[];
}

/** Only the checklist's blockers may be forced: the others make a test impossible or unsafe to start. */
export const isForceable = (b: Blocker): boolean => b.code === 'checklist';

export function preflight(input: PreflightInput): PreflightResult {
  const { site, live, direction } = input;
  const blockers: Blocker[] = [];
  const warnings: PreflightWarning[] = [];
  if (!input.grantedScopes.includes('energy_cmds'))
    blockers.push({ code: 'missing_energy_cmds', checkId: 'scope.energy_commands' });
  if (!input.grantedScopes.includes('energy_device_data'))
    blockers.push({ code: 'missing_energy_read', checkId: 'scope.energy_read' });
  if (site.components?.battery !== true)
    blockers.push({
      code: 'no_battery',
      observed: site.components?.battery ?? 'not reported',
      checkId: 'energy.battery_present',
    });
  if (isOffGrid(live))
    blockers.push({ code: 'off_grid', observed: live.island_status ?? live.grid_status ?? 'not reported' });
  else if (live.grid_status === 'Unknown' || live.island_status === 'island_status_unknown')
    warnings.push('grid_status_unknown');
  if (isGridEvent(live))
    blockers.push({
      code: 'grid_event',
      observed: live.storm_mode_active ? 'storm_mode_active' : 'grid_services_active',
    });
  if (site.components?.configurable === false) blockers.push({ code: 'not_editable', observed: false });
  const soc = live.percentage_charged;
  if (typeof soc !== 'number') warnings.push('soc_not_reported');
  else if (direction === 'charge' && soc >= FULL_PERCENT)
    blockers.push({ code: 'battery_full', observed: Math.round(soc) });
  else if (direction === 'discharge' && soc <= LOWEST_RESERVE_PERCENT + EMPTY_MARGIN_PERCENT) {
    blockers.push({ code: 'battery_empty', observed: Math.round(soc) });
  }
  if (direction === 'charge' && typeof soc === 'number' && soc < FULL_PERCENT && soc >= 79)
    warnings.push('above_reserve_cap');
  // Without the checklist's view the inferred field is only a warning; with it, the checklist decides.
  if (!input.checklist && direction === 'discharge' && site.components?.non_export_configured === true)
    warnings.push('export_not_permitted');
  const fromChecklist: Blocker[] = (input.checklist ?? []).map((c) => ({
    code: 'checklist',
    checkId: c.id,
    observed: c.title,
    ...(c.text ? { text: c.text } : {}),
  }));
  if (input.force && fromChecklist.length > 0) {
    return { ok: blockers.length === 0, blockers, warnings, overridden: fromChecklist };
  }
  blockers.push(...fromChecklist);
  return { ok: blockers.length === 0, blockers, warnings };
}
