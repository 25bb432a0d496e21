// Runs anywhere. The consent screen's checkbox for each scope check (reference section 2).
export const SCOPE_CHECKS = {
  'scope.energy_read': { scopes: ['energy_device_data'], checkbox: 'Energy Product Information', impact: 'energy_read', kind: 'energy' },
  'scope.energy_commands': {
    scopes: ['energy_cmds'],
    checkbox: 'Energy Product Commands',
    impact: 'energy_commands',
    kind: 'energy',
  },
  'scope.vehicle_read': { scopes: ['vehicle_device_data'], checkbox: 'Vehicle Information', impact: 'vehicle_read', kind: 'vehicle' },
  'scope.vehicle_commands': {
    scopes: ['vehicle_cmds', 'vehicle_charging_cmds'],
    checkbox: 'Vehicle Commands',
    impact: 'vehicle_commands',
    kind: 'vehicle',
  },
  // Without it Tesla strips the location from vehicle data (split out in 2025); the energy platform rarely
  // needs it, so its absence is a warning, not a blocker.
  'scope.vehicle_location': { scopes: ['vehicle_location'], checkbox: 'Vehicle Location', impact: 'vehicle_location', kind: 'vehicle', missing: 'warn' },
} as const;
export type ScopeCheckId = keyof typeof SCOPE_CHECKS;
