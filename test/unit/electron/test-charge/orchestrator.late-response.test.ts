// A battery that starts moving just before the end of a short test: the watch takes a few more dense
// readings past the end to confirm it, instead of judging a stretch the end cut short as "not sustained".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTestCharge } from '@main/test-charge/orchestrator';
import { DENSE_SECONDS } from '@main/test-charge/poll-schedule';
import { MAX_PAST_END_READINGS } from '@main/test-charge/watch-end';
import { FakeSite, manualClock } from '@test/support/fake-site';
import { tempDir } from '@test/support/temp-dir';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: dataDir, remove: cleanup } = tempDir('tcd-tc-late-'));
});
afterEach(() => cleanup());

/** The 1-minute minimum; the battery answers the settings only after `lateSeconds` (0 W before). */
async function run(lateSeconds: number | null) {
  const site = new FakeSite();
  site.soc = 50;
  site.liveOverride = { battery_power: 0, grid_power: 800 };
  const before = site.settings();
  const result = await runTestCharge({
    dataDir,
    accountId: 'acct-1',
    apiBase: 'http://127.0.0.1:9/na',
    siteId: '123456',
    direction: 'charge',
    minutes: 1,
    grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'],
    api: site,
    clock: manualClock(),
    onSample: (s) => {
      // From the reading after this one on, the battery charges.
      if (lateSeconds !== null && s.t >= lateSeconds) site.liveOverride = {};
    },
  });
  expect(result.restored).toBe(true);
  expect(site.settings()).toEqual(before);
  return result;
}

describe('a late response near the end of a 1-minute test', () => {
  it('moving from ~55 s: confirmed by a few readings past the end, and passes', async () => {
    const result = await run(43);
    const moving = result.samples.filter((s) => (s.batteryW ?? 0) <= -1000);
    expect(moving[0]?.t).toBeGreaterThan(51);
    expect(result).toMatchObject({ verdict: 'pass', reason: 'charged' });
    const last = result.samples.at(-1)?.t ?? 0;
    expect(last).toBeGreaterThan(60);
    expect(last).toBeLessThanOrEqual(60 + MAX_PAST_END_READINGS * DENSE_SECONDS + 0.5);
  });

  it('not moving at the end: judged at the end, no reading past it', async () => {
    const result = await run(null);
    // Not a pass (what the cause is, is the verdict's own matter), and not a reading longer than asked.
    expect(result.verdict).not.toBe('pass');
    expect(Math.max(...result.samples.map((s) => s.t))).toBeLessThanOrEqual(60.5);
  });
});
