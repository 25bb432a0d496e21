// Main process (plain Node). A Tesla profile's platform: which way in the profile uses, a platform client
// whose agent key is read from the keychain at each call (so a key replaced in Settings counts at once and
// none is held in memory longer than a request), and "Test the platform" that says plainly what is wrong.
import type { ConnectWay } from '@shared/contract/areas/accounts';
import type { PlatformTest, Profile, TeslaProfile } from '@shared/contract/areas/profiles';
import { createPlatformClient, PlatformError, type PlatformClient } from '@main/platform/platform-client';

/** The way in a profile uses: the Demo profile goes through its demo platform; an unnamed Tesla one signs in. */
export function profileWay(profile: Profile): ConnectWay | undefined {
  if (profile.kind === 'demo') return 'platform';
  return profile.way;
}

/** The profile's platform when it goes through one (its address and name), else null. */
export function profilePlatform(profile: Profile): { url: string; name: string } | null {
  if (profile.kind !== 'tesla' || profile.way !== 'platform' || !profile.platform) return null;
  return profile.platform;
}

/**
 * A client of `platform.url` that asks `agentKey()` before every call. No key stored: every call fails with
 * `platform_key_missing` (who acts: whoever sets up the laptop types the key in Settings).
 */
export function keychainPlatformClient(
  baseUrl: string,
  agentKey: () => Promise<string | null>,
  fetchImpl?: typeof fetch,
): PlatformClient {
  const withKey = async (): Promise<PlatformClient> => {
    const key = await agentKey();
    if (!key) throw new PlatformError('platform_key_missing', {}, 401, 'no_key');
    return createPlatformClient({ baseUrl, agentKey: key, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  };
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    findCustomers: async (query) => (await withKey()).findCustomers(query),
    listCustomers: async (cursor, limit) => (await withKey()).listCustomers(cursor, limit),
    getCustomer: async (ref) => (await withKey()).getCustomer(ref),
    borrowAccessToken: async (ref) => (await withKey()).borrowAccessToken(ref),
    authorizeParams: async () => (await withKey()).authorizeParams(),
    connectForPlatform: async (ref, handover) => (await withKey()).connectForPlatform(ref, handover),
    takeSiteLease: async (id, holder, ttl) => (await withKey()).takeSiteLease(id, holder, ttl),
    renewSiteLease: async (id, leaseId, ttl) => (await withKey()).renewSiteLease(id, leaseId, ttl),
    releaseSiteLease: async (id, leaseId) => (await withKey()).releaseSiteLease(id, leaseId),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 100);
  }
}

/**
 * Calls the platform's `GET /v1/authorize` (the first thing connecting for the platform needs; any agent
 * key with the right to connect may read it) and sorts the answer into what the page says.
 */
export async function testProfilePlatform(
  profile: TeslaProfile,
  agentKey: string | null,
  fetchImpl?: typeof fetch,
): Promise<PlatformTest> {
  const platform = profilePlatform(profile);
  if (!platform) return { outcome: 'no_platform', host: '' };
  const host = hostOf(platform.url);
  if (!agentKey) return { outcome: 'no_key', host };
  const client = createPlatformClient({
    baseUrl: platform.url,
    agentKey,
    timeoutMs: 10_000,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  try {
    await client.authorizeParams();
    return { outcome: 'ok', host };
  } catch (error) {
    if (!(error instanceof PlatformError)) return { outcome: 'not_platform', host, status: 0 };
    if (error.code === 'unreachable') return { outcome: 'unreachable', host };
    if (error.status === 401) return { outcome: 'key_invalid', host };
    if (error.status === 403) return { outcome: 'forbidden', host };
    // A 404, an HTML page, JSON of another shape: whatever answers there is not a platform connection API.
    return { outcome: 'not_platform', host, status: error.code === 'unreadable' ? 0 : error.status };
  }
}
