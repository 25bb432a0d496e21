// Runs anywhere. The checklist's scope checks: which scopes each needs and the consent screen's checkbox
// that grants them (labels from scopes.ts, reference section 2).
import { CONSENT_LABELS } from './scopes';

export const SCOPE_CHECKS = {
  'scope.energy_read': {
    scopes: ['energy_device_data'],
    checkbox: CONSENT_LABELS.energy_device_data,
    impact: 'energy_read',
    kind: 'energy',
  },
  'scope.energy_commands': {
    scopes: ['energy_cmds'],
    checkbox: CONSENT_LABELS.energy_cmds,
    impact: 'energy_commands',
    kind: 'energy',
  },
  'scope.vehicle_read': {
    scopes: ['vehicle_device_data'],
    checkbox: CONSENT_LABELS.vehicle_device_data,
    impact: 'vehicle_read',
    kind: 'vehicle',
  },
  // Either command scope allows commands; the check names the first box.
  'scope.vehicle_commands': {
    scopes: ['vehicle_cmds', 'vehicle_charging_cmds'],
    checkbox: CONSENT_LABELS.vehicle_cmds,
    impact: 'vehicle_commands',
    kind: 'vehicle',
  },
  // Without it Tesla strips the location from vehicle data (split out in 2025); the energy platform rarely
  // needs it, so its absence is a warning, not a blocker.
  'scope.vehicle_location': {
    scopes: ['vehicle_location'],
    checkbox: CONSENT_LABELS.vehicle_location,
    impact: 'vehicle_location',
    kind: 'vehicle',
    missing: 'warn',
  },
} as const;
export type ScopeCheckId = keyof typeof SCOPE_CHECKS;
