// A write Tesla accepted ("Updated") whose read-back differs, or whose battery never moved, ends with the
// verdict setting_not_applied and the likely cause, not a generic failure; the settings are still restored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listJournals } from '@main/test-charge/journal';
import { runTestCharge } from '@main/test-charge/orchestrator';
import { TestRunSchema } from '@shared/report/test-run-schema';
import { textIn } from '@shared/text/languages';
import { tempDir } from '@test/support/temp-dir';
import { FakeSite, manualClock } from '@test/support/fake-site';

const SCOPES = ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'];
let dataDir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: dataDir, remove: cleanup } = tempDir('tcd-tc-not-applied-'));
});
afterEach(() => cleanup());

const run = (site: FakeSite, direction: 'charge' | 'discharge' = 'charge') =>
  runTestCharge({
    dataDir,
    accountId: 'acct-1',
    apiBase: 'http://127.0.0.1:9/na',
    siteId: '123456',
    direction,
    grantedScopes: SCOPES,
    api: site,
    clock: manualClock(),
  });

describe('setting_not_applied', () => {
  it('the gateway never applies the accepted writes: the battery stays still, the cause is the gateway', async () => {
    const site = new FakeSite();
    site.applyWrites = false;
    const before = site.settings();
    const result = await run(site);
    expect(result).toMatchObject({ verdict: 'setting_not_applied', reason: 'readback_differs', restored: true });
    expect(site.settings()).toEqual(before);
    expect(await listJournals(dataDir)).toEqual([]);
    expect(() => TestRunSchema.parse(result)).not.toThrow();
  });

  it('the 80% cap: accepted, but the battery already sits at the cap, so it never charged', async () => {
    const site = new FakeSite();
    site.soc = 80;
    const result = await run(site);
    expect(result).toMatchObject({ verdict: 'setting_not_applied', reason: 'reserve_capped', restored: true });
    expect(textIn('en')('outcome.reserve_capped')).toMatch(/80%/);
  });

  it('settings applied and the battery did not move for a reason of the customer’s: still a plain failure', async () => {
    const site = new FakeSite();
    const result = await runTestCharge({
      dataDir,
      accountId: 'acct-1',
      apiBase: 'http://127.0.0.1:9/na',
      siteId: '123456',
      direction: 'charge',
      grantedScopes: SCOPES,
      api: site,
      clock: manualClock(),
      gridInteraction: false,
      force: true,
    });
    // The checklist's Grid Charging: No blocks this test before any write; forced, it runs and fails plainly.
    expect(result).toMatchObject({ verdict: 'fail', reason: 'grid_charging_off' });
  });
});
