// Every fix names who acts, and none tells the installer (who reads it) to ask the installer.
import { describe, expect, it } from 'vitest';
import { buildChecks as build } from '@shared/checklist/build-checks';
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import { allInEnglish } from '@test/support/english-checks';
import { CHECK_IDS } from '@shared/report/check-types';
import { en } from '@shared/text/en';
import { REQ } from '@shared/checklist/checklist-input';
import { CAUSE_CHECK_IDS } from '@shared/tesla/error-catalogue';
import { de } from '@shared/text/de';
import { answer, CAR, handInput, SITE } from '@test/support/checklist-input';

const buildChecks = (input: ChecklistInput) => allInEnglish(build(input));

const VIN = CAR.vin;
const INPUTS = [
  [
    answer(
      REQ.products,
      { error: 'Account x must be registered in the current region https://fleet-api.prd.eu.vn.cloud.tesla.com' },
      412,
    ),
  ],
  [answer(REQ.products, { error: 'account disabled: EXCEEDED_LIMIT' }, 403)],
  [answer(REQ.products, { error: 'token revoked' }, 401)],
  [answer(REQ.products, { response: [] }), answer(REQ.me, { response: { email: 'a@example.com' } })],
  [
    answer(REQ.products, { response: [SITE, { ...CAR, access_type: 'DRIVER', command_signing: 'off' }] }),
    answer(REQ.siteInfo('42'), {
      response: {
        default_real_mode: 'autonomous',
        components: {
          battery: true,
          non_export_configured: true,
          customer_preferred_export_rule: 'pv_only',
          disallow_charge_from_grid_with_solar_installed: true,
          edit_setting_grid_charging: false,
          edit_setting_energy_exports: false,
          edit_setting_permission_to_export: false,
          grid_services_enabled: true,
        },
      },
    }),
    answer(REQ.liveStatus('42'), { response: null, error: 'Too Many Requests' }, 429, { retryAfterSeconds: 60 }),
    answer(REQ.fleetStatus, {
      response: {
        key_paired_vins: [VIN],
        unpaired_vins: [VIN],
        vehicle_info: { [VIN]: { safety_screen_streaming_toggle_enabled: false } },
      },
    }),
  ],
];

describe('fixes', () => {
  it('every fix on every failing check names its actor, and never says "ask the installer"', () => {
    let fixes = 0;
    for (const responses of INPUTS) {
      for (const c of buildChecks(
        handInput(responses, { grantedScopes: ['openid', 'user_data', 'energy_device_data', 'vehicle_device_data'] }),
      )) {
        if (!c.fix) continue;
        fixes += 1;
        expect(c.fix.actor, `${c.id} ${c.fix.summary}`).toBeTruthy();
        expect([c.fix.summary, ...(c.fix.steps ?? [])].join(' '), c.id).not.toMatch(
          /ask (the|your) installer|ask tesla or the installer/i,
        );
      }
    }
    expect(fixes).toBeGreaterThan(15);
  });

  it('no catalogue text, English or German, sends the installer to the installer', () => {
    expect(JSON.stringify(en.checks)).not.toMatch(/ask (the|your) installer|ask tesla or the installer/i);
    expect(JSON.stringify(de.checks)).not.toMatch(/Installateur bitten|den Installateur \(oder/i);
  });

  it('every check the error catalogue points at exists', () => {
    for (const id of CAUSE_CHECK_IDS) expect(CHECK_IDS as readonly string[]).toContain(id);
  });
});
