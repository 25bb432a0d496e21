// Energy endpoints real clients call beyond the doctor's own: calendar_history (energy and backup),
// off_grid_vehicle_charging_reserve, Time-Based Control without a tariff (410), the two tariff fields kept
// consistent, and the fields real answers carry (Wall Connectors, live battery figures in products).
import { afterAll, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '@main/simulator';
import { closeShared, harness, NOON_LA, shared, siteId } from '@test/support/sim-harness';

afterAll(closeShared);

describe('calendar_history kind=energy', () => {
  it('a day in 5-minute entries up to now, in the site\u2019s offset, with the keys of the public capture', async () => {
    const h = await shared('healthy');
    const r = await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/calendar_history?kind=energy&period=day`);
    expect(r.status).toBe(200);
    const { period, time_series: series, installation_time_zone: zone } = r.body.response;
    expect([period, zone]).toEqual(['day', 'America/Los_Angeles']);
    // Local midnight to local noon: 144 five-minute entries.
    expect(series).toHaveLength(144);
    expect(series[0].timestamp).toBe('2026-06-15T00:00:00-07:00');
    expect(series[143].timestamp).toBe('2026-06-15T11:55:00-07:00');
    expect(Object.keys(series[0])).toEqual(
      expect.arrayContaining([
        'solar_energy_exported',
        'grid_energy_imported',
        'battery_energy_exported',
        'consumer_energy_imported_from_grid',
        'total_home_usage',
        'total_grid_energy_exported',
      ]),
    );
  });

  it('the entries balance: home usage = from solar + battery + grid; solar shows only in daylight', async () => {
    const h = await shared('healthy');
    const r = await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/calendar_history?kind=energy&period=day`);
    for (const e of r.body.response.time_series) {
      expect(e.total_home_usage).toBeCloseTo(
        e.consumer_energy_imported_from_solar +
          e.consumer_energy_imported_from_battery +
          e.consumer_energy_imported_from_grid,
        0,
      );
    }
    const night = r.body.response.time_series.find(
      (e: { timestamp: string }) => e.timestamp === '2026-06-15T03:00:00-07:00',
    );
    const late = r.body.response.time_series.find(
      (e: { timestamp: string }) => e.timestamp === '2026-06-15T11:00:00-07:00',
    );
    expect(night.total_solar_generation).toBe(0);
    expect(late.total_solar_generation).toBeGreaterThan(400); // ~6 kW for 5 minutes
  });

  it('week and month are daily entries, year monthly; a time_zone parameter moves the day boundaries', async () => {
    const h = await shared('healthy');
    const base = `/api/1/energy_sites/${siteId(h.sim)}/calendar_history?kind=energy`;
    const week = (await h.call('GET', `${base}&period=week`)).body.response.time_series;
    expect(week.map((e: { timestamp: string }) => e.timestamp)).toEqual([
      '2026-06-14T00:00:00-07:00',
      '2026-06-15T00:00:00-07:00',
    ]);
    const year = (await h.call('GET', `${base}&period=year`)).body.response.time_series;
    expect(year).toHaveLength(6);
    expect(year[5].timestamp).toBe('2026-06-01T00:00:00-07:00');
    const utc = (await h.call('GET', `${base}&period=day&time_zone=UTC`)).body.response;
    expect(utc.time_series[0].timestamp).toBe('2026-06-15T00:00:00+00:00');
    expect(utc.time_series).toHaveLength(19 * 12);
  });

  it('end_date picks a past day; a bad kind, period, date or zone is a 400 invalid_field', async () => {
    const h = await shared('healthy');
    const base = `/api/1/energy_sites/${siteId(h.sim)}/calendar_history`;
    const past = await h.call(
      'GET',
      `${base}?kind=energy&period=day&end_date=${encodeURIComponent('2026-06-10T12:00:00-07:00')}`,
    );
    expect(past.body.response.time_series).toHaveLength(288);
    const tooLong = `kind=energy&period=day&start_date=${encodeURIComponent('1970-01-01T00:00:00Z')}&end_date=${encodeURIComponent('2026-06-15T00:00:00Z')}`;
    for (const q of [
      'kind=power',
      'kind=energy&period=decade',
      'kind=energy&end_date=yesterday',
      'kind=energy&time_zone=Mars/Olympus',
      tooLong,
    ]) {
      const r = await h.call('GET', `${base}?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error).toBe('invalid_field');
    }
  });

  it('needs energy_device_data', async () => {
    const h = await shared('scope-missing-energy-device-data');
    expect((await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/calendar_history?kind=energy`)).status).toBe(403);
  });
});

describe('calendar_history kind=backup', () => {
  it('lists the scenario\u2019s past outages and the ones the simulator sees, with durations in seconds', async () => {
    const h = await shared('healthy');
    const id = siteId(h.sim);
    const before = await h.call('GET', `/api/1/energy_sites/${id}/calendar_history?kind=backup`);
    expect(before.body.response).toEqual({
      events: [{ timestamp: '2026-01-14T18:32:05-08:00', duration: 5423 }],
      total_events: 1,
    });
    h.sim.admin.setSiteEvents(id, { islandStatus: 'off_grid_unintentional' });
    h.sim.clock.advance(600_000);
    h.sim.admin.setSiteEvents(id, { islandStatus: 'on_grid' });
    const after = (await h.call('GET', `/api/1/energy_sites/${id}/calendar_history?kind=backup`)).body.response;
    expect(after.total_events).toBe(2);
    expect(after.events[1]).toEqual({ timestamp: '2026-06-15T12:00:00-07:00', duration: 600 });
  });

  it('an outage in progress counts up to now; dates narrow the list', async () => {
    const h = await shared('off-grid');
    const id = siteId(h.sim);
    h.sim.clock.advance(90_000);
    const all = (await h.call('GET', `/api/1/energy_sites/${id}/calendar_history?kind=backup`)).body.response;
    expect(all.events.at(-1)).toEqual({ timestamp: '2026-06-15T12:00:00-07:00', duration: 90 });
    const q = `start_date=${encodeURIComponent('2026-06-01T00:00:00-07:00')}&end_date=${encodeURIComponent('2026-06-30T00:00:00-07:00')}`;
    expect(
      (await h.call('GET', `/api/1/energy_sites/${id}/calendar_history?kind=backup&${q}`)).body.response.total_events,
    ).toBe(1);
  });
});

describe('writes', () => {
  it('off_grid_vehicle_charging_reserve stores the percent in site_info and answers Updated', async () => {
    const h = await shared('healthy');
    const id = siteId(h.sim);
    const r = await h.call('POST', `/api/1/energy_sites/${id}/off_grid_vehicle_charging_reserve`, {
      body: { off_grid_vehicle_charging_reserve_percent: 40 },
    });
    expect(r.body).toEqual({ response: { code: 201, message: 'Updated' } });
    expect(
      (await h.call('GET', `/api/1/energy_sites/${id}/site_info`)).body.response
        .off_grid_vehicle_charging_reserve_percent,
    ).toBe(40);
    expect(
      (
        await h.call('POST', `/api/1/energy_sites/${id}/off_grid_vehicle_charging_reserve`, {
          body: { off_grid_vehicle_charging_reserve_percent: 140 },
        })
      ).status,
    ).toBe(400);
  });

  it('operation autonomous on a site without a rate plan answers 410; other modes still work', async () => {
    const h = await shared('no-tariff');
    const id = siteId(h.sim);
    const r = await h.call('POST', `/api/1/energy_sites/${id}/operation`, {
      body: { default_real_mode: 'autonomous' },
    });
    expect(r.status).toBe(410);
    expect(r.body.response).toBeNull();
    expect((await h.call('GET', `/api/1/energy_sites/${id}/site_info`)).body.response.default_real_mode).toBe(
      'self_consumption',
    );
    expect(
      (await h.call('POST', `/api/1/energy_sites/${id}/operation`, { body: { default_real_mode: 'backup' } })).status,
    ).toBe(200);
    const healthy = await shared('healthy');
    expect(
      (
        await healthy.call('POST', `/api/1/energy_sites/${siteId(healthy.sim)}/operation`, {
          body: { default_real_mode: 'autonomous' },
        })
      ).status,
    ).toBe(200);
  });

  it('time_of_use_settings keeps tariff_content (the older form) consistent with tariff_content_v2', async () => {
    const scenario: ScenarioInput = {
      name: 'both-tariffs',
      account: {
        region: 'NA',
        grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'],
        email: 'a@example.com',
        fullName: 'A',
      },
      energySites: [
        {
          product: { energy_site_id: 7, components: { battery: true } },
          siteInfo: {
            components: { battery: true },
            tariff_content: { name: 'old' },
            tariff_content_v2: { name: 'old' },
          },
        },
      ],
    };
    const h = await harness(scenario, { startTime: NOON_LA });
    try {
      const v2 = {
        name: 'New',
        energy_charges: { Summer: { rates: { PEAK: 0.4, OFF_PEAK: 0.2 } } },
        seasons: {
          Summer: { fromMonth: 1, toMonth: 12, tou_periods: { PEAK: { periods: [{ fromHour: 16, toHour: 21 }] } } },
        },
        sell_tariff: { name: 'Sell', energy_charges: { Summer: { rates: { PEAK: 0.1 } } } },
      };
      expect(
        (
          await h.call('POST', '/api/1/energy_sites/7/time_of_use_settings', {
            body: { tou_settings: { tariff_content_v2: v2 } },
          })
        ).status,
      ).toBe(200);
      const info = (await h.call('GET', '/api/1/energy_sites/7/site_info')).body.response;
      expect(info.tariff_content_v2).toEqual(v2);
      expect(info.tariff_content).toEqual({
        name: 'New',
        energy_charges: { Summer: { PEAK: 0.4, OFF_PEAK: 0.2 } },
        seasons: { Summer: { fromMonth: 1, toMonth: 12, tou_periods: { PEAK: [{ fromHour: 16, toHour: 21 }] } } },
        sell_tariff: { name: 'Sell', energy_charges: { Summer: { PEAK: 0.1 } } },
      });
    } finally {
      await h.close();
    }
  });
});

describe('fields real answers carry', () => {
  const withWallConnector = (): ScenarioInput => ({
    name: 'wall-connector',
    account: {
      region: 'NA',
      grantedScopes: ['openid', 'offline_access', 'energy_device_data'],
      email: 'a@example.com',
      fullName: 'A',
    },
    energySites: [
      {
        product: {
          energy_site_id: 9,
          resource_type: 'battery',
          total_pack_energy: 13500,
          percentage_charged: 50,
          battery_power: 0,
          energy_left: 6750,
          components: { battery: true, solar: true },
        },
        siteInfo: {
          installation_time_zone: 'America/Los_Angeles',
          components: {
            battery: true,
            solar: true,
            wall_connectors: [
              { device_id: 'wc-1', din: '1529455-02-D--PGT1', part_name: 'Gen 3 Wall Connector', is_active: true },
            ],
          },
        },
      },
    ],
  });

  it('products: battery figures follow the Powerwall model; components list the Wall Connectors', async () => {
    const h = await harness(withWallConnector(), { startTime: NOON_LA });
    try {
      const first = (await h.call('GET', '/api/1/products')).body.response[0];
      expect(first.components.wall_connectors).toEqual([
        { device_id: 'wc-1', din: '1529455-02-D--PGT1', is_active: true },
      ]);
      h.sim.clock.advance(2 * 3_600_000); // two hours of midday sun charge the battery
      const later = (await h.call('GET', '/api/1/products')).body.response[0];
      const live = (await h.call('GET', '/api/1/energy_sites/9/live_status')).body.response;
      expect(later.percentage_charged).toBeGreaterThan(50);
      expect(later.percentage_charged).toBe(live.percentage_charged);
      expect(later.battery_power).toBe(live.battery_power);
      expect(later.energy_left).toBeCloseTo((13500 * later.percentage_charged) / 100, 1);
      expect(live.wall_connectors).toEqual([
        { din: '1529455-02-D--PGT1', wall_connector_state: 2, wall_connector_fault_state: 2, wall_connector_power: 0 },
      ]);
    } finally {
      await h.close();
    }
  });
});
