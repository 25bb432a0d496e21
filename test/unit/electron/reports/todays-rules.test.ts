import { describe, expect, it } from 'vitest';
import { buildForExport } from '../../../../electron/reports/build-for-export';
import { compareChecks } from '../../../../electron/reports/compare-checks';
import { todaysRules } from '../../../../electron/reports/todays-rules';
import { sampleReport } from '../../../support/sample-report';

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
