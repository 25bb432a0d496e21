// Test helper: a Fleet API that answers each path with a canned body (or a Response made on demand, e.g. an
// endless stream), and a session for it, so the client, gathering and rules can meet answers the simulator
// would never send: junk in a valid envelope, bodies far past any real size.
import type { FleetSession } from '@main/fleet/fleet-session';

/** Tesla's own host (the client sends a token nowhere else); the fake fetch never leaves this process. */
export const FAKE_API = 'https://fleet-api.prd.na.vn.cloud.tesla.com';

export type FakeAnswer = string | object | (() => Response);

/** Answers by path suffix (`/api/1/products`, `/site_info`, …); anything else is a 404. */
export function fakeFleetFetch(answers: Record<string, FakeAnswer>): typeof fetch {
  return async (input) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const key = Object.keys(answers).find((k) => url.pathname.endsWith(k));
    const answer = key === undefined ? undefined : answers[key];
    if (answer === undefined) return new Response('{"error":"not_found"}', { status: 404 });
    if (typeof answer === 'function') return answer();
    return new Response(typeof answer === 'string' ? answer : JSON.stringify(answer), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
}

export function fakeSession(
  scopes = ['openid', 'offline_access', 'energy_device_data', 'energy_cmds', 'vehicle_device_data'],
): FleetSession {
  return {
    accountId: 'fake-account',
    region: 'NA',
    apiBase: FAKE_API,
    trustedApiOrigins: [],
    grantedScopes: scopes,
    hasRefreshToken: true,
    accessTokenExpiresAt: Date.now() + 3_600_000,
    tokenProvider: { getAccessToken: async () => 'fake-token', onUnauthorized: async () => {} },
  };
}

/** A body of `totalBytes` made chunk by chunk as it is read: nothing near that size is ever held. */
export function endlessBody(
  totalBytes: number,
  chunkBytes = 1 << 20,
): { stream: ReadableStream<Uint8Array>; sent: () => number } {
  const chunk = new Uint8Array(chunkBytes).fill(0x61);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) {
        controller.close();
        return;
      }
      const n = Math.min(chunkBytes, totalBytes - sent);
      sent += n;
      controller.enqueue(n === chunkBytes ? chunk : chunk.subarray(0, n));
    },
  });
  return { stream, sent: () => sent };
}
