// The new checks against the simulator, on variants of the healthy scenario built here (the field failures
// with their own catalogue scenario — 412, EXCEEDED_LIMIT, 429 for hours, revoked — are in
// checklist-service.scenarios.test.ts): each variant is diagnosed end to end through the Fleet client,
// within the request budget and without a wake.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '@main/simulator';
import type { ScenarioInput } from '@main/simulator/scenario-schema';
import type { Check } from '@shared/report/check-types';
import { simSession } from '@test/support/sim-session';
import { simChecklistService } from '@test/support/sim-checklist';

const healthy = (): ScenarioInput =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../../electron/simulator/scenarios/healthy.json'), 'utf8'),
  ) as ScenarioInput;

async function diagnose(scenario: ScenarioInput) {
  const sim = await startSimulator({ scenario, autoConsent: true, speed: 1000 });
  try {
    const session = await simSession(sim);
    const service = simChecklistService(sim, session);
    const before = sim.admin.requestLog().length;
    const report = await service.run(session.accountId);
    const log = sim.admin
      .requestLog()
      .slice(before)
      .filter((e) => e.path.includes('/api/1/'));
    expect(log.filter((e) => e.billing === 'wake')).toEqual([]);
    expect(log.length).toBeLessThanOrEqual(6);
    return report;
  } finally {
    await sim.close();
  }
}
const one = (checks: Check[], id: string) => {
  const found = checks.filter((c) => c.id === id);
  expect(found, id).toHaveLength(1);
  return found[0]!;
};

describe('new checks on simulated field variants', () => {
  it('429 on site_info: the rate limit warns, the site’s settings are not checked (blocked by it), nothing fails for it', async () => {
    const s = {
      ...healthy(),
      name: 'v-429',
      faults: [{ method: 'GET' as const, path: '/api/1/energy_sites/*/site_info', status: 429 }],
    };
    const { checks } = await diagnose(s);
    expect(one(checks, 'account.rate_limit').status).toBe('warn');
    expect(one(checks, 'energy.energy_exports')).toMatchObject({
      status: 'not_checked',
      blockedBy: 'account.rate_limit',
    });
    expect(checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([]);
  });

  it('a driver’s account: vehicle.pairing_account fails with the owner’s or the in-car path', async () => {
    const s = healthy();
    s.vehicles = s.vehicles!.map((v) => ({ ...v, product: { ...v.product, access_type: 'DRIVER' }, keyPaired: false }));
    const { checks } = await diagnose({ ...s, name: 'v-driver' });
    expect(one(checks, 'vehicle.pairing_account')).toMatchObject({ status: 'fail', text: { key: 'pairing.driver' } });
    expect(one(checks, 'vehicle.virtual_key').status).toBe('fail');
  });

  it('an older Model S/X with streaming off: vehicle.streaming_toggle fails', async () => {
    const s = healthy();
    s.vehicles = s.vehicles!.map((v) => ({
      ...v,
      vehicleInfo: { ...v.vehicleInfo, safety_screen_streaming_toggle_enabled: false },
    }));
    const { checks } = await diagnose({ ...s, name: 'v-streaming' });
    expect(one(checks, 'vehicle.streaming_toggle')).toMatchObject({ status: 'fail', fix: { actor: 'customer' } });
  });

  it('Time-Based Control without a rate plan: energy.tariff_and_mode fails', async () => {
    const s = healthy();
    s.energySites = s.energySites!.map((site) => {
      const info: Record<string, unknown> = {
        ...(site.siteInfo as Record<string, unknown>),
        default_real_mode: 'autonomous',
      };
      delete info.tou_settings;
      delete info.tariff_content_v2;
      return { ...site, siteInfo: info };
    });
    const { checks } = await diagnose({ ...s, name: 'v-tbc-no-tariff' });
    expect(one(checks, 'energy.tariff_and_mode')).toMatchObject({
      status: 'fail',
      text: { key: 'tariff.tbc_no_tariff' },
    });
  });

  it('enrolled in a grid-services (VPP) program: energy.grid_services warns', async () => {
    const s = healthy();
    s.energySites = s.energySites!.map((site) => {
      const info = site.siteInfo as Record<string, unknown> & { components: Record<string, unknown> };
      return { ...site, siteInfo: { ...info, components: { ...info.components, grid_services_enabled: true } } };
    });
    const { checks } = await diagnose({ ...s, name: 'v-vpp' });
    expect(one(checks, 'energy.grid_services')).toMatchObject({
      status: 'warn',
      text: { key: 'grid_services.enrolled' },
    });
  });
});
