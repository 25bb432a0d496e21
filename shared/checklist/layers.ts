// Runs anywhere. Layered diagnosis: the checks in the order they depend on each other (reach Tesla → Tesla
// sign-in → the platform's standing with Tesla → the account → consent scopes → products and site discovery →
// the site → its settings → the car). The first failing layer is the cause; what depends on it is
// `not_checked`, never blamed, so one cause reads as one thing to fix (as network diagnostics do). Pure and
// type-only on the check shapes: the page, the report, the terminal and the sweep use it alike.
import type { Check, CheckId, Fix } from '@shared/report/check-types';
import { isProblem } from './problems';

export type LayerId =
  'reach' | 'sign_in' | 'platform' | 'account' | 'scopes' | 'discovery' | 'site' | 'site_settings' | 'vehicle';

/**
 * The layers in dependency order, each with its checks. `reach`: when the Fleet API base answers nothing at
 * all (network, DNS, TLS, timeouts), that one check is the cause and everything after it is not checked.
 */
export const LAYERS: ReadonlyArray<{ id: LayerId; checks: readonly CheckId[] }> = [
  { id: 'reach', checks: ['account.reach'] },
  { id: 'sign_in', checks: ['account.region'] },
  { id: 'platform', checks: ['account.partner_registration', 'account.app_status'] },
  { id: 'account', checks: ['account.connection', 'account.rate_limit'] },
  {
    id: 'scopes',
    checks: [
      'scope.refresh',
      'scope.energy_read',
      'scope.energy_commands',
      'scope.vehicle_read',
      'scope.vehicle_commands',
      'scope.vehicle_location',
    ],
  },
  { id: 'discovery', checks: ['energy.site_discovery'] },
  { id: 'site', checks: ['energy.reachable'] },
  {
    id: 'site_settings',
    checks: [
      'energy.battery_present',
      'energy.permission_to_export',
      'energy.energy_exports',
      'energy.grid_charging',
      'energy.command_readiness',
      'energy.tariff_and_mode',
      'energy.grid_services',
    ],
  },
  {
    id: 'vehicle',
    checks: [
      'vehicle.reachable',
      'vehicle.virtual_key',
      'vehicle.pairing_account',
      'vehicle.command_protocol',
      'vehicle.streaming_toggle',
    ],
  },
];

const INDEX = new Map<CheckId, number>(LAYERS.flatMap((l, i) => l.checks.map((id) => [id, i] as const)));
const ACCOUNT_LAYER = LAYERS.findIndex((l) => l.id === 'account');

/** The layer a check belongs to (its index in LAYERS). */
export const layerOf = (id: CheckId): number => INDEX.get(id) ?? LAYERS.length;

const DEPENDANTS: Partial<Record<CheckId, (id: CheckId) => boolean>> = {
  'scope.energy_read': (id) => id.startsWith('energy.'),
  'energy.site_discovery': (id) => id.startsWith('energy.'),
  'scope.energy_commands': (id) => id === 'energy.command_readiness',
  'scope.vehicle_read': (id) => id.startsWith('vehicle.'),
};

/**
 * Findings the rules read from a consent box alone, not from the device: without the box they say the same
 * thing again ("no permission to command the battery"), so they are not judged on their own and one box
 * counts as one thing to fix.
 */
const DECIDED_BY: Partial<Record<CheckId, CheckId>> = {
  'energy.command_readiness': 'scope.energy_commands',
};

type Judged = Pick<Check, 'id' | 'status' | 'subject' | 'text'>;

/** A failure, or a rate limit (a warning that still keeps reads from being answered). */
const isCause = (c: Judged) => c.status === 'fail' || (c.id === 'account.rate_limit' && c.status === 'warn');

/**
 * A cause that stops Tesla from answering anything for this account: a failed sign-in, platform or account
 * check, or a rate limit that kept even the product list from being read (the connection is then unknown).
 */
function isGate(k: Judged, all: readonly Judged[]): boolean {
  if (!isCause(k) || layerOf(k.id) > ACCOUNT_LAYER) return false;
  if (k.id !== 'account.rate_limit') return true;
  return all.some((c) => c.id === 'account.connection' && c.status === 'unknown');
}

/** Whether `c` needs what `k` checks: an earlier layer, for the same subject or the whole account. */
function dependsOn(c: Judged, k: Judged): boolean {
  if (layerOf(k.id) >= layerOf(c.id)) return false;
  if (k.subject.kind !== 'account' && k.subject.id !== c.subject.id) return false;
  // A missing consent box blocks only the reads it allows (an unticked vehicle box says nothing about the
  // Powerwall, and the car's key state is read without the command box); site discovery only the sites.
  if (k.subject.kind === 'account' && layerOf(k.id) > ACCOUNT_LAYER) return DEPENDANTS[k.id]?.(c.id) ?? false;
  return true;
}

/** The earlier cause that kept `c` from being judged, or null when `c` stands on its own. */
function blockerOf(c: Judged, causes: readonly Judged[], all: readonly Judged[]): Judged | null {
  if (c.status !== 'fail' && c.status !== 'warn' && c.status !== 'unknown') return null;
  for (const k of causes) {
    if (k === c) continue;
    const gate = isGate(k, all);
    // Behind a closed gate nothing was answered: whatever is unknown, anywhere, is unknown because of it;
    // a later layer's finding is read from a refusal (or from the token alone) and waits for it too.
    if (gate && (c.status === 'unknown' || layerOf(k.id) < layerOf(c.id))) return k;
    // A failed site or missing box leaves its dependants unknown; their own findings still stand, unless
    // the finding is the box itself said again.
    if (!gate && c.status === 'unknown' && dependsOn(c, k)) return k;
    if (!gate && DECIDED_BY[c.id] === k.id && dependsOn(c, k)) return k;
  }
  return null;
}

/** Causes in layer order (stable within a layer): the earliest explains the most. */
function causesOf(checks: readonly Check[]): Check[] {
  return checks
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => isCause(c))
    .sort((a, b) => layerOf(a.c.id) - layerOf(b.c.id) || a.i - b.i)
    .map(({ c }) => c);
}

/**
 * The checks with every dependant of a failed layer turned `not_checked` (its fix dropped, `blockedBy` and the
 * cause's words added), shown in layer order: the account's checks by layer first, then each site and car as
 * the rules listed them. Idempotent.
 */
export function applyLayers(checks: readonly Check[]): Check[] {
  const causes = causesOf(checks);
  // Decided against the findings as they were: a check turned not_checked is no longer anyone's cause.
  const judged = checks.map((c) => {
    const k = blockerOf(c, causes, checks);
    if (!k) return c;
    const { fix: _dropped, ...rest } = c;
    void _dropped;
    return {
      ...rest,
      status: 'not_checked' as const,
      blockedBy: k.id,
      ...(k.text ? { blockedByText: k.text } : {}),
    };
  });
  const account = judged
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.subject.kind === 'account')
    .sort((a, b) => layerOf(a.c.id) - layerOf(b.c.id) || a.i - b.i)
    .map(({ c }) => c);
  return [...account, ...judged.filter((c) => c.subject.kind !== 'account')];
}

export type RootActor = NonNullable<Fix['actor']>;

/**
 * The one check to fix first and who acts, or null when nothing is wrong (warnings that block nothing do
 * not count). A failure in the earliest layer wins; then a rate limit; then what could not be judged.
 */
export function rootCause(checks: readonly Check[]): { checkId: CheckId; actor: RootActor } | null {
  const layered = applyLayers(checks);
  const inOrder = (list: Check[]) =>
    list
      .map((c, i) => ({ c, i }))
      .sort((a, b) => layerOf(a.c.id) - layerOf(b.c.id) || a.i - b.i)
      .map(({ c }) => c);
  const found =
    inOrder(layered.filter((c) => isCause(c)))[0] ?? inOrder(layered.filter((c) => c.status === 'unknown'))[0];
  if (!found) return null;
  return { checkId: found.id, actor: found.fix?.actor ?? (found.id === 'account.rate_limit' ? 'wait' : 'installer') };
}

/** The checks that are problems once layered (fail, warn, unknown), i.e. what "N things to fix" counts. */
export const problemCount = (checks: readonly Check[]): number => checks.filter(isProblem).length;
