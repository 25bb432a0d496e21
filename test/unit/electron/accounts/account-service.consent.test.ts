// The customer list counts permissions by the consent screen's boxes and names the boxes the connection
// profile asks for that the customer left unticked (the page warns with them instead of "connected").
import { afterEach, describe, expect, it } from 'vitest';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { createBackend, type Backend } from '@main/app/backend';
import { MemoryVault } from '@main/infra/keychain';
import { tempDir } from '@test/support/temp-dir';

let backend: Backend | null = null;
let remove: (() => void) | null = null;
afterEach(async () => {
  await backend?.stop();
  remove?.();
});

/** The customer's browser, leaving the named boxes unticked on the consent form. */
const untick =
  (boxes: string[]): typeof fetch =>
  async (input, init) => {
    if (init?.method !== 'POST' || typeof init.body !== 'string') return fetch(input, init);
    const form = new URLSearchParams(init.body);
    const kept = form.getAll('scope').filter((s) => !boxes.includes(s));
    form.delete('scope');
    for (const s of kept) form.append('scope', s);
    return fetch(input, { ...init, body: form.toString() });
  };

async function connectWith(scenario: string, unticked: string[] = []) {
  const t = tempDir('tcd-consent-');
  remove = t.remove;
  backend = createBackend({ mode: 'demo', dataDir: t.dir, keychain: new MemoryVault(), demo: { scenario } });
  await backend.start();
  const call = { transport: 'browser' as const };
  const started = await backend.handlers['accounts:connect']({ way: 'own_app' }, call);
  await driveConsent(started.authorizeUrl, { fetch: untick(unticked) });
  return (await backend.handlers['accounts:list']({}, call)).accounts[0]!;
}

describe('account consent boxes', () => {
  it('all seven boxes ticked: nothing missing', async () => {
    const account = await connectWith('healthy');
    expect(account.consent).toEqual({ asked: expect.arrayContaining(['energy_cmds', 'user_data']), missing: [] });
    expect(account.consent?.asked).toHaveLength(7);
  });

  it('a box left unticked is named by its scope; the silent scopes never count as boxes', async () => {
    const account = await connectWith('healthy', ['energy_cmds']);
    expect(account.grantedScopes).not.toContain('energy_cmds');
    expect(account.consent?.missing).toEqual(['energy_cmds']);
    expect(account.consent?.asked).not.toContain('openid');
    expect(account.consent?.asked).not.toContain('offline_access');
  });
});
