// Runs anywhere. When Tesla refuses the account itself (the platform not registered in the region, its billing,
// a revoked sign-in, a rate limit: the layers up to the account), a failed read says so in the checklist's own
// words: its root cause check. The test screen names the same cause and who acts as the checklist's headline,
// instead of "no site with a battery" and an API path.
import type { Check } from '@shared/report/check-types';
import { buildChecks } from './build-checks';
import type { ChecklistInput } from './checklist-input';
import { LAYERS, layerOf, rootCause } from './layers';

const ACCOUNT_LAYER = LAYERS.findIndex((l) => l.id === 'account');

/** The check of the failed layer that stops every read for this account, or null when the refusal is not one. */
export function accountGate(input: ChecklistInput): Check | null {
  const checks = buildChecks(input);
  const root = rootCause(checks);
  if (!root || layerOf(root.checkId) > ACCOUNT_LAYER) return null;
  const cause = checks.find((c) => c.id === root.checkId && c.subject.kind === 'account');
  // Only a finding: a check that is merely unknown is no cause to name (the read failed for another reason).
  return cause && (cause.status === 'fail' || cause.status === 'warn') ? cause : null;
}
