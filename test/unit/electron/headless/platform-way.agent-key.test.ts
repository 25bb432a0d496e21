// The agent key a headless command sends to the platform: the one the app's profile form kept in the OS
// keychain is found even when the command keeps the customer's tokens for this session only (an in-memory
// keychain, as diagnose, connect and test-charge --platform compose); TCD_PLATFORM_KEY still wins.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { platformClientFor } from '@main/headless/platform-way';
import { MemoryVault } from '@main/infra/keychain';
import { agentKeyName } from '@main/platform/agent-key';

const PLATFORM = 'https://platform.example/platform';

/** A fetch that notes the Authorization header and answers the authorize parameters. */
function recording() {
  const sent: string[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    sent.push(new Headers(init?.headers).get('authorization') ?? '');
    return new Response(
      JSON.stringify({
        clientId: 'platform-client',
        authorizeUrl: 'https://auth.tesla.com/oauth2/v3/authorize',
        scopes: ['openid'],
        redirectUri: 'https://platform.example/callback',
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  }) as unknown as typeof globalThis.fetch;
  return { sent, fetch };
}

afterEach(() => vi.unstubAllEnvs());

describe('platformClientFor: where the agent key comes from', () => {
  it('a session-only command finds the key the app kept in the OS keychain', async () => {
    vi.stubEnv('TCD_PLATFORM_KEY', '');
    const os = new MemoryVault();
    await os.set(agentKeyName(PLATFORM), 'agent-key-from-the-os-keychain');
    const { sent, fetch } = recording();
    const client = await platformClientFor(
      'diagnose',
      PLATFORM,
      { keychain: new MemoryVault() },
      {
        fetch,
        osKeychain: () => os,
      },
    );
    await client.authorizeParams();
    expect(sent).toEqual(['Bearer agent-key-from-the-os-keychain']);
  });

  it('TCD_PLATFORM_KEY wins over both keychains; with no key anywhere the command says so', async () => {
    vi.stubEnv('TCD_PLATFORM_KEY', 'agent-key-from-env');
    const os = new MemoryVault();
    await os.set(agentKeyName(PLATFORM), 'agent-key-from-the-os-keychain');
    const { sent, fetch } = recording();
    const client = await platformClientFor(
      'diagnose',
      PLATFORM,
      { keychain: new MemoryVault() },
      {
        fetch,
        osKeychain: () => os,
      },
    );
    await client.authorizeParams();
    expect(sent).toEqual(['Bearer agent-key-from-env']);

    vi.stubEnv('TCD_PLATFORM_KEY', '');
    await expect(
      platformClientFor('diagnose', PLATFORM, { keychain: new MemoryVault() }, { osKeychain: () => new MemoryVault() }),
    ).rejects.toThrow(/platform\.example/);
  });
});
