// Every Fleet API endpoint's success and error shapes, against the reference's sections 3-6.
import { afterAll, describe, expect, it } from 'vitest';
import { WAKE_MS } from '@main/simulator/sim-state';
import { closeShared, shared, siteId, vin, type Harness } from '@test/support/sim-harness';

let h: Harness;
afterAll(closeShared);

describe('users, products, vehicles', () => {
  it('users/region names the region and its regional base URL', async () => {
    h = await shared('healthy');
    const r = await h.call('GET', '/api/1/users/region');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ response: { region: 'na', fleet_api_base_url: h.sim.regionBaseUrls.NA } });
  });

  it('users/me returns the scenario customer', async () => {
    h = await shared('healthy');
    const r = await h.call('GET', '/api/1/users/me');
    expect(r.status).toBe(200);
    expect(r.body.response).toMatchObject({ email: 'jordan.rivera@example.com', full_name: 'Jordan Rivera' });
    expect(r.body.response.vault_uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('products lists vehicles then sites, with count, and only the kinds the grant covers', async () => {
    h = await shared('healthy');
    const all = await h.call('GET', '/api/1/products');
    expect(all.status).toBe(200);
    expect(all.body.count).toBe(2);
    expect(all.body.response[0].vin).toBe(vin(h.sim));
    expect(all.body.response[1].energy_site_id).toBe(siteId(h.sim));
    h = await shared('scope-missing-vehicle-device-data');
    const energyOnly = await h.call('GET', '/api/1/products');
    expect(energyOnly.body).toMatchObject({ count: 1, response: [{ energy_site_id: siteId(h.sim) }] });
  });

  it('vehicles lists cars with state and command_signing without waking them', async () => {
    h = await shared('asleep-car');
    const r = await h.call('GET', '/api/1/vehicles');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      count: 1,
      response: [{ vin: vin(h.sim), state: 'asleep', command_signing: 'required' }],
    });
  });

  it('an account without products answers an empty list', async () => {
    h = await shared('no-products');
    expect((await h.call('GET', '/api/1/products')).body).toEqual({ response: [], count: 0 });
  });
});

describe('fleet_status', () => {
  it('sorts VINs into paired, unpaired and neither, with vehicle_info for known cars', async () => {
    h = await shared('large-account');
    const vins = h.sim.scenario.vehicles.slice(0, 5).map((v) => v.product.vin);
    const r = await h.call('POST', '/api/1/vehicles/fleet_status', { body: { vins: [...vins, '5YJ3E1EB0XX000000'] } });
    expect(r.status).toBe(200);
    expect(r.body.response.key_paired_vins).toEqual(vins.slice(0, 4));
    expect(r.body.response.unpaired_vins).toEqual([vins[4]]);
    expect(Object.keys(r.body.response.vehicle_info)).toEqual(vins);
    expect(r.body.response.vehicle_info[vins[0]!]).toEqual({
      firmware_version: '2024.38.6',
      vehicle_command_protocol_required: true,
      discounted_device_data: false,
      fleet_telemetry_version: '1.1.0',
      total_number_of_keys: 4,
    });
  });

  it('a VIN unknown to this token is in neither list', async () => {
    h = await shared('vin-unknown');
    const r = await h.call('POST', '/api/1/vehicles/fleet_status', { body: { vins: [vin(h.sim)] } });
    expect(r.body).toEqual({ response: { key_paired_vins: [], unpaired_vins: [], vehicle_info: {} } });
  });

  it('a malformed body is a 400 in Tesla’s error body', async () => {
    h = await shared('healthy');
    for (const body of ['not json', { vins: 'x' }, { vins: [] }]) {
      const r = await h.call('POST', '/api/1/vehicles/fleet_status', { body });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ response: null, error: 'invalid_field' });
    }
  });
});

describe('wake_up and flash_lights', () => {
  it('an asleep car answers 408 to a command, wakes after simulated seconds, then takes commands', async () => {
    h = await shared('asleep-car');
    const car = vin(h.sim);
    const asleep = await h.call('POST', `/api/1/vehicles/${car}/command/flash_lights`, {
      headers: { 'x-sim-signed': '1' },
    });
    expect(asleep.status).toBe(408);
    expect(asleep.body).toEqual({
      response: null,
      error: 'vehicle unavailable: vehicle is offline or asleep',
      error_description: '',
    });

    const id = h.sim.scenario.vehicles[0]!.product.id;
    const wake = await h.call('POST', `/api/1/vehicles/${id}/wake_up`);
    expect(wake.status).toBe(200);
    expect(wake.body.response).toMatchObject({ id, state: 'asleep' });
    h.sim.clock.advance(WAKE_MS - 1);
    expect((await h.call('GET', '/api/1/vehicles')).body.response[0].state).toBe('asleep');
    h.sim.clock.advance(1);
    expect((await h.call('GET', '/api/1/vehicles')).body.response[0].state).toBe('online');
    const ok = await h.call('POST', `/api/1/vehicles/${car}/command/flash_lights`, {
      headers: { 'x-sim-signed': '1' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ response: { result: true, reason: '' } });
  });

  it('an unsigned command to a car that requires the protocol answers 403 with Tesla\u2019s text', async () => {
    h = await shared('healthy');
    const r = await h.call('POST', `/api/1/vehicles/${vin(h.sim)}/command/flash_lights`);
    expect(r.status).toBe(403);
    expect(r.body.error).toMatch(/^Tesla Vehicle Command Protocol required, please refer to the documentation here: /);
    expect(r.body.response).toBeNull();
  });

  it('a signed command to a car without the key answers as tesla-http-proxy does (500, key not paired)', async () => {
    h = await shared('unpaired-car');
    const r = await h.call('POST', `/api/1/vehicles/${vin(h.sim)}/command/flash_lights`, {
      headers: { 'x-sim-signed': '1' },
    });
    expect(r.status).toBe(500);
    expect(r.body).toEqual({
      response: null,
      error: 'vehicle rejected request: your public key has not been paired with the vehicle',
      error_description: '',
    });
  });

  it('an unknown vehicle answers 404', async () => {
    h = await shared('healthy');
    expect((await h.call('POST', '/api/1/vehicles/123/wake_up')).status).toBe(404);
    expect((await h.call('POST', '/api/1/vehicles/5YJ3E1EB0XX000000/command/flash_lights')).status).toBe(404);
  });
});

describe('energy sites', () => {
  it('site_info returns the stored settings and live_status the model\u2019s watts', async () => {
    h = await shared('healthy');
    const id = siteId(h.sim);
    const info = await h.call('GET', `/api/1/energy_sites/${id}/site_info`);
    expect(info.status).toBe(200);
    expect(info.body.response).toMatchObject({
      backup_reserve_percent: 20,
      default_real_mode: 'self_consumption',
      components: { customer_preferred_export_rule: 'battery_ok' },
    });
    const live = await h.call('GET', `/api/1/energy_sites/${id}/live_status`);
    expect(live.status).toBe(200);
    const l = live.body.response;
    expect(l).toMatchObject({
      grid_status: 'Active',
      island_status: 'on_grid',
      storm_mode_active: false,
      grid_services_active: false,
    });
    // The power balance holds: load = solar + battery + grid.
    expect(l.load_power).toBe(l.solar_power + l.battery_power + l.grid_power);
    // In the site's own offset, as Tesla sends it: noon in Los Angeles (PDT) is 12:00-07:00.
    expect(l.timestamp).toBe('2026-06-15T12:00:00-07:00');
    expect(Date.parse(l.timestamp)).toBe(h.sim.clock.now());
    expect(l.wall_connectors).toEqual([]);
  });

  it('every write answers Tesla\u2019s body and a later site_info read shows exactly what was written', async () => {
    h = await shared('healthy');
    const id = siteId(h.sim);
    const base = `/api/1/energy_sites/${id}`;
    const updated = { response: { code: 201, message: 'Updated' } };
    expect((await h.call('POST', `${base}/backup`, { body: { backup_reserve_percent: 55 } })).body).toEqual(updated);
    expect((await h.call('POST', `${base}/operation`, { body: { default_real_mode: 'autonomous' } })).body).toEqual(
      updated,
    );
    expect((await h.call('POST', `${base}/storm_mode`, { body: { enabled: false } })).body).toEqual(updated);
    expect(
      (await h.call('POST', `${base}/grid_import_export`, { body: { customer_preferred_export_rule: 'pv_only' } }))
        .body,
    ).toEqual({ response: '' });
    expect(
      (
        await h.call('POST', `${base}/grid_import_export`, {
          body: { disallow_charge_from_grid_with_solar_installed: true },
        })
      ).body,
    ).toEqual({ response: '' });
    const tariff = { name: 'Flat', currency: 'USD' };
    expect(
      (await h.call('POST', `${base}/time_of_use_settings`, { body: { tou_settings: { tariff_content_v2: tariff } } }))
        .body,
    ).toEqual(updated);
    const info = (await h.call('GET', `${base}/site_info`)).body.response;
    expect(info.backup_reserve_percent).toBe(55);
    expect(info.default_real_mode).toBe('autonomous');
    expect(info.user_settings.storm_mode_enabled).toBe(false);
    expect(info.components.customer_preferred_export_rule).toBe('pv_only');
    expect(info.components.disallow_charge_from_grid_with_solar_installed).toBe(true);
    expect(info.tariff_content_v2).toEqual(tariff);
  });

  it('bad write bodies are 400 invalid_field and change nothing', async () => {
    h = await shared('healthy');
    const base = `/api/1/energy_sites/${siteId(h.sim)}`;
    for (const [path, body] of [
      ['backup', { backup_reserve_percent: 101 }],
      ['backup', { backup_reserve_percent: '50' }],
      ['operation', { default_real_mode: 'turbo' }],
      ['storm_mode', {}],
      ['grid_import_export', {}],
      ['grid_import_export', { customer_preferred_export_rule: 'everything' }],
      ['time_of_use_settings', { tou_settings: {} }],
    ] as const) {
      const r = await h.call('POST', `${base}/${path}`, { body });
      expect(r.status, path).toBe(400);
      expect(r.body).toMatchObject({ response: null, error: 'invalid_field' });
    }
    const info = (await h.call('GET', `${base}/site_info`)).body.response;
    expect(info.backup_reserve_percent).toBe(20);
    expect(info.default_real_mode).toBe('self_consumption');
  });

  it('an installer-locked setting is accepted but stays as it was', async () => {
    h = await shared('grid-charging-locked');
    const base = `/api/1/energy_sites/${siteId(h.sim)}`;
    expect(
      (
        await h.call('POST', `${base}/grid_import_export`, {
          body: { disallow_charge_from_grid_with_solar_installed: false },
        })
      ).status,
    ).toBe(200);
    expect(
      (await h.call('GET', `${base}/site_info`)).body.response.components
        .disallow_charge_from_grid_with_solar_installed,
    ).toBe(true);
  });

  it('a site without a battery refuses battery writes; unknown sites are 404', async () => {
    h = await shared('solar-only');
    const id = siteId(h.sim);
    const r = await h.call('POST', `/api/1/energy_sites/${id}/backup`, { body: { backup_reserve_percent: 50 } });
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('invalid_command');
    expect((await h.call('GET', `/api/1/energy_sites/${id}/live_status`)).body.response).toMatchObject({
      battery_power: 0,
      backup_capable: false,
    });
    expect((await h.call('GET', '/api/1/energy_sites/999/site_info')).status).toBe(404);
    expect((await h.call('GET', '/api/1/energy_sites/abc/live_status')).status).toBe(404);
  });

  it('unknown paths are 404 and wrong methods 405, both in Tesla’s error body', async () => {
    h = await shared('healthy');
    const nf = await h.call('GET', '/api/1/nothing');
    expect(nf.status).toBe(404);
    expect(nf.body).toMatchObject({ response: null, error: 'not_found' });
    const wm = await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/backup`);
    expect(wm.status).toBe(405);
    expect(wm.body.response).toBeNull();
    const malformed = await h.call('GET', '/api/1/energy_sites/%E0%A4%A/site_info');
    expect(malformed.status).toBe(404);
    expect(malformed.body.response).toBeNull();
  });
});
