// Runs anywhere. energy.site_discovery: which energy sites Tesla lists for the consenting account. No site:
// show that account's e-mail (users/me, read only then) so a wrong account is seen at once; several sites:
// which one has the battery; a Wall Connector alone is not a Powerwall.
import { z } from 'zod';
import type { Check, Subject } from '@shared/report/check-types';
import { outcome, products, REQ, type ChecklistInput } from '../checklist-input';
import { MeResponseSchema } from '@shared/tesla/fleet-responses';
import { check, ev, fix } from './make-check';

const WallConnectorish = z.looseObject({
  resource_type: z.string().nullish(),
  components: z.looseObject({ wall_connectors: z.array(z.unknown()).nullish() }).nullish(),
});

export function siteDiscoveryCheck(input: ChecklistInput, subject: Subject): Check | null {
  const prod = products(input);
  if (!prod.ok) return null; // account.connection (or the platform checks) already say why
  const sites = prod.data.sites;
  const me = outcome(input, REQ.me, MeResponseSchema);
  const email = me.ok
    ? (me.data.email ?? 'not reported')
    : input.account.grantedScopes.includes('user_data')
      ? 'not read'
      : 'not readable without “Profile Information”';
  const evidence = [
    ev(REQ.products, 'energy sites', sites.length),
    ...(me.ok || me.raw ? [ev(REQ.me, 'email', email)] : []),
  ];
  if (sites.length === 0) {
    if (!input.account.grantedScopes.includes('energy_device_data')) {
      return check(
        'energy.site_discovery',
        subject,
        'unknown',
        'discovery.unknown',
        { reason: 'without “Energy Product Information” Tesla may leave energy sites out of the list' },
        evidence,
      );
    }
    return check(
      'energy.site_discovery',
      subject,
      'fail',
      'discovery.none',
      { email },
      evidence,
      fix('discovery_none', { email }, [], 'installer'),
    );
  }
  const withBattery = sites.filter((s) => s.components?.battery === true);
  const name = (s: (typeof sites)[number]) => s.site_name ?? String(s.energy_site_id);
  const wallOnly = sites.every((s) => {
    const w = WallConnectorish.safeParse(s);
    const rt = w.success ? (w.data.resource_type ?? '') : '';
    const hasWc = w.success && (w.data.components?.wall_connectors?.length ?? 0) > 0;
    return (rt === 'wall_connector' || hasWc) && s.components?.battery !== true && s.components?.solar !== true;
  });
  if (wallOnly)
    return check(
      'energy.site_discovery',
      subject,
      'fail',
      'discovery.wall_connector',
      { email },
      evidence,
      fix('discovery_none', { email }, [], 'installer'),
    );
  if (withBattery.length === 0) {
    // Sites whose product entry does not say: energy.battery_present reads site_info for each.
    const unknown = sites.some((s) => s.components?.battery == null);
    if (unknown)
      return check(
        'energy.site_discovery',
        subject,
        'pass',
        'discovery.several',
        { count: sites.length, battery: 'see each site’s battery check' },
        evidence,
      );
    return check('energy.site_discovery', subject, 'warn', 'discovery.no_battery', { count: sites.length }, evidence);
  }
  if (sites.length === 1)
    return check('energy.site_discovery', subject, 'pass', 'discovery.ok', { site: name(sites[0]!) }, evidence);
  const battery = withBattery.map(name).join(', ');
  const status = withBattery.length > 1 ? 'warn' : 'pass';
  return check(
    'energy.site_discovery',
    subject,
    status,
    'discovery.several',
    { count: sites.length, battery },
    evidence,
    fix('discovery_several', { battery }, [], 'platform'),
  );
}
