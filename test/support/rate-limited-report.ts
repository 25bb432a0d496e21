// Test helper: a report the rules made at 15:27 Berlin time for an account whose every read Tesla answered 429
// with Retry-After 37,860 s (as the simulator's rate-limited-long): the reset is 01:58 the next morning.
import { buildReport } from '@main/checklist/build-report';
import { REQ } from '@shared/checklist/checklist-input';
import type { Report } from '@shared/report/report-schema';

export const RATE_LIMIT_ZONE = 'Europe/Berlin';
export const RATE_LIMIT_NOW = Date.parse('2026-12-05T14:27:00Z');

export function rateLimitedReport(): Report {
  return buildReport(
    {
      now: RATE_LIMIT_NOW,
      account: {
        id: 'acct-1',
        region: 'EU',
        grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'],
        accessTokenExpiresAt: RATE_LIMIT_NOW + 3600_000,
        hasRefreshToken: true,
      },
      profile: { partnerDomain: null },
      responses: [
        {
          request: REQ.products,
          status: 429,
          receivedAt: new Date(RATE_LIMIT_NOW).toISOString(),
          body: { error: 'Too Many Requests' },
          retryAfterSeconds: 37_860,
        },
      ],
    },
    { requests: 1, byClass: { data: 1, command: 0, wake: 0, auth: 0 }, estimatedCostUsd: 0.002 },
    { appVersion: '1.0.0' },
  );
}
