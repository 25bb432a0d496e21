import { describe, expect, it } from 'vitest';
import { buildChecks as build, verdicts } from '@shared/checklist/build-checks';
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import { allInEnglish } from '@test/support/english-checks';
import { REQ } from '@shared/checklist/checklist-input';
import { answer, handInput, SITE } from '@test/support/checklist-input';

const buildChecks = (input: ChecklistInput) => allInEnglish(build(input));

const SCHEDULE = { optimization_strategy: 'economics', schedule: [{ target: 'off_peak' }, { target: 'peak' }] };
function site(
  info: Record<string, unknown>,
  live: Record<string, unknown> = {},
  extra: ReturnType<typeof answer>[] = [],
) {
  const responses = [
    answer(REQ.products, { response: [SITE] }),
    answer(REQ.siteInfo('42'), { response: { backup_reserve_percent: 20, components: { battery: true }, ...info } }),
    answer(REQ.liveStatus('42'), {
      response: { percentage_charged: 50, island_status: 'on_grid', timestamp: '2026-12-03T13:59:00Z', ...live },
    }),
    ...extra,
  ];
  return buildChecks(handInput(responses));
}
const get = (checks: ReturnType<typeof buildChecks>, id: string) => checks.find((c) => c.id === id);

describe('energy.tariff_and_mode', () => {
  it('Time-Based Control without a rate plan fails, with the customer’s Tesla-app path, and blocks the battery verdict', () => {
    const checks = site({ default_real_mode: 'autonomous' });
    expect(get(checks, 'energy.tariff_and_mode')).toMatchObject({
      status: 'fail',
      text: { key: 'tariff.tbc_no_tariff' },
      fix: { actor: 'customer' },
    });
    expect((get(checks, 'energy.tariff_and_mode')?.fix?.steps ?? []).join(' ')).toMatch(/Utility Rate Plan/);
    expect(verdicts(checks).discharge.blocking).toContain('energy.tariff_and_mode@42');
  });

  it('a 410 on operation is Tesla refusing Time-Based Control for want of a tariff', () => {
    const refused = answer('POST /api/1/energy_sites/42/operation', { response: null, error: '' }, 410);
    expect(
      get(
        site({ default_real_mode: 'self_consumption', tou_settings: SCHEDULE }, {}, [refused]),
        'energy.tariff_and_mode',
      ),
    ).toMatchObject({ status: 'fail', text: { key: 'tariff.refused' } });
  });

  it('Time-Based Control with a plan passes with its periods as evidence', () => {
    const c = get(site({ default_real_mode: 'autonomous', tou_settings: SCHEDULE }), 'energy.tariff_and_mode');
    expect(c).toMatchObject({ status: 'pass', text: { key: 'tariff.tbc_ok', params: { periods: 'off_peak, peak' } } });
    expect(c?.evidence.map((e) => e.field)).toContain('default_real_mode');
  });

  it('no period where exporting pays warns', () => {
    const tariff = {
      seasons: { Summer: { tou_periods: { PEAK: [], OFF_PEAK: [] } } },
      sell_tariff: { energy_charges: { Summer: { rates: { PEAK: 0, OFF_PEAK: 0 } } } },
    };
    expect(
      get(site({ default_real_mode: 'autonomous', tariff_content_v2: tariff }), 'energy.tariff_and_mode'),
    ).toMatchObject({ status: 'warn', text: { key: 'tariff.no_export_value' } });
    const paying = { ...tariff, sell_tariff: { energy_charges: { Summer: { rates: { PEAK: 0.12, OFF_PEAK: 0 } } } } };
    expect(
      get(site({ default_real_mode: 'autonomous', tariff_content_v2: paying }), 'energy.tariff_and_mode')?.status,
    ).toBe('pass');
  });

  it('Self-Powered never exports: fine with a plan (the platform can switch), a warning without one; Backup warns', () => {
    expect(
      get(site({ default_real_mode: 'self_consumption', tou_settings: SCHEDULE }), 'energy.tariff_and_mode'),
    ).toMatchObject({ status: 'pass', text: { key: 'tariff.self_powered' } });
    expect(
      get(site({ default_real_mode: 'self_consumption', tou_settings: SCHEDULE }), 'energy.tariff_and_mode')?.detail,
    ).toMatch(/never exports/);
    expect(get(site({ default_real_mode: 'self_consumption' }), 'energy.tariff_and_mode')).toMatchObject({
      status: 'warn',
      text: { key: 'tariff.self_powered_no_tariff' },
    });
    expect(get(site({ default_real_mode: 'backup', tou_settings: SCHEDULE }), 'energy.tariff_and_mode')).toMatchObject({
      status: 'warn',
      text: { key: 'tariff.backup' },
    });
  });

  it('no battery: not applicable; site_info unread: unknown', () => {
    expect(
      get(site({ default_real_mode: 'autonomous', components: { battery: false } }), 'energy.tariff_and_mode')?.status,
    ).toBe('not_applicable');
    const checks = buildChecks(
      handInput([
        answer(REQ.products, { response: [SITE] }),
        answer(REQ.siteInfo('42'), null, 503),
        answer(REQ.liveStatus('42'), { response: {} }),
      ]),
    );
    expect(get(checks, 'energy.tariff_and_mode')?.status).toBe('unknown');
  });
});

describe('energy.grid_services (split out of command readiness)', () => {
  it('enrolled warns (events override the settings); an event now warns and waits; neither passes', () => {
    const base = { default_real_mode: 'autonomous', tou_settings: SCHEDULE };
    expect(
      get(site({ ...base, components: { battery: true, grid_services_enabled: true } }), 'energy.grid_services'),
    ).toMatchObject({ status: 'warn', text: { key: 'grid_services.enrolled' }, fix: { actor: 'customer' } });
    const active = site(
      { ...base, components: { battery: true, grid_services_enabled: true } },
      { grid_services_active: true },
    );
    expect(get(active, 'energy.grid_services')).toMatchObject({
      status: 'warn',
      text: { key: 'grid_services.active' },
      fix: { actor: 'wait' },
    });
    // Readiness no longer repeats the event: grid_services owns it.
    expect(get(active, 'energy.command_readiness')?.status).toBe('pass');
    expect(get(site(base), 'energy.grid_services')).toMatchObject({
      status: 'pass',
      text: { key: 'grid_services.off', params: { value: 'absent' } },
    });
  });
});
