// Settings and profiles: atomic, validated, a corrupt file kept aside (not lost), imports validated with
// clear errors, and no secret ever written to the settings file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryVault, UnavailableVault } from '@main/infra/keychain';
import { ProfileService } from '@main/profiles/profile-service';
import { tempDir } from '@test/support/temp-dir';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));
function dir() {
  const t = tempDir('tcd-settings-');
  cleanup.push(t.remove);
  return t.dir;
}

const tesla = {
  id: 'acme-solar',
  kind: 'tesla' as const,
  name: 'ACME Solar',
  clientId: 'abcdef12-3456-7890',
  redirectUri: 'http://127.0.0.1:8765/callback',
  partnerDomain: 'energy.acme-solar.example',
  credential: { type: 'secret' as const },
};

describe('connection profiles', () => {
  it('has the Demo profile by default and keeps Tesla profiles across restarts', async () => {
    const d = dir();
    const vault = new MemoryVault();
    const a = new ProfileService(d, vault);
    expect((await a.list()).activeProfileId).toBe('demo');
    a.save(tesla);
    a.select('acme-solar');
    const b = new ProfileService(d, vault);
    const list = await b.list();
    expect(list.activeProfileId).toBe('acme-solar');
    expect(list.profiles.map((p) => p.profile.id)).toEqual(['demo', 'acme-solar']);
    expect(list.profiles[1]).toMatchObject({ hasClientSecret: false, ready: false, missing: ['client_secret'] });
  });

  it('keeps the client secret in the keychain only, never in the settings file', async () => {
    const d = dir();
    const vault = new MemoryVault();
    const s = new ProfileService(d, vault);
    s.save(tesla);
    await s.setClientSecret('acme-solar', 'ta-secret.very-secret-value');
    expect((await s.list()).profiles[1]).toMatchObject({ hasClientSecret: true, ready: true });
    expect(readFileSync(path.join(d, 'settings.json'), 'utf8')).not.toContain('very-secret-value');
    expect(JSON.stringify(await s.list())).not.toContain('very-secret-value');
    expect(await s.clientSecret('acme-solar')).toBe('ta-secret.very-secret-value');
  });

  it('refuses to store a client secret without a keychain, and says why', async () => {
    const s = new ProfileService(dir(), new UnavailableVault('the keychain is locked.'));
    s.save(tesla);
    await expect(s.setClientSecret('acme-solar', 'ta-secret.abcdefgh')).rejects.toThrow(
      /not saved: the keychain is locked.*never written to a file/,
    );
  });

  it('moves a corrupt settings file aside, starts from defaults and says where the old one is', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'settings.json'), '{"version": 1, "activeProfileId": ');
    const s = new ProfileService(d, new MemoryVault());
    const list = await s.list();
    expect(list.activeProfileId).toBe('demo');
    expect(list.settingsRecovered?.problem).toMatch(/not valid JSON/);
    expect(existsSync(list.settingsRecovered!.keptAt)).toBe(true);
    expect(readFileSync(list.settingsRecovered!.keptAt, 'utf8')).toBe('{"version": 1, "activeProfileId": ');
    s.save(tesla);
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('moves aside a file with the wrong layout too', async () => {
    const d = dir();
    writeFileSync(
      path.join(d, 'settings.json'),
      JSON.stringify({ version: 1, activeProfileId: 'demo', demoCallback: 'carrier-pigeon', profiles: [] }),
    );
    const list = await new ProfileService(d, new MemoryVault()).list();
    expect(list.settingsRecovered?.problem).toMatch(/demoCallback/);
  });
});

describe('profile import', () => {
  it('imports a valid file (one profile or a list)', async () => {
    const s = new ProfileService(dir(), new MemoryVault());
    s.import(
      JSON.stringify({
        profiles: [
          tesla,
          {
            ...tesla,
            id: 'acme-broker',
            credential: { type: 'broker', brokerUrl: 'https://broker.acme.example/token' },
          },
        ],
      }),
    );
    s.import(JSON.stringify({ ...tesla, id: 'single' }));
    expect((await s.list()).profiles.map((p) => p.profile.id)).toEqual(['demo', 'acme-solar', 'acme-broker', 'single']);
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    [
      'a client secret in the file',
      JSON.stringify({ ...tesla, clientSecret: 'ta-secret.xyz' }),
      /contains a secret at "clientSecret"/,
    ],
    ['a bad redirect URI', JSON.stringify({ ...tesla, redirectUri: 'http://evil.example/cb' }), /redirectUri: must be/],
    [
      'a broker on plain http',
      JSON.stringify({ ...tesla, credential: { type: 'broker', brokerUrl: 'http://b.example' } }),
      /brokerUrl: must be an https/,
    ],
    ['an unknown field', JSON.stringify({ ...tesla, colour: 'red' }), /not imported/],
    [
      'a partner domain with a scheme',
      JSON.stringify({ ...tesla, partnerDomain: 'https://acme.example' }),
      /partnerDomain: must be a host name/,
    ],
    ['the reserved demo id', JSON.stringify({ ...tesla, id: 'demo' }), /id: the id "demo" is taken/],
    ['a duplicate id', JSON.stringify({ profiles: [tesla, tesla] }), /lists the id "acme-solar" twice/],
  ])('refuses %s with a clear error and changes nothing', async (_name, text, message) => {
    const d = dir();
    const s = new ProfileService(d, new MemoryVault());
    expect(() => s.import(text)).toThrow(message);
    expect((await s.list()).profiles).toHaveLength(1);
    expect(existsSync(path.join(d, 'settings.json'))).toBe(false);
  });
});

describe('an unreadable settings path', () => {
  it('says what to fix and moves nothing', async () => {
    const { mkdirSync } = await import('node:fs');
    const d = dir();
    mkdirSync(path.join(d, 'settings.json'));
    const s = new ProfileService(d, new MemoryVault());
    await expect(s.list()).rejects.toThrow(/could not be read. Check that it is a file/);
    expect(readdirSync(d)).toEqual(['settings.json']);
  });
});
