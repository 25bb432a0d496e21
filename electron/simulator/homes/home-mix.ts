// Main process (plain Node). The generated homes of `--homes N --seed S`: a seeded, deterministic mix of the
// scenario catalogue (mostly healthy), each with the root cause the doctor's layered diagnosis names for it.
// A home is a few numbers here; its scenario is shared and its world is built only when it is called.

/** One kind of generated home: a catalogue scenario and the root check id the doctor finds (or `healthy`). */
export interface HomeKind {
  scenario: string;
  expectedCause: string;
  /** Share of the mix (the weights add up to 1). */
  weight: number;
  /** The car may be left out (its cause does not depend on it): some homes are energy-only. */
  carOptional: boolean;
}

/**
 * The mix. Causes measured by sweeping each scenario through the demo platform (the doctor's `rootCause`);
 * each non-healthy kind stays well under the incident threshold (a share of 0.2), so a fresh simulator
 * shows breaks, not incidents.
 */
export const HOME_MIX: readonly HomeKind[] = [
  { scenario: 'healthy', expectedCause: 'healthy', weight: 0.78, carOptional: true },
  // Before permission to operate the site waits; that is not a failure (layers: `waiting`).
  { scenario: 'pre-pto', expectedCause: 'healthy', weight: 0.01, carOptional: true },
  { scenario: 'scope-missing-energy-device-data', expectedCause: 'scope.energy_read', weight: 0.03, carOptional: true },
  { scenario: 'scope-missing-energy-cmds', expectedCause: 'scope.energy_commands', weight: 0.02, carOptional: true },
  {
    scenario: 'scope-missing-vehicle-device-data',
    expectedCause: 'scope.vehicle_read',
    weight: 0.02,
    carOptional: false,
  },
  { scenario: 'exports-solar', expectedCause: 'energy.energy_exports', weight: 0.03, carOptional: true },
  { scenario: 'grid-charging-locked', expectedCause: 'energy.grid_charging', weight: 0.02, carOptional: true },
  { scenario: 'solar-only', expectedCause: 'energy.battery_present', weight: 0.02, carOptional: true },
  { scenario: 'unpaired-car', expectedCause: 'vehicle.virtual_key', weight: 0.02, carOptional: false },
  {
    scenario: 'partner-not-registered',
    expectedCause: 'account.partner_registration',
    weight: 0.02,
    carOptional: true,
  },
  { scenario: 'access-revoked', expectedCause: 'connection.login_required', weight: 0.03, carOptional: true },
];

/** A generated home: its place in the mix and whether its car is left out. */
export interface HomeSpec {
  index: number;
  kind: number;
  withCar: boolean;
}

/** mulberry32: a small, fast, seeded generator (the same seed gives the same homes on every machine). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of homes whose car is kept where the kind allows leaving it out. */
const CAR_SHARE = 0.4;

export function generateHomes(count: number, seed: number, mix: readonly HomeKind[] = HOME_MIX): HomeSpec[] {
  const rand = seededRandom(seed);
  const total = mix.reduce((a, k) => a + k.weight, 0);
  const homes: HomeSpec[] = [];
  for (let index = 0; index < count; index++) {
    let r = rand() * total;
    let kind = 0;
    while (kind < mix.length - 1 && r >= mix[kind]!.weight) r -= mix[kind++]!.weight;
    const withCar = !mix[kind]!.carOptional || rand() < CAR_SHARE;
    homes.push({ index, kind, withCar });
  }
  return homes;
}

/** The platform's reference for a generated home: c-00001 … (five digits or more). */
export const homeRef = (index: number): string => `c-${String(index + 1).padStart(5, '0')}`;
