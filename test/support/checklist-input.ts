// Test helper: hand-made checklist inputs (one account, its answers as raw Fleet API responses).
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import type { RawResponse } from '@shared/report/report-schema';

export const NOW = Date.parse('2026-12-03T14:00:00Z');
export const ALL_SCOPES = [
  'openid',
  'offline_access',
  'user_data',
  'vehicle_device_data',
  'vehicle_location',
  'vehicle_cmds',
  'energy_device_data',
  'energy_cmds',
];

export function answer(request: string, body: unknown, status = 200, extra: Partial<RawResponse> = {}): RawResponse {
  return { request, status, receivedAt: new Date(NOW).toISOString(), body, ...extra };
}

export function handInput(responses: RawResponse[], over: Partial<ChecklistInput['account']> = {}): ChecklistInput {
  return {
    now: NOW,
    account: {
      id: 'acct-1',
      region: 'EU',
      grantedScopes: ALL_SCOPES,
      accessTokenExpiresAt: NOW + 3600_000,
      hasRefreshToken: true,
      ...over,
    },
    profile: { partnerDomain: 'partner.example' },
    responses,
  };
}

export const SITE = {
  energy_site_id: 42,
  resource_type: 'battery',
  site_name: 'Home',
  components: { battery: true, solar: true, grid: true },
};
export const CAR = {
  id: 1,
  vin: '5YJ3E1EB1PF310013',
  display_name: 'Blue',
  state: 'online',
  access_type: 'OWNER',
  command_signing: 'required',
};
