// The Powerwall model through the Fleet API: delayed response, reserve charging, grid-charging
// permission, battery export only under Everything + Time-Based Control when it pays, the 80% cap,
// Storm Watch, grid-services events, off-grid. Time moves only by clock.advance.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RESPONSE_DELAY_MS,
  PowerwallModel,
  type PowerwallSettings,
  type PowerwallSpec,
} from '@main/simulator/powerwall-model';
import { loadScenario } from '@main/simulator';
import { closeShared, harness, NIGHT_LA, NOON_LA, sharedAt, siteId, type Harness } from '@test/support/sim-harness';

/** 2026-06-16 02:00 UTC = 19:00 in Los Angeles: inside the healthy site's peak period, no sun. */
const PEAK_LA = Date.UTC(2026, 5, 16, 2, 0, 0);

let h: Harness;
/** A simulator for a one-off scenario object, closed after its test; named scenarios are shared. */
let own: Harness | undefined;
afterEach(async () => {
  await own?.close();
  own = undefined;
});
afterAll(closeShared);

async function live() {
  return (await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/live_status`)).body.response;
}
async function post(path: string, body: unknown) {
  const r = await h.call('POST', `/api/1/energy_sites/${siteId(h.sim)}/${path}`, { body });
  expect(r.status).toBe(200);
}

describe('reserve changes', () => {
  it('raising the reserve makes the battery charge from the grid after the cloud\u2019s delay, and SoC rises', async () => {
    h = await sharedAt('healthy', NIGHT_LA);
    const before = await live();
    expect(before.solar_power).toBe(0);
    expect(before.battery_power).toBeGreaterThan(0); // covering the house at night
    await post('backup', { backup_reserve_percent: 100 });
    h.sim.clock.advance(RESPONSE_DELAY_MS - 1_000);
    expect((await live()).battery_power).toBeGreaterThan(0); // not yet
    h.sim.clock.advance(1_000);
    const after = await live();
    expect(after.battery_power).toBe(-3_400); // ~1.7 kW per Powerwall, two Powerwalls
    expect(after.grid_power).toBe(after.load_power + 3_400);
    h.sim.clock.advance(3_600_000);
    const hourLater = await live();
    expect(hourLater.percentage_charged).toBeGreaterThan(after.percentage_charged + 10);
  });

  it('newer firmware snaps 81-99 to 80 (site_info shows 80); 100 and lower values are kept', async () => {
    h = await sharedAt('healthy', NIGHT_LA);
    const read = async () =>
      (await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/site_info`)).body.response.backup_reserve_percent;
    await post('backup', { backup_reserve_percent: 95 });
    expect(await read()).toBe(80);
    await post('backup', { backup_reserve_percent: 81 });
    expect(await read()).toBe(80);
    await post('backup', { backup_reserve_percent: 100 });
    expect(await read()).toBe(100);
    await post('backup', { backup_reserve_percent: 35 });
    expect(await read()).toBe(35);
  });

  it('older firmware keeps 90', async () => {
    const s = loadScenario('healthy');
    s.energySites[0]!.siteInfo!.version = '22.18.3 b1a2c3d4';
    h = own = await harness(s, { startTime: NIGHT_LA });
    await post('backup', { backup_reserve_percent: 90 });
    expect(
      (await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/site_info`)).body.response.backup_reserve_percent,
    ).toBe(90);
  });
});

describe('grid charging', () => {
  it('is not used when disallowed: a raised reserve at night leaves the battery idle and the house on the grid', async () => {
    h = await sharedAt('grid-charging-off', NIGHT_LA);
    await post('backup', { backup_reserve_percent: 80 });
    h.sim.clock.advance(RESPONSE_DELAY_MS + 60_000);
    const l = await live();
    expect(l.battery_power).toBe(0);
    expect(l.grid_power).toBe(l.load_power);
  });

  it('allowing it later (grid_import_export) lets the same reserve charge from the grid', async () => {
    h = await sharedAt('grid-charging-off', NIGHT_LA);
    await post('backup', { backup_reserve_percent: 80 });
    await post('grid_import_export', { disallow_charge_from_grid_with_solar_installed: false });
    h.sim.clock.advance(RESPONSE_DELAY_MS);
    expect((await live()).battery_power).toBeLessThan(0);
  });
});

describe('exports', () => {
  it('battery energy goes to the grid under Everything with Time-Based Control at peak', async () => {
    h = await sharedAt('healthy', PEAK_LA);
    await post('operation', { default_real_mode: 'autonomous' });
    h.sim.clock.advance(RESPONSE_DELAY_MS);
    const l = await live();
    expect(l.battery_power).toBe(10_000); // both Powerwalls at full discharge
    expect(l.grid_power).toBeLessThan(0); // exporting
    expect(l.grid_power).toBe(l.load_power - 10_000);
  });

  it('off-peak, when exporting does not pay, Time-Based Control stores grid energy instead of exporting', async () => {
    const s = loadScenario('healthy');
    delete s.energySites[0]!.model; // the tariff schedule decides: 01:00 is off-peak
    h = own = await harness(s, { startTime: NIGHT_LA });
    await post('operation', { default_real_mode: 'autonomous' });
    h.sim.clock.advance(RESPONSE_DELAY_MS);
    const l = await live();
    expect(l.battery_power).toBeLessThan(0);
    expect(l.grid_power).toBeGreaterThan(0);
    // The healthy scenario's tariff pays for exports at any hour: the same night hour exports.
    h = await sharedAt('healthy', NIGHT_LA);
    await post('operation', { default_real_mode: 'autonomous' });
    h.sim.clock.advance(RESPONSE_DELAY_MS);
    expect((await live()).grid_power).toBeLessThan(0);
  });

  it('a written tariff (time_of_use_settings) moves the peak: exporting at 01:00 once that is on-peak', async () => {
    const s = loadScenario('healthy');
    delete s.energySites[0]!.model;
    h = own = await harness(s, { startTime: NIGHT_LA });
    await post('operation', { default_real_mode: 'autonomous' });
    h.sim.clock.advance(RESPONSE_DELAY_MS);
    expect((await live()).grid_power).toBeGreaterThan(0); // off-peak: storing
    const period = (fromHour: number, toHour: number) => ({
      periods: [{ fromDayOfWeek: 0, toDayOfWeek: 6, fromHour, fromMinute: 0, toHour, toMinute: 0 }],
    });
    const tariff = {
      name: 'Night export',
      seasons: {
        All: {
          fromMonth: 1,
          toMonth: 12,
          fromDay: 1,
          toDay: 31,
          tou_periods: { ON_PEAK: period(0, 6), OFF_PEAK: period(6, 0) },
        },
      },
    };
    await post('time_of_use_settings', { tou_settings: { tariff_content_v2: tariff } });
    const l = await live();
    expect(l.battery_power).toBe(10_000);
    expect(l.grid_power).toBeLessThan(0);
  });

  it('not under "Solar" (pv_only): the battery only covers the house', async () => {
    h = await sharedAt('exports-solar', PEAK_LA);
    await post('operation', { default_real_mode: 'autonomous' });
    h.sim.clock.advance(RESPONSE_DELAY_MS);
    const l = await live();
    expect(l.battery_power).toBe(l.load_power);
    expect(l.grid_power).toBe(0);
  });

  it('not under Self-Powered even with Everything', async () => {
    h = await sharedAt('healthy', PEAK_LA);
    h.sim.clock.advance(RESPONSE_DELAY_MS);
    const l = await live();
    expect(l.grid_power).toBeGreaterThanOrEqual(0);
    expect(l.battery_power).toBeLessThanOrEqual(l.load_power);
  });

  it('exports never: surplus solar is curtailed, never sent to the grid', async () => {
    h = await sharedAt('exports-never', NOON_LA);
    await post('backup', { backup_reserve_percent: 0 });
    // Fill the battery first so there is a surplus to curtail.
    h.sim.clock.advance(4 * 3_600_000);
    const l = await live();
    expect(l.percentage_charged).toBe(100);
    expect(l.grid_power).toBe(0);
    expect(l.solar_power).toBe(l.load_power); // the panels are held back to what the house uses
  });

  it('with a full battery under "Solar" the surplus is exported', async () => {
    h = await sharedAt('exports-solar', NOON_LA);
    h.sim.clock.advance(4 * 3_600_000);
    const l = await live();
    expect(l.percentage_charged).toBe(100);
    expect(l.grid_power).toBeLessThan(0);
    expect(l.battery_power).toBe(0);
  });
});

describe('events and islanding', () => {
  it('Storm Watch holds a full battery, charging from the grid even where grid charging is off', async () => {
    const s = loadScenario('storm-watch');
    s.energySites[0]!.siteInfo!.components = {
      ...(s.energySites[0]!.siteInfo!.components as object),
      disallow_charge_from_grid_with_solar_installed: true,
    };
    h = own = await harness(s, { startTime: NIGHT_LA });
    const l = await live();
    expect(l.storm_mode_active).toBe(true);
    expect(l.battery_power).toBeLessThan(0);
    expect(l.grid_power).toBeGreaterThan(l.load_power);
  });

  it('a grid-services event discharges to the grid whatever the settings, and ends when it ends', async () => {
    h = await sharedAt('exports-solar', NIGHT_LA);
    expect(h.sim.admin.setSiteEvents(siteId(h.sim), { gridServicesActive: true })).toBe(true);
    const during = await live();
    expect(during.grid_services_active).toBe(true);
    expect(during.battery_power).toBe(10_000);
    expect(during.grid_power).toBeLessThan(0);
    h.sim.admin.setSiteEvents(siteId(h.sim), { gridServicesActive: false });
    expect((await live()).grid_power).toBeGreaterThanOrEqual(0);
  });

  it('off grid nothing crosses the grid and writes do not make the battery charge from it', async () => {
    h = await sharedAt('off-grid', NIGHT_LA);
    await post('backup', { backup_reserve_percent: 100 });
    h.sim.clock.advance(RESPONSE_DELAY_MS + 60_000);
    const l = await live();
    expect(l).toMatchObject({ grid_power: 0, grid_status: 'Inactive', island_status: 'off_grid_unintentional' });
    expect(l.battery_power).toBe(l.load_power); // the battery carries the house alone at night
  });
});

describe('the model alone', () => {
  const spec: PowerwallSpec = {
    hasBattery: true,
    hasSolar: false,
    batteryCount: 1,
    energyWh: 13_500,
    maxChargeW: 5_000,
    maxDischargeW: 5_000,
    solarPeakW: 0,
    baseLoadW: 1_000,
    timeZone: 'UTC',
    schedule: [],
  };
  const settings: PowerwallSettings = {
    mode: 'self_consumption',
    reservePercent: 20,
    exportRule: 'pv_only',
    gridChargingAllowed: false,
    nonExport: false,
    stormModeEnabled: true,
  };
  const events = { islandStatus: 'on_grid' as const, stormWatchActive: false, gridServicesActive: false };
  const t0 = Date.UTC(2026, 0, 1, 2, 0, 0);
  let m: PowerwallModel;
  beforeEach(() => {
    m = new PowerwallModel(spec, settings, events, { at: t0, soc: 3 });
  });

  it('a nearly empty battery charges from the grid even when grid charging is disallowed', () => {
    const s = m.snapshot(t0);
    expect(s.batteryPowerW).toBe(-1_700);
    expect(s.gridPowerW).toBe(1_000 + 1_700);
  });

  it('stops taking grid energy once past nearly empty (below the reserve, grid charging off)', () => {
    const s = m.snapshot(t0 + 2 * 3_600_000);
    expect(s.soc).toBeGreaterThanOrEqual(5);
    expect(s.soc).toBeLessThan(6);
    expect(s.batteryPowerW).toBe(0);
  });

  it('follows the site\u2019s local time across daylight saving (solar peaks at local noon in winter and summer)', () => {
    const sunny = { ...spec, hasSolar: true, solarPeakW: 6_000, timeZone: 'America/Los_Angeles' };
    const winterNoon = Date.UTC(2026, 0, 15, 20); // 12:00 PST
    const summerNoon = Date.UTC(2026, 6, 15, 19); // 12:00 PDT
    for (const t of [winterNoon, summerNoon]) {
      expect(new PowerwallModel(sunny, settings, events, { at: t, soc: 50 }).snapshot(t).solarPowerW).toBe(6_000);
      expect(
        new PowerwallModel(sunny, settings, events, { at: t + 12 * 3_600_000, soc: 50 }).snapshot(t + 12 * 3_600_000)
          .solarPowerW,
      ).toBe(0);
    }
  });

  it('written settings wait RESPONSE_DELAY_MS before the Powerwall acts on them', () => {
    m.applySettings({ ...settings, gridChargingAllowed: true, reservePercent: 50 }, t0);
    expect(m.snapshot(t0 + RESPONSE_DELAY_MS - 1).effective.reservePercent).toBe(20);
    expect(m.snapshot(t0 + RESPONSE_DELAY_MS).effective.reservePercent).toBe(50);
  });
});
