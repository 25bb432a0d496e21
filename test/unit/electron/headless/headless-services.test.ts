// What every headless command shares: a damaged settings/customers file is said on stderr with the kept
// file's path; a data folder that cannot be used (a file in its place, a read-only disk) is said as such
// with the path and exit 1, never "no customers" with exit 0 nor a raw ENOTDIR/EEXIST; the command logs
// like the app, so a support bundle made by the CLI holds a log.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { accountsCommand } from '@main/headless/commands/accounts';
import { connectCommand } from '@main/headless/commands/connect';
import { connectHeadless } from '@main/headless/connect-headless';
import { storeProblemLine } from '@main/headless/headless-services';
import type { StoreProblem } from '@main/app/compose-services';
import { fileEngine, type StoreEngine } from '@main/infra/settings-store';
import { MemoryVault } from '@main/infra/keychain';
import { tempDir } from '@test/support/temp-dir';

const removers: (() => void)[] = [];
afterEach(() => removers.splice(0).forEach((r) => r()));
function dataDir() {
  const t = tempDir('tcd-cli-store-');
  removers.push(t.remove);
  return t.dir;
}
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await accountsCommand.run(argv, { out: (l) => void out.push(l), err: (l) => void err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('headless commands and the data folder', () => {
  it('accounts --data-dir <a file> says the path is a file and exits 1 (not "no customers", not ENOTDIR)', async () => {
    const file = path.join(dataDir(), 'notes.txt');
    writeFileSync(file, 'x');
    const r = await run(['--data-dir', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file} is a file, not a folder`);
    expect(r.err).toMatch(/Move that file away, or use another data folder \(--data-dir/);
    expect(r.out).not.toContain('No customers');
    expect(r.err).not.toMatch(/ENOTDIR|EEXIST/);
  });

  it('connect --data-dir <a file> stops before the sign-in with the path, not a raw EEXIST', async () => {
    const file = path.join(dataDir(), 'data');
    writeFileSync(file, '');
    const err: string[] = [];
    const code = await connectCommand.run(['--scenario', 'healthy', '--data-dir', file], {
      out: () => undefined,
      err: (l) => void err.push(l),
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toBe(
      `connect: The data folder cannot be used: ${file} is a file, not a folder. Move that file away, or use another data folder (--data-dir for the headless tool, TCD_DATA_DIR for the app).`,
    );
  });

  it('a damaged accounts.json and settings.json are said on stderr with where each was kept', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'accounts.json'), 'not json');
    writeFileSync(path.join(dir, 'settings.json'), '{"version": 9}');
    const r = await run(['--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('No customers connected.');
    expect(r.err).toMatch(
      new RegExp(
        `The list of connected customers could not be read \\(it is not valid JSON\\); the file was kept at ${dir}/accounts\\.json\\.corrupt-`,
      ),
    );
    expect(r.err).toMatch(
      new RegExp(
        `The settings \\(connection profiles\\) could not be read .*kept at ${dir}/settings\\.json\\.corrupt-`,
      ),
    );
  });

  it('a damaged update-settings.json is said as the update setting, not as the connection profiles', () => {
    const line = storeProblemLine({
      file: '/data/update-settings.json',
      problem: 'it is not valid JSON',
      reason: 'not_json',
      keptAt: '/data/update-settings.json.corrupt-1',
    } as StoreProblem);
    expect(line).toMatch(/^Warning: The update setting could not be read/);
    expect(line).not.toContain('connection profiles');
  });

  it('a UTF-8 BOM is not damage', async () => {
    const dir = dataDir();
    const account = {
      id: 'sub-1',
      profileId: 'demo',
      label: 'Miller',
      email: null,
      region: 'EU',
      connectedAt: '2026-11-28T09:00:00.000Z',
      grantedScopes: ['openid'],
      state: 'connected',
      reconnectReason: null,
    };
    writeFileSync(path.join(dir, 'accounts.json'), `\uFEFF${JSON.stringify({ version: 1, accounts: [account] })}`);
    const r = await run(['--data-dir', dir]);
    expect(r.err).toBe('');
    expect(r.out).toContain('“Miller”');
  });

  it('logs the command like the app does (redacted JSON lines in <dataDir>/logs)', async () => {
    const dir = dataDir();
    await run(['--data-dir', dir]);
    const lines = readFileSync(path.join(dir, 'logs', 'main.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; data: unknown });
    expect(lines.map((l) => l.event)).toEqual(['cli.started', 'cli.finished']);
    expect(lines[1]!.data).toEqual({ command: 'accounts', code: 0 });
  });

  it('a sign-in whose account cannot be saved says the data folder cannot be written, not "check the internet connection"', async () => {
    const dir = dataDir();
    // The disk turns read-only after start: the first write of accounts.json fails with EROFS.
    const readOnly: StoreEngine = {
      read: (file) => fileEngine.read(file),
      write(file) {
        throw Object.assign(new Error(`EROFS: read-only file system, open '${file}'`), { code: 'EROFS' });
      },
    };
    const attempt = connectHeadless({
      dataDir: dir,
      scenario: 'healthy',
      keychain: new MemoryVault(),
      compose: { storeEngine: readOnly },
    });
    await expect(attempt).rejects.toThrow(`The data folder ${dir} cannot be written (the disk is read-only)`);
    await attempt.catch((error: Error) => expect(error.message).not.toMatch(/internet/));
  });
});
