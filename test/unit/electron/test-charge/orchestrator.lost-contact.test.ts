// A test charge that loses Tesla during the watch reports lost contact (and whether the settings are back),
// never a cause the readings did not show.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FleetApiError } from '@main/fleet/fleet-error';
import { listJournals } from '@main/test-charge/journal';
import { runTestCharge } from '@main/test-charge/orchestrator';
import { recoverPending } from '@main/test-charge/recovery';
import { FakeSite, manualClock } from '@test/support/fake-site';
import { tempDir } from '@test/support/temp-dir';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: dataDir, remove: cleanup } = tempDir('tcd-tc-lost-'));
});
afterEach(() => cleanup());

const unreachable = () =>
  new FleetApiError({
    status: 0,
    error: 'network_error',
    errorDescription: 'the Fleet API could not be reached',
    request: 'GET /api/1/energy_sites/123456/live_status',
  });

function request(site: FakeSite, direction: 'charge' | 'discharge') {
  return {
    dataDir,
    accountId: 'acct-1',
    apiBase: 'http://127.0.0.1:9/na',
    siteId: '123456',
    direction,
    grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'],
    api: site,
    clock: manualClock(),
  };
}

describe('a test charge that loses Tesla', () => {
  it.each(['charge', 'discharge'] as const)(
    '%s: lost during the watch, back for the restore: lost_contact, settings restored',
    async (direction) => {
      const site = new FakeSite();
      site.soc = direction === 'charge' ? 90 : 60; // no early pass: the watch runs on while contact is lost
      const before = site.settings();
      const result = await runTestCharge({
        ...request(site, direction),
        onStep: (s) => {
          if (s === 'sample') site.failures.set('liveStatus', Array.from({ length: 200 }, unreachable));
        },
      });
      expect(result).toMatchObject({ verdict: 'fail', reason: 'lost_contact', restored: true });
      expect(site.settings()).toEqual(before);
    },
  );

  it('lost for good: lost_contact, the journal kept, and recover finishes it once Tesla is back', async () => {
    const site = new FakeSite();
    site.soc = 90;
    const result = await runTestCharge({
      ...request(site, 'charge'),
      onStep: (s) => {
        if (s === 'sample') {
          for (const kind of ['liveStatus', 'siteInfo', 'write:operation', 'write:backup', 'write:grid_import_export'])
            site.failures.set(kind, Array.from({ length: 200 }, unreachable));
        }
      },
    });
    expect(result).toMatchObject({ verdict: 'fail', reason: 'lost_contact', restored: false });
    expect(await listJournals(dataDir)).toHaveLength(1);
    site.failures.clear();
    expect(await recoverPending({ dataDir, apiFor: async () => site, clock: manualClock() })).toMatchObject([
      { status: 'restored' },
    ]);
  });
});
