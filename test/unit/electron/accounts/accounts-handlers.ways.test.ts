// The accounts: handlers' ways in on the Demo profile, whose embedded simulator runs the demo platform:
// through the platform borrows (no sign-in, the platform stays connected, the checklist runs); a sign-in
// under the platform's client without a confirmed replace is refused before anything opens; confirmed, it
// signs the customer out of the platform.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { createBackend, type Backend } from '@main/app/backend';
import { tempDir } from '@test/support/temp-dir';

let backend: Backend | null = null;
let remove: (() => void) | null = null;
afterEach(async () => {
  await backend?.stop();
  backend = null;
  remove?.();
});

const call = { transport: 'electron' as const };

async function start() {
  const t = tempDir('tcd-ways-');
  remove = t.remove;
  const opened: string[] = [];
  backend = createBackend({
    mode: 'demo',
    dataDir: t.dir,
    keychain: new MemoryVault(),
    openExternal: async (url) => void opened.push(url),
  });
  await backend.start();
  const sim = backend.context.simulator();
  if (!sim) throw new Error('the embedded simulator did not start');
  const alive = async () => {
    const res = await fetch(`${sim.origin}/__sim/platform/customers`);
    const body = (await res.json()) as { customers: { ref: string; connectionAlive: boolean }[] };
    return body.customers.find((c) => c.ref === 'c-0001')?.connectionAlive;
  };
  return { b: backend, opened, alive };
}

describe('accounts handlers: the ways in', () => {
  it('the Demo profile offers the three ways, through its demo platform first', async () => {
    const { b } = await start();
    const list = await b.handlers['accounts:list']({}, call);
    expect(list.connectWays).toEqual({ ways: ['platform', 'own_app', 'replace'], platform: 'Demo Energy' });
  });

  it('through the platform: borrows for the customer, opens no browser, and the platform stays connected', async () => {
    const { b, opened, alive } = await start();
    const { accountId } = await b.handlers['accounts:connectThroughPlatform'](
      { customer: 'c-0001', label: 'Rivera' },
      call,
    );
    const list = await b.handlers['accounts:list']({}, call);
    expect(list.accounts).toMatchObject([
      { id: accountId, label: 'Rivera', way: 'platform', platformRef: 'c-0001', sessionOnly: true },
    ]);
    const report = await b.handlers['checklist:run']({ accountId }, call);
    expect(report.checks.length).toBeGreaterThan(0);
    expect(opened).toEqual([]);
    expect(await alive()).toBe(true);
  });

  it('a sign-in under the platform’s client is refused with the sentence unless confirmed: nothing opens', async () => {
    const { b, opened, alive } = await start();
    for (const args of [{ label: 'Rivera' }, { label: 'Rivera', way: 'replace' as const }]) {
      await expect(b.handlers['accounts:connect'](args, call)).rejects.toThrow(
        'This signs Rivera out of Demo Energy until they reconnect there.',
      );
    }
    expect(opened).toEqual([]);
    expect(b.context.accounts.flow.pending.all()).toEqual([]);
    expect(await alive()).toBe(true);
  });

  it('a confirmed replace signs the customer out of the platform', async () => {
    const { b, opened, alive } = await start();
    const started = await b.handlers['accounts:connect']({ way: 'replace', confirmedReplace: true }, call);
    expect(opened).toEqual([started.authorizeUrl]);
    expect(await driveConsent(started.authorizeUrl)).toBe(200);
    const list = await b.handlers['accounts:list']({}, call);
    expect(list.accounts.map((a) => a.way)).toEqual(['replace']);
    expect(await alive()).toBe(false);
  });
});
