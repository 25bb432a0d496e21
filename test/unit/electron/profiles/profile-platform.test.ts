// A Tesla profile that goes through a platform: its address and name in settings.json, the agent key in the
// keychain only (the entry the headless tool reads), never in the list the page gets or in the file;
// "Test the platform" against the simulator's demo platform and fakes, one plain outcome per failure; the
// account service reaches customers through it; the way in each profile uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { agentKeyName } from '@main/platform/agent-key';
import { PlatformError } from '@main/platform/platform-client';
import { ProfileService } from '@main/profiles/profile-service';
import { profileWay } from '@main/profiles/profile-platform';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { TeslaProfileSchema, type TeslaProfile } from '@shared/contract/areas/profiles';
import { tempDir } from '@test/support/temp-dir';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ scenario: 'healthy', speed: 0, platform: true });
});
afterAll(() => sim.close());

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));
function dir() {
  const t = tempDir('tcd-profile-platform-');
  cleanup.push(t.remove);
  return t.dir;
}

const KEY = 'agent-key-of-someone.0123456789';
const profileAt = (url: string): TeslaProfile => ({
  id: 'acme',
  kind: 'tesla',
  name: 'ACME Solar',
  clientId: 'abcdef12-3456-7890',
  redirectUri: 'http://127.0.0.1:8765/callback',
  partnerDomain: 'energy.acme-solar.example',
  credential: { type: 'secret' },
  way: 'platform',
  platform: { url, name: 'ACME Energy' },
});

describe('the profile form’s platform and agent key', () => {
  it('keeps the agent key in the keychain under the platform’s host, never in the file or the page’s list', async () => {
    const d = dir();
    const vault = new MemoryVault();
    const s = new ProfileService(d, vault);
    s.save(profileAt('https://platform.acme.example/api'));
    expect((await s.list()).profiles[1]).toMatchObject({
      way: 'platform',
      hasAgentKey: false,
      ready: false,
      missing: ['agent_key'],
    });

    await s.setAgentKey('acme', `  ${KEY} `);
    expect(await vault.get(agentKeyName('https://platform.acme.example/api'))).toBe(KEY);
    const list = await s.list();
    // Through the platform no sign-in happens: the missing client secret does not block the profile.
    expect(list.profiles[1]).toMatchObject({ hasAgentKey: true, ready: true, missing: [] });
    expect(JSON.stringify(list)).not.toContain(KEY);
    expect(readFileSync(path.join(d, 'settings.json'), 'utf8')).not.toContain(KEY);

    await s.clearAgentKey('acme');
    expect((await s.list()).profiles[1]).toMatchObject({ hasAgentKey: false, missing: ['agent_key'] });
  });

  it('removing the profile removes its key, unless another profile uses the same platform', async () => {
    const vault = new MemoryVault();
    const s = new ProfileService(dir(), vault);
    const url = 'https://platform.acme.example/api';
    s.save(profileAt(url));
    s.save({ ...profileAt(`${url}/`), id: 'acme-2' });
    await s.setAgentKey('acme', KEY);
    await s.remove('acme');
    expect(await vault.get(agentKeyName(url))).toBe(KEY);
    await s.remove('acme-2');
    expect(await vault.get(agentKeyName(url))).toBeNull();
  });

  it('refuses a key for a profile without a platform', async () => {
    const s = new ProfileService(dir(), new MemoryVault());
    s.save({ ...profileAt('https://p.example/api'), way: 'own_app', platform: undefined });
    await expect(s.setAgentKey('acme', KEY)).rejects.toThrow(/does not go through a platform/);
  });

  it('a profile through the platform needs the platform’s address; plain http only to this computer', () => {
    const base = profileAt('https://p.example/api');
    expect(TeslaProfileSchema.safeParse({ ...base, platform: undefined }).success).toBe(false);
    expect(
      TeslaProfileSchema.safeParse({ ...base, platform: { url: 'http://p.example/api', name: 'P' } }).success,
    ).toBe(false);
    expect(
      TeslaProfileSchema.safeParse({ ...base, platform: { url: 'https://u:p@p.example/api', name: 'P' } }).success,
    ).toBe(false);
    expect(
      TeslaProfileSchema.safeParse({ ...base, platform: { url: 'http://127.0.0.1:4000/platform', name: 'P' } }).success,
    ).toBe(true);
    expect(TeslaProfileSchema.safeParse({ ...base, way: 'replace', platform: undefined }).success).toBe(true);
  });

  it('names the way in each profile uses', () => {
    const base = profileAt('https://p.example/api');
    expect(profileWay({ id: 'demo', kind: 'demo', name: 'Demo', callback: 'loopback' })).toBe('platform');
    expect(profileWay(base)).toBe('platform');
    expect(profileWay({ ...base, way: 'own_app' })).toBe('own_app');
    const { way: _way, platform: _platform, ...legacy } = base;
    expect(profileWay(legacy)).toBeUndefined();
  });
});

describe('Test the platform', () => {
  async function outcomeWith(key: string | null, url = sim.platform!.baseUrl, fetchImpl?: typeof fetch) {
    const s = new ProfileService(dir(), new MemoryVault(), {}, fetchImpl);
    s.save(profileAt(url));
    if (key) await s.setAgentKey('acme', key);
    return s.testPlatform('acme');
  }
  const host = () => new URL(sim.platform!.baseUrl).host;

  it('the right key: ok', async () => {
    expect(await outcomeWith(sim.platform!.agentKey)).toEqual({ outcome: 'ok', host: host() });
  });

  it('a wrong key: 401, said as such (the platform’s administrator gives a new one)', async () => {
    expect(await outcomeWith('not-the-agent-key')).toEqual({ outcome: 'key_invalid', host: host() });
  });

  it('no key stored: said before any call', async () => {
    let called = false;
    const r = await outcomeWith(null, 'https://p.example/api', () => {
      called = true;
      return Promise.resolve(new Response('{}'));
    });
    expect(r).toEqual({ outcome: 'no_key', host: 'p.example' });
    expect(called).toBe(false);
  });

  it('nothing listening: unreachable', async () => {
    expect((await outcomeWith(KEY, 'http://127.0.0.1:9/platform')).outcome).toBe('unreachable');
  });

  it('a web server that is not a platform: not_platform, with its status', async () => {
    expect(await outcomeWith(KEY, `${sim.origin}/not-a-platform`)).toMatchObject({
      outcome: 'not_platform',
      status: 404,
    });
    const html = () => Promise.resolve(new Response('<html>hello</html>', { status: 200 }));
    expect(await outcomeWith(KEY, 'https://www.example.com', html)).toMatchObject({
      outcome: 'not_platform',
      status: 0,
    });
  });

  it('a key without the right: forbidden', async () => {
    const refused = () => Promise.resolve(new Response('{"error":"forbidden"}', { status: 403 }));
    expect((await outcomeWith(KEY, 'https://p.example/api', refused)).outcome).toBe('forbidden');
  });
});

describe('the platform client of a profile', () => {
  it('reads the key from the keychain at each call, and says plainly when none is stored', async () => {
    const s = new ProfileService(dir(), new MemoryVault());
    s.save(profileAt(sim.platform!.baseUrl));
    const platform = s.platformClient('acme')!;
    expect(platform.name).toBe('ACME Energy');
    const refused = await platform.client.findCustomers('c-0001').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PlatformError);
    expect((refused as PlatformError).text.key).toBe('errors.platform_key_missing');
    await s.setAgentKey('acme', sim.platform!.agentKey);
    expect((await platform.client.findCustomers('c-0001')).map((c) => c.ref)).toEqual(['c-0001']);
  });
});
