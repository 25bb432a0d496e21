// Runs anywhere. The checklist rules: from the token facts and the raw Fleet API answers to every check,
// in layer order (the account's checks by layer, then each site, then each vehicle), and the verdicts.
import type { Check } from '@shared/report/check-types';
import { products, type ChecklistInput } from './checklist-input';
import { accountChecks } from './rules/account-rules';
import { energyChecks } from './rules/energy-rules';
import { vehicleChecks } from './rules/vehicle-rules';
import { platformChecks } from './rules/platform-rules';
import { siteDiscoveryCheck } from './rules/site-discovery-rules';
import { applyLayers } from './layers';
import { reachCheck } from './rules/reach-rules';

export type { ChecklistInput } from './checklist-input';

/** Every rule's finding on its own, before layering (the rules' tests read these). */
export function judgeChecks(input: ChecklistInput): Check[] {
  const subject = {
    kind: 'account' as const,
    id: input.account.id,
    ...(input.account.label ? { label: input.account.label } : {}),
  };
  const out = [reachCheck(input, subject), ...accountChecks(input, subject), ...platformChecks(input, subject)];
  const discovery = siteDiscoveryCheck(input, subject);
  if (discovery) out.push(discovery);
  const prod = products(input);
  if (prod.ok) {
    for (const site of prod.data.sites) out.push(...energyChecks(input, site));
    for (const vehicle of prod.data.vehicles) out.push(...vehicleChecks(input, vehicle));
  }
  return out;
}

/** The checklist: the rules' findings, layered (the first failing layer is the cause; what depends on it is
 * not_checked, not blamed). */
export const buildChecks = (input: ChecklistInput): Check[] => applyLayers(judgeChecks(input));

// The verdicts live apart from the rules (no zod there), so the page can compute them without the rules.
export { checkRef, verdicts } from './verdicts';
