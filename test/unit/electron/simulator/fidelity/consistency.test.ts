// The simulator agrees with itself where third-party clients compare answers (issue 22, "Simulator
// consistency"): a car's entry and its data, past history days, whole-millisecond times, the vehicles
// list's pages, and the site's own time zone in calendar_history.
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from '@main/simulator';
import { scenarioList } from '@main/simulator/cli';
import { harness, NOON_LA, type Harness } from '@test/support/sim-harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('simulator consistency', () => {
  it('vehicle-unavailable: GET vehicles/{vin} does not say online while vehicle_data answers 503', async () => {
    h = await harness('vehicle-unavailable');
    const vin = h.sim.scenario.vehicles[0]!.product.vin;
    const data = await h.call('GET', `/api/1/vehicles/${vin}/vehicle_data`);
    expect(data.status).toBe(503);
    const entry = await h.call('GET', `/api/1/vehicles/${vin}`);
    expect(entry.status).toBe(200);
    expect(entry.body.response.state).not.toBe('online');
  });

  it('a past day of calendar_history does not change when today’s settings change', async () => {
    h = await harness('healthy');
    const id = h.sim.scenario.energySites[0]!.product.energy_site_id;
    const yesterday = `/api/1/energy_sites/${id}/calendar_history?kind=energy&period=day&end_date=${encodeURIComponent(new Date(NOON_LA - 86_400_000).toISOString())}`;
    const before = await h.call('GET', yesterday);
    expect(before.status).toBe(200);
    expect(
      (await h.call('POST', `/api/1/energy_sites/${id}/operation`, { body: { default_real_mode: 'backup' } })).status,
    ).toBe(200);
    h.sim.clock.advance(60 * 60 * 1000);
    const after = await h.call('GET', yesterday);
    expect(after.body.response.time_series).toEqual(before.body.response.time_series);
    // Today, after the change, does reflect it: the replay is not a frozen copy.
    const today = `/api/1/energy_sites/${id}/calendar_history?kind=energy&period=day`;
    expect((await h.call('GET', today)).body.response.time_series.length).toBeGreaterThan(0);
  });

  it('calendar_history names the site’s own zone, not the zone the caller asked in', async () => {
    h = await harness('healthy');
    const id = h.sim.scenario.energySites[0]!.product.energy_site_id;
    const res = await h.call(
      'GET',
      `/api/1/energy_sites/${id}/calendar_history?kind=energy&period=day&time_zone=Europe/Berlin`,
    );
    expect(res.body.response.installation_time_zone).toBe('America/Los_Angeles');
  });

  it('the vehicles list honours page and per_page and says where it is in pagination', async () => {
    h = await harness('large-account');
    const all = await h.call('GET', '/api/1/vehicles');
    const total = all.body.count as number;
    expect(total).toBeGreaterThan(1);
    const first = await h.call('GET', '/api/1/vehicles?page=1&per_page=1');
    expect(first.body.response).toHaveLength(1);
    expect(first.body.pagination).toEqual({
      previous: null,
      next: 2,
      current: 1,
      per_page: 1,
      count: total,
      pages: total,
    });
    const second = await h.call('GET', '/api/1/vehicles?page=2&per_page=1');
    expect(second.body.response[0].id).not.toBe(first.body.response[0].id);
    expect(second.body.pagination.previous).toBe(1);
  });

  it('the clock and the timestamps it stamps are whole milliseconds', async () => {
    const sim = await startSimulator({ scenario: 'healthy', speed: 3.7 });
    try {
      for (let i = 0; i < 20; i++) expect(Number.isInteger(sim.clock.now())).toBe(true);
    } finally {
      await sim.close();
    }
  });

  it('sim --list marks the answers that are the simulator’s own guess as inferred', () => {
    const line = scenarioList()
      .split('\n')
      .find((l) => l.startsWith('no-tariff'))!;
    expect(line).toMatch(/\[inferred: the 410 for Time-Based Control without a rate plan/);
    expect(
      scenarioList()
        .split('\n')
        .find((l) => l.startsWith('healthy ')),
    ).not.toMatch(/inferred/);
  });
});
