// After a full connect through the backend (the same handlers the page calls), none of the issued token
// strings, the authorization code or the client secret appear in the data dir (settings, accounts, logs),
// in anything the page received (call results and events), or in console output.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { createBackend, type Backend } from '@main/app/backend';
import { tempDir } from '@test/support/temp-dir';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

let backend: Backend | null = null;
let remove: (() => void) | null = null;
afterEach(async () => {
  await backend?.stop();
  remove?.();
  vi.restoreAllMocks();
});

describe('no secret leaves the main process', () => {
  it('finds none of the issued tokens, the code or the client secret in the data dir, page-visible state or logs', async () => {
    const t = tempDir('tcd-leak-');
    remove = t.remove;
    const console: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(globalThis.console, level).mockImplementation(
        (...args: unknown[]) => void console.push(args.map(String).join(' ')),
      );
    }
    // Every value the app ever put in the keychain: the first token pair and the refreshed one.
    const written: string[] = [];
    const vault = new (class extends MemoryVault {
      override async set(key: string, value: string) {
        written.push(value);
        await super.set(key, value);
      }
    })();
    backend = createBackend({ mode: 'demo', dataDir: t.dir, keychain: vault });
    const pageSaw: unknown[] = [];
    backend.events.addSink((event, payload) => pageSaw.push({ event, payload }));
    await backend.start();
    const call = { transport: 'browser' as const };

    pageSaw.push(await backend.handlers['profiles:list']({}, call));
    const started = await backend.handlers['accounts:connect']({ label: 'Leak check', way: 'own_app' }, call);
    pageSaw.push(started);
    expect(started.handledBy).toBe('page');

    // Play the browser, noting the code the simulator hands back.
    const seenCodes: string[] = [];
    const spyFetch: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const location = res.headers.get('location');
      if (location) seenCodes.push(new URL(location).searchParams.get('code') ?? '');
      return res;
    };
    expect(await driveConsent(started.authorizeUrl, { fetch: spyFetch })).toBe(200);
    const list = await backend.handlers['accounts:list']({}, call);
    pageSaw.push(list);
    expect(list.accounts).toHaveLength(1);
    const accountId = list.accounts[0]!.id;
    pageSaw.push(await backend.handlers['accounts:setLabel']({ accountId, label: 'Renamed' }, call));

    // Use the session as the Fleet API side would, forcing a refresh too.
    const session = await backend.context.accounts.session(accountId);
    await session.tokenProvider.getAccessToken();
    await session.tokenProvider.onUnauthorized();

    const issued = written
      .filter((w) => w.startsWith('{'))
      .flatMap((w) => {
        const t = JSON.parse(w) as { accessToken: string; refreshToken: string };
        return [t.accessToken, t.refreshToken];
      });
    const secrets = [...new Set([...issued, ...seenCodes, 'demo-secret', 'installer-secret'])].filter(
      (s) => s.length > 0,
    );
    // Two access tokens, two refresh tokens, the code and the demo client's secret.
    expect(secrets.length).toBeGreaterThanOrEqual(6);

    const haystacks: [string, string][] = [
      ...filesUnder(t.dir).map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
      ['page-visible state', JSON.stringify(pageSaw)],
      ['console output', console.join('\n')],
    ];
    // The support log (in the data dir) recorded the sign-in, so it was part of the scan.
    const logText = haystacks
      .filter(([f]) => f.includes(`${path.sep}logs${path.sep}`))
      .map(([, text]) => text)
      .join('\n');
    expect(logText).toContain('auth.signInFinished');
    for (const [where, text] of haystacks) {
      for (const secret of secrets) expect(text.includes(secret), `${where} contains a secret`).toBe(false);
      // Nor a telling piece of one (a JWT's signature end, a refresh token's tail).
      for (const secret of secrets.filter((s) => s.length > 40))
        expect(text.includes(secret.slice(-24)), `${where} contains part of a token`).toBe(false);
    }
  });
});
