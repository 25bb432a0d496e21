// The scenario format and catalogue: every named scenario loads and builds a world; captured Tesla
// responses (the public samples) drop in unchanged and come back JSON-equal; bad files explain themselves.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario, scenarioFromCaptures, scenarioNames, ScenarioError } from '@main/simulator';
import { liveStatusOf } from '@main/simulator/fleet/energy-routes';
import { buildWorld } from '@main/simulator/sim-state';
import { harness, type Harness } from '@test/support/sim-harness';

// Tesla's public samples, copied into the repository (test/fixtures/tesla-public).
const FIXTURES = fileURLToPath(new URL('../../../fixtures/tesla-public/', import.meta.url));
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));

const REQUIRED = [
  'healthy',
  'scope-missing-user-data',
  'scope-missing-vehicle-device-data',
  'scope-missing-vehicle-location',
  'scope-missing-vehicle-cmds',
  'scope-missing-vehicle-charging-cmds',
  'scope-missing-energy-device-data',
  'scope-missing-energy-cmds',
  'scope-missing-offline-access',
  'pre-pto',
  'exports-solar',
  'exports-never',
  'grid-charging-off',
  'grid-charging-locked',
  'vpp-no-export-rule',
  'reserve-at-cap',
  'off-grid',
  'storm-watch',
  'solar-only',
  'no-products',
  'unpaired-car',
  'asleep-car',
  'vin-unknown',
  'wrong-region',
  'rate-limited',
  'flaky-5xx',
  'expired-refresh-token',
  'large-account',
];

describe('the catalogue', () => {
  it('ships every scenario the issue names', () => {
    expect(scenarioNames).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(scenarioNames)('%s loads, is named for its file and builds a world with sane numbers', (name) => {
    const s = loadScenario(name);
    expect(s.name).toBe(name);
    const world = buildWorld(s, Date.UTC(2026, 5, 15, 19));
    for (const site of world.sites.values()) {
      const l = liveStatusOf(site, Date.UTC(2026, 5, 15, 20));
      for (const key of ['battery_power', 'grid_power', 'solar_power', 'load_power', 'percentage_charged'])
        expect(Number.isFinite(l[key]), key).toBe(true);
      expect(site.siteInfo.components).toBeTypeOf('object');
    }
  });

  it('variants differ from healthy where their name says', () => {
    const comps = (n: string) => loadScenario(n).energySites[0]!.siteInfo!.components as Record<string, unknown>;
    expect(comps('healthy')).toMatchObject({
      customer_preferred_export_rule: 'battery_ok',
      disallow_charge_from_grid_with_solar_installed: false,
    });
    expect(comps('pre-pto')).toMatchObject({ non_export_configured: true, edit_setting_permission_to_export: false });
    expect(comps('exports-solar').customer_preferred_export_rule).toBe('pv_only');
    expect(comps('exports-never').customer_preferred_export_rule).toBe('never');
    expect(comps('grid-charging-off')).toMatchObject({
      disallow_charge_from_grid_with_solar_installed: true,
      edit_setting_grid_charging: true,
    });
    expect(comps('grid-charging-locked')).toMatchObject({
      disallow_charge_from_grid_with_solar_installed: true,
      edit_setting_grid_charging: false,
    });
    expect('customer_preferred_export_rule' in comps('vpp-no-export-rule')).toBe(false);
    expect(loadScenario('reserve-at-cap').energySites[0]!.siteInfo!.backup_reserve_percent).toBe(80);
    expect(loadScenario('scope-missing-energy-cmds').account.grantedScopes).not.toContain('energy_cmds');
    expect(loadScenario('wrong-region').account.region).toBe('EU');
    expect(loadScenario('expired-refresh-token').account.refreshTokenExpired).toBe(true);
    const large = loadScenario('large-account');
    expect([large.energySites.length, large.vehicles.length]).toEqual([25, 25]);
    expect(new Set(large.energySites.map((s) => s.product.energy_site_id)).size).toBe(25);
    expect(new Set(large.vehicles.map((v) => v.product.vin)).size).toBe(25);
  });
});

describe('loading files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-scenario-'));

  it('loads a scenario JSON file by path', () => {
    const file = path.join(dir, 'mine.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'mine',
        account: { region: 'EU', grantedScopes: ['openid'], email: 'x@example.com', fullName: 'X' },
      }),
    );
    expect(loadScenario(file)).toMatchObject({ name: 'mine', energySites: [], vehicles: [], faults: [] });
  });

  it('says what is wrong and what to do for an unknown name, a missing file, bad JSON and a bad shape', () => {
    expect(() => loadScenario('nope')).toThrow(/Unknown scenario "nope"\. Use one of: healthy/);
    expect(() => loadScenario(path.join(dir, 'missing.json'))).toThrow(
      /Cannot read scenario file .* \(ENOENT\)\. Check the path\./,
    );
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    expect(() => loadScenario(bad)).toThrow(/is not valid JSON/);
    const wrong = path.join(dir, 'wrong.json');
    writeFileSync(
      wrong,
      JSON.stringify({
        name: 'w',
        account: { region: 'MARS', grantedScopes: [], email: 'x@example.com', fullName: 'X' },
      }),
    );
    expect(() => loadScenario(wrong)).toThrow(ScenarioError);
    expect(() => loadScenario(wrong)).toThrow(/account\.region/);
  });
});

describe('captures', () => {
  it('a capture that is not Tesla\u2019s response body is refused with what to capture instead', () => {
    expect(() => scenarioFromCaptures({ name: 'x', products: { response: 'nope' } })).toThrow(
      /Capture GET \/api\/1\/products as returned/,
    );
    const products = { response: [{ energy_site_id: 1, components: {} }], count: 1 };
    expect(() => scenarioFromCaptures({ name: 'x', products, siteInfo: { '1': { components: {} } } })).toThrow(
      ScenarioError,
    );
    expect(scenarioFromCaptures({ name: 'x', products }).energySites).toHaveLength(1);
  });
});

describe('the public samples round-trip', () => {
  let h: Harness;
  afterAll(async () => h?.close());

  it('products, site_info and live_status come back JSON-equal to what was captured', async () => {
    const products = fixture('products.json');
    const siteInfo = fixture('site_info.json');
    const liveStatus = fixture('live_status.json');
    const scenario = scenarioFromCaptures({
      name: 'public-samples',
      products,
      siteInfo: { '123456': siteInfo },
      liveStatus: { '123456': liveStatus },
    });
    h = await harness(scenario);
    expect((await h.call('GET', '/api/1/products')).body).toEqual(products);
    expect((await h.call('GET', '/api/1/energy_sites/123456/site_info')).body).toEqual(siteInfo);
    expect((await h.call('GET', '/api/1/energy_sites/123456/live_status')).body).toEqual(liveStatus);
    // Pinned stays pinned as simulated time passes.
    h.sim.clock.advance(3_600_000);
    expect((await h.call('GET', '/api/1/energy_sites/123456/live_status')).body).toEqual(liveStatus);
    // The site without any assets still answers site_info, from its products entry.
    expect((await h.call('GET', '/api/1/energy_sites/98765/site_info')).body.response.components).toMatchObject({
      battery: false,
      solar: false,
    });
  });
});
