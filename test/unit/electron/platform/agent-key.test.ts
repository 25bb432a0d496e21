// Where the agent key comes from, and where it may travel.
import { describe, expect, it } from 'vitest';
import { agentKeyFor, agentKeyName, platformUrlProblem } from '@main/platform/agent-key';
import { MemoryVault } from '@main/infra/keychain';

describe('agentKeyFor', () => {
  it('TCD_PLATFORM_KEY first, then the keychain, then the demo key for a simulator on this computer only', async () => {
    const vault = new MemoryVault();
    const url = 'https://platform.example/api';
    expect(await agentKeyFor(url, { env: {}, keychain: vault })).toBeNull();
    await vault.set(agentKeyName(url), 'from-keychain');
    expect(await agentKeyFor(url, { env: {}, keychain: vault })).toBe('from-keychain');
    expect(await agentKeyFor(url, { env: { TCD_PLATFORM_KEY: ' from-env ' }, keychain: vault })).toBe('from-env');
    expect(await agentKeyFor('http://127.0.0.1:4000/platform', { env: {} })).toBe('demo-agent-key');
  });
});

describe('platformUrlProblem', () => {
  it('https anywhere, plain http only to this computer, never credentials in the address', () => {
    expect(platformUrlProblem('https://platform.example/api')).toBeNull();
    expect(platformUrlProblem('http://127.0.0.1:4000/platform')).toBeNull();
    expect(platformUrlProblem('http://platform.example/api')).toMatch(/https/);
    expect(platformUrlProblem('https://user:pw@platform.example')).toMatch(/user name/);
    expect(platformUrlProblem('not a url')).toMatch(/address/);
  });
});
