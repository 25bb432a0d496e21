import { describe, expect, it } from 'vitest';
import { buildForExport } from '@main/reports/build-for-export';
import { compareChecks } from '@main/reports/compare-checks';
import { todaysRules } from '@main/reports/todays-rules';
import { sampleReport } from '@test/support/sample-report';

describe('todaysRules on an exported (redacted) report', () => {
  const doc = buildForExport(sampleReport(), { includeCustomerLabel: false, salt: 'rules' });
  const today = todaysRules(doc)!;

  it('finds the sites and cars in the redacted responses under the report’s own (hashed) ids', () => {
    const site = doc.checks.find((c) => c.subject.kind === 'energy_site')!.subject.id;
    expect(today.checks.some((c) => c.subject.kind === 'energy_site' && c.subject.id === site)).toBe(true);
    const gridCharging = today.checks.find((c) => c.id === 'energy.grid_charging' && c.subject.id === site);
    // site_info says disallow_charge_from_grid_with_solar_installed: true (Grid Charging: No).
    expect(gridCharging?.status).toBe('fail');
    expect(today.checks.some((c) => c.subject.kind === 'vehicle')).toBe(true);
  });

  it('gives a diff against the checks in the report', () => {
    const diff = compareChecks(doc.checks, today.checks, doc.verdicts, today.verdicts);
    expect(diff.unchanged + diff.changes.filter((c) => c.kind !== 'added').length).toBe(doc.checks.length);
  });

  it('says it cannot judge a report without raw responses', () => {
    expect(todaysRules({ ...doc, raw: [] })).toBeNull();
  });
});

describe('todaysRules on a report just exported by this version', () => {
  it('finds no change: what redaction removed (token expiry, VIN) is "not in this report", never a change', async () => {
    const { MemoryVault } = await import('@main/infra/keychain');
    const { driveConsent } = await import('@main/accounts/sign-in/consent-driver');
    const { createBackend } = await import('@main/app/backend');
    const { tempDir } = await import('@test/support/temp-dir');
    const t = tempDir('tcd-rules-');
    const backend = createBackend({ mode: 'demo', dataDir: t.dir, keychain: new MemoryVault() });
    try {
      await backend.start();
      const call = { transport: 'browser' as const };
      const started = await backend.handlers['accounts:connect']({ label: 'Job 4711', way: 'own_app' }, call);
      await driveConsent(started.authorizeUrl);
      const accountId = (await backend.handlers['accounts:list']({}, call)).accounts[0]!.id;
      const checked = await backend.handlers['checklist:run']({ accountId }, call);
      expect(checked.verdicts).toMatchObject({
        charge: { ready: true },
        discharge: { ready: true },
        vehicle: { ready: true },
      });
      const json = await backend.handlers['reports:export'](
        { format: 'json', includeCustomerLabel: false, accountId },
        call,
      );
      const opened = await backend.handlers['reports:open']({ fileName: 'r.json', text: json.download!.data }, call);
      const rerun = await backend.handlers['reports:rerun']({ openedId: opened.openedId }, call);
      expect(rerun.verdictChanges).toEqual([]);
      expect(rerun.changes.filter((c) => c.kind !== 'not_in_report')).toEqual([]);
      // The token's expiry is never in a report: the connection is "not in this report", kept as it was.
      expect(rerun.changes).toEqual([
        expect.objectContaining({ checkId: 'account.connection', kind: 'not_in_report', before: 'pass', after: null }),
      ]);
      // The car is found under its masked VIN in the kept fleet_status answer: its key still reads as paired.
      expect(rerun.checks.find((c) => c.id === 'vehicle.virtual_key')?.status).toBe('pass');
      expect(rerun.verdicts).toMatchObject({
        charge: { ready: true },
        discharge: { ready: true },
        vehicle: { ready: true },
      });
    } finally {
      await backend.stop();
      t.remove();
    }
  }, 30_000);
});
