// Test helper: an in-memory energy site behind the EnergySiteApi port, with a crude Powerwall rule and a
// manual clock, so the orchestrator's control flow is tested without a network (the simulator tests
// cover the real HTTP path).
import { readFileSync } from 'node:fs';
import type { EnergySiteApi } from '@main/test-charge/energy-api';
import type { RunClock } from '@main/test-charge/run-clock';
import type { PlannedWrite } from '@shared/test-charge/strategy';

type Json = Record<string, unknown>;

export class HttpishError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(`answered ${status}`);
  }
}

export function manualClock(start = Date.UTC(2026, 0, 1)): RunClock & { t: number } {
  const clock = {
    t: start,
    now: () => clock.t,
    async sleep(ms: number, signal?: AbortSignal) {
      if (signal?.aborted) return;
      clock.t += ms;
      await Promise.resolve();
    },
  };
  return clock;
}

export class FakeSite implements EnergySiteApi {
  info: Json;
  soc = 50;
  writes: PlannedWrite[] = [];
  /** Errors thrown by the next calls, in order, per kind ('write:backup', 'siteInfo', 'liveStatus'...). */
  failures = new Map<string, Error[]>();
  liveOverride: Json = {};
  /** false: Tesla accepts every write ("Updated") but the gateway never applies it (offline gateway). */
  applyWrites = true;

  constructor() {
    this.info = JSON.parse(readFileSync(new URL('../fixtures/tesla-public/site_info.json', import.meta.url), 'utf8'))
      .response as Json;
  }

  get components(): Json {
    return this.info.components as Json;
  }

  settings() {
    const c = this.components;
    return {
      backup_reserve_percent: this.info.backup_reserve_percent,
      default_real_mode: this.info.default_real_mode,
      customer_preferred_export_rule: c.customer_preferred_export_rule,
      disallow_charge_from_grid_with_solar_installed: c.disallow_charge_from_grid_with_solar_installed,
    };
  }

  private maybeFail(kind: string) {
    const queue = this.failures.get(kind);
    const next = queue?.shift();
    if (next) throw next;
  }

  async siteInfo() {
    this.maybeFail('siteInfo');
    return structuredClone(this.info);
  }

  async liveStatus() {
    this.maybeFail('liveStatus');
    const s = this.settings();
    let battery = 0;
    let grid = 800;
    if (s.default_real_mode === 'autonomous') {
      if (Number(s.backup_reserve_percent) > this.soc && s.disallow_charge_from_grid_with_solar_installed !== true) {
        battery = -3000;
        grid = 3800;
      } else if (Number(s.backup_reserve_percent) < this.soc && s.customer_preferred_export_rule === 'battery_ok') {
        battery = 4000;
        grid = -3200;
      } else if (Number(s.backup_reserve_percent) < this.soc) {
        battery = 800;
        grid = 0;
      }
    }
    return {
      battery_power: battery,
      grid_power: grid,
      solar_power: 0,
      load_power: 800,
      percentage_charged: this.soc,
      island_status: 'on_grid',
      grid_status: 'Active',
      ...this.liveOverride,
    };
  }

  async write(_siteId: string, write: PlannedWrite) {
    this.maybeFail(`write:${write.endpoint}`);
    this.writes.push(write);
    if (!this.applyWrites) return;
    for (const [key, value] of Object.entries(write.body)) {
      if (key === 'backup_reserve_percent' || key === 'default_real_mode') this.info[key] = value;
      else this.components[key] = value;
    }
  }
}
