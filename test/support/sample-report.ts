// Test support: a report@1 document built from the public Fleet API samples (copied into test/fixtures),
// with issued tokens, an email and a VIN planted so redaction tests have something to find.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '@shared/report/report-schema';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(here, '../fixtures/tesla-public', name), 'utf8'));

export const SECRETS = {
  accessToken: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMzQiLCJzY3AiOlsib3BlbmlkIl19.c2lnbmF0dXJlLXBhcnQtb25l',
  refreshToken: 'NA_7d1c0a9f3b8e4c2a9d6f1e0b5c4a3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5',
  authCode: 'NA_4f1e2d3c4b5a69788796a5b4c3d2e1f0',
  clientSecret: 'ta-secret.Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2',
  email: 'jane.homeowner@example.com',
  fullName: 'Jane Homeowner',
  vin: 'LRW3F7EK4NC700000',
};

export function sampleReport(overrides: Partial<Report> = {}): Report {
  const t0 = Date.parse('2026-11-28T09:00:00Z');
  const samples = Array.from({ length: 21 }, (_, i) => ({
    t: i * 30,
    batteryW: i === 0 ? 0 : -3300,
    gridW: i === 0 ? 200 : 3500,
    solarW: 0,
    loadW: 200,
    socPercent: 40 + i * 0.4,
    timestamp: new Date(t0 + i * 30_000).toISOString(),
  }));
  return {
    schema: 'tesla-connect-doctor/report@1',
    generatedAt: '2026-11-28T09:15:00.000Z',
    app: { version: '0.1.0', profile: 'demo' },
    customerLabel: 'Job 4711 – Müller',
    account: { region: 'eu', grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'vehicle_device_data'] },
    checks: [
      {
        id: 'account.connection',
        subject: { kind: 'account', id: 'user-1234-abcd' },
        status: 'pass',
        title: 'Account connected',
        detail: 'Signed in; the access token is valid.',
        evidence: [{ source: 'access token', field: 'sub', value: 'user-1234-abcd' }],
      },
      {
        id: 'scope.energy_commands',
        subject: { kind: 'account', id: 'user-1234-abcd' },
        status: 'fail',
        title: 'Energy Product Commands not granted',
        detail: 'The consent box "Energy Product Commands" was left unticked.',
        evidence: [
          {
            source: 'access token',
            field: 'scp',
            value: ['openid', 'offline_access', 'energy_device_data', 'vehicle_device_data'],
          },
        ],
        fix: {
          summary: 'Reconnect and tick "Energy Product Commands".',
          steps: ['Press Reconnect.', 'Tick "Energy Product Commands" on Tesla’s consent screen.', 'Press Allow.'],
          links: [
            {
              label: 'Reconnect',
              url: 'https://auth.tesla.com/oauth2/v3/authorize?prompt_missing_scopes=true',
              kind: 'reconnect',
            },
          ],
          actor: 'customer',
        },
      },
      {
        id: 'energy.energy_exports',
        subject: { kind: 'energy_site', id: '123456', label: 'Energy Site' },
        status: 'warn',
        title: 'Energy Exports set to Solar',
        detail: 'The battery may not export to the grid.',
        evidence: [
          {
            source: 'GET /api/1/energy_sites/123456/site_info',
            field: 'components.customer_preferred_export_rule',
            value: 'pv_only',
          },
        ],
        fix: {
          summary: 'Set Energy Exports to Everything in the Tesla app.',
          steps: ['Tesla app > Powerwall > Settings > Energy Exports > Everything.'],
          links: [],
          actor: 'customer',
        },
      },
      {
        id: 'energy.grid_charging',
        subject: { kind: 'energy_site', id: '123456', label: 'Energy Site' },
        status: 'fail',
        title: 'Grid Charging is off',
        detail: 'The Powerwall may not charge from the grid.',
        evidence: [
          {
            source: 'GET /api/1/energy_sites/123456/site_info',
            field: 'components.disallow_charge_from_grid_with_solar_installed',
            value: true,
          },
          {
            source: 'GET /api/1/energy_sites/123456/site_info',
            field: 'components.batteries[0].serial_number',
            value: 'TG000000001DA5',
          },
        ],
        fix: {
          summary: 'Turn Grid Charging on.',
          steps: ['Tesla app > Powerwall > Settings > Grid Charging > Yes.'],
          links: [],
          actor: 'customer',
        },
      },
      {
        id: 'energy.permission_to_export',
        subject: { kind: 'energy_site', id: '123456', label: 'Energy Site' },
        status: 'unknown',
        title: 'Permission to Export not reported',
        detail: 'Tesla did not report this setting for the site.',
        evidence: [
          {
            source: 'GET /api/1/energy_sites/123456/site_info',
            field: 'components.non_export_configured',
            value: 'absent',
          },
        ],
      },
      {
        id: 'vehicle.virtual_key',
        subject: { kind: 'vehicle', id: SECRETS.vin, label: 'Test' },
        status: 'fail',
        title: 'Virtual key not paired',
        detail: `The platform's key is not on the car ${SECRETS.vin}.`,
        evidence: [{ source: 'POST /api/1/vehicles/fleet_status', field: 'unpaired_vins', value: [SECRETS.vin] }],
        fix: {
          summary: 'Pair the virtual key from the phone with the Tesla app.',
          steps: ['Open the link on the phone with the Tesla app, the car selected and online.'],
          links: [
            {
              label: 'Pair the key',
              url: `https://www.tesla.com/_ak/cdn.texturehq.com?vin=${SECRETS.vin}`,
              kind: 'pairing',
            },
          ],
          actor: 'customer',
        },
      },
    ],
    verdicts: {
      charge: {
        ready: false,
        blocking: ['scope.energy_commands@user-1234-abcd', 'energy.grid_charging@123456'],
        waiting: [],
      },
      discharge: { ready: false, blocking: ['scope.energy_commands@user-1234-abcd'], waiting: [] },
      vehicle: { ready: false, blocking: [`vehicle.virtual_key@${SECRETS.vin}`], waiting: [] },
    },
    testRuns: [
      {
        id: 'run-1',
        siteId: '123456',
        direction: 'charge',
        minutes: 10,
        gridInteraction: true,
        startedAt: new Date(t0).toISOString(),
        endedAt: new Date(t0 + 600_000).toISOString(),
        verdict: 'pass',
        reason: 'The battery charged at 3.3 kW; settings were restored.',
        settingsBefore: {
          backup_reserve_percent: 20,
          default_real_mode: 'self_consumption',
          customer_preferred_export_rule: 'pv_only',
          disallow_charge_from_grid_with_solar_installed: true,
        },
        settingsAfter: {
          backup_reserve_percent: 20,
          default_real_mode: 'self_consumption',
          customer_preferred_export_rule: 'pv_only',
          disallow_charge_from_grid_with_solar_installed: true,
        },
        restored: true,
        samples,
      },
    ],
    apiUsage: { requests: 7, byClass: { data: 5, command: 0, wake: 0, auth: 2 }, estimatedCostUsd: 0.01 },
    raw: [
      {
        request: 'POST https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token',
        status: 200,
        receivedAt: '2026-11-28T09:00:00.000Z',
        body: {
          access_token: SECRETS.accessToken,
          refresh_token: SECRETS.refreshToken,
          id_token: SECRETS.accessToken,
          expires_in: 28800,
          token_type: 'Bearer',
        },
      },
      {
        request: 'GET /api/1/users/me',
        status: 200,
        receivedAt: '2026-11-28T09:00:01.000Z',
        body: { response: { email: SECRETS.email, full_name: SECRETS.fullName } },
      },
      {
        request: 'GET /api/1/products',
        status: 200,
        receivedAt: '2026-11-28T09:00:02.000Z',
        body: fixture('products.json'),
      },
      {
        request: 'GET /api/1/energy_sites/123456/site_info',
        status: 200,
        receivedAt: '2026-11-28T09:00:03.000Z',
        body: fixture('site_info.json'),
      },
      {
        request: 'GET /api/1/energy_sites/123456/live_status',
        status: 200,
        receivedAt: '2026-11-28T09:00:04.000Z',
        body: fixture('live_status.json'),
      },
      {
        request: 'POST /api/1/vehicles/fleet_status',
        status: 200,
        receivedAt: '2026-11-28T09:00:05.000Z',
        body: {
          response: {
            key_paired_vins: [],
            unpaired_vins: [SECRETS.vin],
            vehicle_info: {
              [SECRETS.vin]: { firmware_version: '2024.14.30', vehicle_command_protocol_required: true },
            },
          },
        },
      },
    ],
    ...overrides,
  };
}
