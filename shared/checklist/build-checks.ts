// Runs anywhere. The checklist rules: from the token facts and the raw Fleet API answers to every check,
// in a stable order (account, then each site, then each vehicle), and the two headline verdicts.
import type { Check } from '@shared/report/check-types';
import { products, type ChecklistInput } from './checklist-input';
import { accountChecks } from './rules/account-rules';
import { energyChecks } from './rules/energy-rules';
import { vehicleChecks } from './rules/vehicle-rules';
import { platformChecks } from './rules/platform-rules';
import { siteDiscoveryCheck } from './rules/site-discovery-rules';

export type { ChecklistInput } from './checklist-input';

export function buildChecks(input: ChecklistInput): Check[] {
  const subject = {
    kind: 'account' as const,
    id: input.account.id,
    ...(input.account.label ? { label: input.account.label } : {}),
  };
  const out = [...accountChecks(input, subject), ...platformChecks(input, subject)];
  const discovery = siteDiscoveryCheck(input, subject);
  if (discovery) out.push(discovery);
  const prod = products(input);
  if (prod.ok) {
    for (const site of prod.data.sites) out.push(...energyChecks(input, site));
    for (const vehicle of prod.data.vehicles) out.push(...vehicleChecks(input, vehicle));
  }
  return out;
}

// The verdicts live apart from the rules (no zod there), so the page can compute them without the rules.
export { checkRef, verdicts } from './verdicts';
