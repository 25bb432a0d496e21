// Issue 23: Time-Based Control's first 7 days after installation ("needs 7 days of data") is an expected,
// time-bound state: waiting, with the day it ends, never a failure to fix. The installation date is site_info's
// `installation_date` (Tesla's public sample carries it); the 7 days are the Tesla app's own words (inferred).
import { describe, expect, it } from 'vitest';
import { buildChecks as build, verdicts } from '@shared/checklist/build-checks';
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import { allInEnglish } from '@test/support/english-checks';
import { REQ } from '@shared/checklist/checklist-input';
import { answer, handInput, NOW, SITE } from '@test/support/checklist-input';
import { problemsByFixer, toFixCount } from '@shared/checklist/problems';

const buildChecks = (input: ChecklistInput) => allInEnglish(build(input));
const DAY = 86_400_000;

function site(info: Record<string, unknown>) {
  return buildChecks(
    handInput([
      answer(REQ.products, { response: [SITE] }),
      answer(REQ.siteInfo('42'), {
        response: {
          backup_reserve_percent: 20,
          components: {
            battery: true,
            customer_preferred_export_rule: 'battery_ok',
            disallow_charge_from_grid_with_solar_installed: false,
          },
          ...info,
        },
      }),
      answer(REQ.liveStatus('42'), {
        response: { percentage_charged: 50, island_status: 'on_grid', timestamp: '2026-12-03T13:59:00Z' },
      }),
    ]),
  );
}
const tbc = (checks: ReturnType<typeof buildChecks>) => checks.find((c) => c.id === 'energy.tariff_and_mode')!;
const installed = (daysAgo: number) => new Date(NOW - daysAgo * DAY).toISOString().replace('.000Z', '+00:00');

const PLAN = { tou_settings: { schedule: [{ target: 'off_peak' }, { target: 'peak' }] } };

describe('Time-Based Control in its first 7 days', () => {
  it('installed 2 days ago, under Time-Based Control with a rate plan: waiting (not fail), with the day it ends', () => {
    const checks = site({ default_real_mode: 'autonomous', ...PLAN, installation_date: installed(2) });
    const c = tbc(checks);
    expect(c.status).toBe('warn');
    expect(c.waiting).toBe(true);
    expect(c.text?.key).toBe('tariff.first_week');
    expect(c.fix?.actor).toBe('wait');
    expect(c.title).toMatch(/7 days of data/);
    // The day it ends: installation + 7 days.
    expect(c.text?.params.ready).toBe(new Date(NOW + 5 * DAY).toISOString().slice(0, 10));
    expect(`${c.title ?? ''} ${c.detail ?? ''}`).toMatch(/inferred/);
    const v = verdicts(checks);
    expect(v.discharge.blocking).not.toContain('energy.tariff_and_mode@42');
    expect(v.discharge.waiting).toContain('energy.tariff_and_mode@42');
    // Nothing to fix today: listed under waiting, not counted.
    expect(toFixCount(problemsByFixer(checks.filter((x) => x.id === 'energy.tariff_and_mode')))).toBe(0);
  });

  it('installed 10 days ago, or no installation date: judged as before (passes)', () => {
    const c = tbc(site({ default_real_mode: 'autonomous', ...PLAN, installation_date: installed(10) }));
    expect(c.status).toBe('pass');
    expect(c.waiting).toBeUndefined();
    expect(tbc(site({ default_real_mode: 'autonomous', ...PLAN })).status).toBe('pass');
  });

  it('a missing rate plan is fixable today, first week or not: it still fails', () => {
    expect(tbc(site({ default_real_mode: 'autonomous', installation_date: installed(2) })).status).toBe('fail');
  });

  it('a healthy Self-Powered site in its first week still passes (nothing waits on Time-Based Control)', () => {
    const c = tbc(
      site({
        default_real_mode: 'self_consumption',
        installation_date: installed(1),
        tou_settings: { schedule: [{ target: 'off_peak' }] },
      }),
    );
    expect(c.status).toBe('pass');
  });
});
