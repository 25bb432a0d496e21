// The terminal checklist: problems first, grouped by who fixes them (shared/checklist/problems.ts), passing
// items folded into one line; in English by default, in German on request.
import { describe, expect, it } from 'vitest';
import { buildReport } from '@main/checklist/build-report';
import { formatReportText } from '@main/checklist/format-text';
import { REQ } from '@shared/checklist/checklist-input';
import type { Report } from '@shared/report/report-schema';
import { sampleReport } from '@test/support/sample-report';
import { mixedChecks as checks } from '@test/support/mixed-checks';

const NOW = Date.parse('2024-01-01T00:05:00Z');
const raw = (request: string, body: unknown, status = 200) => ({
  request,
  status,
  receivedAt: new Date(NOW).toISOString(),
  body,
});

/** A report the rules made: a site whose Grid Charging is off. */
const report = buildReport(
  {
    now: NOW,
    account: {
      id: 'acct-1',
      region: 'EU',
      grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'],
      accessTokenExpiresAt: NOW + 3600_000,
      hasRefreshToken: true,
    },
    profile: { partnerDomain: null },
    responses: [
      raw(REQ.products, {
        response: [{ energy_site_id: 1, resource_type: 'battery', components: { battery: true } }],
        count: 1,
      }),
      raw(REQ.siteInfo('1'), {
        response: { id: 'x', components: { battery: true, disallow_charge_from_grid_with_solar_installed: true } },
      }),
      raw(REQ.liveStatus('1'), { response: { timestamp: new Date(NOW).toISOString(), percentage_charged: 50 } }),
    ],
  },
  { requests: 3, byClass: { data: 3, command: 0, wake: 0, auth: 0 }, estimatedCostUsd: 0.006 },
  { appVersion: '1.0.0' },
);

describe('formatReportText', () => {
  it('prints the checks and fixes in English by default', () => {
    const text = formatReportText(report);
    expect(text).toMatch(/^Ready to charge the battery from the grid: NO \(blocked by /);
    expect(text).toMatch(/\nReady to discharge the battery to the grid: /);
    expect(text).toContain('[FAIL   ] Grid Charging: No  (energy.grid_charging@1;');
    expect(text).toContain('Fix: In the Tesla app: Settings > Grid Charging > Yes');
    expect(text).toContain('Fleet API requests: 3 (data 3, commands 0, wakes 0), estimated cost $0.006');
  });

  it('prints them in German with language de', () => {
    const text = formatReportText(report, 'de');
    expect(text).toMatch(/^Bereit, den Speicher aus dem Netz zu laden: NEIN \(verhindert durch /);
    expect(text).toContain('[FEHLER ] Netzladen: Nein  (energy.grid_charging@1;');
    expect(text).toContain('Behebung: In der Tesla-App: Einstellungen > Laden aus dem Netz > Ja');
    // German decimals, the sign after the amount.
    expect(text).toMatch(/Weckvorgänge 0\), geschätzte Kosten 0,006\s\$$/);
  });

  it('prints an old report’s English sentences as written', () => {
    const old = sampleReport();
    expect(formatReportText(old, 'de')).toContain(old.checks[0]!.title!);
  });
});

describe('formatReportText, problems first', () => {
  it('prints "N things to fix" grouped by who fixes them, then the passes on one line', () => {
    const r = {
      checks,
      apiUsage: { requests: 3, byClass: { data: 3, command: 0, wake: 0, auth: 0 }, estimatedCostUsd: 0 },
    } as unknown as Report;
    const text = formatReportText(r);
    const lines = text.split('\n');
    expect(lines).toContain('4 things to fix');
    expect(text.indexOf('== You on site')).toBeLessThan(text.indexOf('== The customer in the Tesla app'));
    expect(text.indexOf('== The customer in the Tesla app')).toBeLessThan(text.indexOf('== The platform'));
    expect(text.indexOf('Energy Exports: off')).toBeLessThan(text.indexOf('Grid Charging limited'));
    expect(lines.filter((l) => l.includes('Site answers'))).toEqual([
      '2 checks passed (1 not applicable): Site answers; Powerwall present',
    ]);
  });
});
