// One car's entry (never waking it) and vehicle_data: the endpoints filter, 408 while asleep, location only
// with vehicle_location (and its coordinates only with location_data), 403 without vehicle_device_data;
// fleet_status carries safety_screen_streaming_toggle_enabled for newer Model S/X.
import { afterAll, describe, expect, it } from 'vitest';
import { LOCATION_FIELDS } from '@main/simulator/fleet/vehicle-data';
import { closeShared, shared, vin } from '@test/support/sim-harness';

afterAll(closeShared);

describe('GET vehicles/{id|vin}', () => {
  it('answers the car\u2019s entry by VIN or id, asleep stays asleep, an unknown car is 404', async () => {
    const h = await shared('asleep-car');
    const byVin = await h.call('GET', `/api/1/vehicles/${vin(h.sim)}`);
    expect(byVin.status).toBe(200);
    expect(byVin.body.response).toMatchObject({ vin: vin(h.sim), state: 'asleep' });
    const byId = await h.call('GET', `/api/1/vehicles/${h.sim.scenario.vehicles[0]!.product.id}`);
    expect(byId.body.response.vin).toBe(vin(h.sim));
    expect(h.sim.admin.requestLog().filter((e) => e.billing === 'wake')).toEqual([]);
    expect((await h.call('GET', '/api/1/vehicles/5YJ3E1EB0XX000000')).status).toBe(404);
  });

  it('after wake_up it turns online once the car has woken', async () => {
    const h = await shared('asleep-car');
    await h.call('POST', `/api/1/vehicles/${vin(h.sim)}/wake_up`);
    expect((await h.call('GET', `/api/1/vehicles/${vin(h.sim)}`)).body.response.state).toBe('asleep');
    h.sim.clock.advance(30_000);
    expect((await h.call('GET', `/api/1/vehicles/${vin(h.sim)}`)).body.response.state).toBe('online');
  });
});

describe('GET vehicles/{id}/vehicle_data', () => {
  it('by default: the entry plus charge, climate, drive (no coordinates), gui, config and vehicle state', async () => {
    const h = await shared('healthy');
    const r = await h.call('GET', `/api/1/vehicles/${vin(h.sim)}/vehicle_data`);
    expect(r.status).toBe(200);
    const d = r.body.response;
    expect(d).toMatchObject({ vin: vin(h.sim), state: 'online' });
    expect(Object.keys(d)).toEqual(
      expect.arrayContaining([
        'charge_state',
        'climate_state',
        'drive_state',
        'gui_settings',
        'vehicle_config',
        'vehicle_state',
      ]),
    );
    expect(d.closures_state).toBeUndefined();
    for (const f of LOCATION_FIELDS) expect(d.drive_state[f], f).toBeUndefined();
  });

  it('endpoints narrows the sections; location_data adds the coordinates when vehicle_location is granted', async () => {
    const h = await shared('healthy');
    const only = (
      await h.call(
        'GET',
        `/api/1/vehicles/${vin(h.sim)}/vehicle_data?endpoints=${encodeURIComponent('charge_state;closures_state')}`,
      )
    ).body.response;
    expect(['charge_state', 'closures_state'].every((k) => k in only)).toBe(true);
    expect('climate_state' in only || 'drive_state' in only || 'vehicle_state' in only).toBe(false);
    const located = (
      await h.call(
        'GET',
        `/api/1/vehicles/${vin(h.sim)}/vehicle_data?endpoints=${encodeURIComponent('location_data;drive_state')}`,
      )
    ).body.response;
    expect(located.drive_state).toMatchObject({
      latitude: expect.any(Number),
      longitude: expect.any(Number),
      heading: expect.any(Number),
    });
  });

  it('without vehicle_location: no drive_state and no location field, even when location_data is asked for', async () => {
    const h = await shared('scope-missing-vehicle-location');
    const d = (
      await h.call(
        'GET',
        `/api/1/vehicles/${vin(h.sim)}/vehicle_data?endpoints=${encodeURIComponent('location_data;drive_state;charge_state')}`,
      )
    ).body.response;
    expect(d.drive_state).toBeUndefined();
    expect(JSON.stringify(d)).not.toMatch(/"(latitude|longitude|native_latitude|heading)"/);
    expect(d.charge_state).toBeDefined();
  });

  it('an asleep car answers 408 vehicle unavailable and is not woken; without vehicle_device_data 403', async () => {
    const h = await shared('asleep-car');
    const r = await h.call('GET', `/api/1/vehicles/${vin(h.sim)}/vehicle_data`);
    expect(r.status).toBe(408);
    expect(r.body).toEqual({
      response: null,
      error: 'vehicle unavailable: vehicle is offline or asleep',
      error_description: '',
    });
    expect((await h.call('GET', `/api/1/vehicles/${vin(h.sim)}`)).body.response.state).toBe('asleep');
    const scopeless = await shared('scope-missing-vehicle-device-data');
    expect((await scopeless.call('GET', `/api/1/vehicles/${vin(scopeless.sim)}/vehicle_data`)).status).toBe(403);
  });
});

describe('fleet_status vehicle_info', () => {
  it('newer Model S/X carry safety_screen_streaming_toggle_enabled as the scenario sets it', async () => {
    const h = await shared('large-account');
    const cars = h.sim.scenario.vehicles;
    const vins = cars.slice(0, 5).map((v) => v.product.vin);
    const info = (await h.call('POST', '/api/1/vehicles/fleet_status', { body: { vins } })).body.response.vehicle_info;
    const modelS = cars.findIndex((v) => v.product.vin.startsWith('5YJS'));
    expect(modelS).toBe(2);
    expect(info[vins[2]!].safety_screen_streaming_toggle_enabled).toBe(true);
    expect('safety_screen_streaming_toggle_enabled' in info[vins[0]!]).toBe(false);
  });
});
