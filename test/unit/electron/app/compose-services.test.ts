// The one composition: the backend, the headless tool and the tests get the same graph; a damaged
// settings or customers file is found at start-up and named on the screen's contract (app:info), a data
// folder that cannot be used is the status with the path, and a BOM is not damage.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '@main/app/backend';
import { composeServices } from '@main/app/compose-services';
import { MemoryVault } from '@main/infra/keychain';
import { createDispatcher } from '@main/ipc/dispatcher';
import { tempDir } from '@test/support/temp-dir';

const removers: (() => void)[] = [];
afterEach(() => removers.splice(0).forEach((r) => r()));
function dataDir() {
  const t = tempDir('tcd-compose-');
  removers.push(t.remove);
  return t.dir;
}
const call = { transport: 'browser' as const };

describe('composeServices', () => {
  it('wires the services to one event bus, one log and one data folder', async () => {
    const dir = dataDir();
    const services = composeServices({ dataDir: dir, mode: 'tesla', keychain: new MemoryVault() });
    const events: string[] = [];
    services.events.addSink((e) => events.push(e));
    services.accounts.setSessionOnly(true);
    expect(events).toEqual(['accounts:changed']);
    expect(services.log.dir).toBe(path.join(dir, 'logs'));
    expect(services.simulator()).toBeNull();
    expect(await services.startSimulator()).toBeNull();
    await services.close();
  });

  it('starts the embedded simulator with the scenario it is given (no environment involved)', async () => {
    const services = composeServices({
      dataDir: dataDir(),
      mode: 'demo',
      demo: { kind: 'embedded', scenario: 'off-grid', speed: 0 },
      keychain: new MemoryVault(),
    });
    try {
      const sim = await services.startSimulator();
      expect(sim?.scenario.name).toBe('off-grid');
      expect(services.demoInfo()?.origin).toBe(sim?.origin);
    } finally {
      await services.close();
    }
    expect(services.simulator()).toBeNull();
  });
});

describe('damaged files at start-up (on the screen, via app:info)', () => {
  it('moves an unreadable settings.json and accounts.json aside and lists both with the kept paths', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'settings.json'), '{"version": 1, "activeProf');
    writeFileSync(path.join(dir, 'accounts.json'), JSON.stringify({ version: 1, accounts: [{ id: 7 }] }));
    const backend = createBackend({ mode: 'tesla', dataDir: dir, keychain: new MemoryVault() });
    await backend.start();
    try {
      const info = await createDispatcher(backend.handlers)('app:info', {}, call);
      expect(info).toMatchObject({ ok: true });
      const problems = (info as { value: { dataProblems: { store: string; reason: string; keptAt: string }[] } }).value
        .dataProblems;
      expect(problems).toEqual([
        { store: 'settings', reason: 'not_json', keptAt: expect.stringMatching(/settings\.json\.corrupt-/) },
        { store: 'accounts', reason: 'wrong_layout', keptAt: expect.stringMatching(/accounts\.json\.corrupt-/) },
      ]);
      for (const p of problems) expect(readdirSync(dir)).toContain(path.basename(p.keptAt));
    } finally {
      await backend.stop();
    }
  });

  it('reads settings that start with a UTF-8 BOM and reports nothing', async () => {
    const dir = dataDir();
    writeFileSync(
      path.join(dir, 'settings.json'),
      `\uFEFF${JSON.stringify({ version: 1, activeProfileId: 'demo', demoCallback: 'deep-link', profiles: [] })}`,
    );
    const backend = createBackend({ mode: 'tesla', dataDir: dir, keychain: new MemoryVault() });
    await backend.start();
    try {
      const info = (await createDispatcher(backend.handlers)('app:info', {}, call)) as {
        value: { dataProblems: unknown[] };
      };
      expect(info.value.dataProblems).toEqual([]);
      expect(backend.context.profiles.all()[0]).toMatchObject({ id: 'demo', callback: 'deep-link' });
    } finally {
      await backend.stop();
    }
  });

  it('a file where the data folder should be is the status, naming the path (not a network hint)', async () => {
    const file = path.join(dataDir(), 'data');
    writeFileSync(file, '');
    const backend = createBackend({ mode: 'tesla', dataDir: file, keychain: new MemoryVault() });
    await backend.start();
    try {
      expect(backend.status()).toMatchObject({
        state: 'error',
        messageKey: 'status.dataFolderProblem',
        detail: expect.stringContaining(`${file} is a file, not a folder`),
      });
      expect(backend.status().detail).not.toMatch(/internet|ENOTDIR/);
    } finally {
      await backend.stop();
    }
  });
});
