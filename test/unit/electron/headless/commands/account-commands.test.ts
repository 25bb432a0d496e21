// The headless commands: connect (session-only, so no keychain is touched), accounts --format json, forget,
// and their usage errors.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { accountsCommand } from '@main/headless/commands/accounts';
import { connectCommand } from '@main/headless/commands/connect';
import { forgetCommand } from '@main/headless/commands/forget';
import { tempDir } from '@test/support/temp-dir';

const removers: (() => void)[] = [];
afterEach(() => removers.splice(0).forEach((r) => r()));
function dataDir() {
  const t = tempDir('tcd-cli-');
  removers.push(t.remove);
  return t.dir;
}
function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) }, out, err };
}

const stored = {
  id: 'sub-1',
  profileId: 'demo',
  label: 'Miller',
  email: null,
  region: 'EU',
  connectedAt: '2026-11-28T09:00:00.000Z',
  grantedScopes: ['openid', 'energy_device_data'],
  state: 'reconnect_needed',
  reconnectReason: 'Tesla no longer accepts the saved sign-in (login_required).',
};

describe('doctor CLI: connect, accounts, forget', () => {
  it('connect --session-only --scenario connects headlessly and prints the account (never a token)', async () => {
    const c = io();
    expect(
      await connectCommand.run(
        ['--scenario', 'wrong-region', '--session-only', '--format', 'json', '--data-dir', dataDir()],
        c.io,
      ),
    ).toBe(0);
    const printed = JSON.parse(c.out.join('\n')) as {
      account: { region: string; email: string; sessionOnly: boolean };
    };
    expect(printed.account).toMatchObject({ region: 'EU', email: 'lena.hoffmann@example.de', sessionOnly: true });
    expect(c.out.join('\n')).not.toMatch(/eyJ|refresh/i);
  });

  it('connect refuses contradictory or foreign options', async () => {
    const c = io();
    expect(await connectCommand.run(['--scenario', 'healthy', '--api-base', 'http://127.0.0.1:1'], c.io)).toBe(2);
    expect(await connectCommand.run(['--api-base', 'https://fleet-api.prd.na.vn.cloud.tesla.com'], c.io)).toBe(2);
    expect(await connectCommand.run(['--bogus'], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/either --scenario .* or --api-base/);
    expect(c.err.join('\n')).toMatch(/must be a simulator on this computer/);
  });

  it('accounts --format json lists the stored customers; text shows reconnect-needed', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'accounts.json'), JSON.stringify({ version: 1, accounts: [stored] }));
    const json = io();
    expect(await accountsCommand.run(['--format', 'json', '--data-dir', dir], json.io)).toBe(0);
    expect(JSON.parse(json.out.join('\n'))).toEqual({ accounts: [{ ...stored, sessionOnly: false }] });
    const text = io();
    expect(await accountsCommand.run(['--data-dir', dir], text.io)).toBe(0);
    expect(text.out.join('\n')).toMatch(/Miller.*\(email not reported\).*EU.*RECONNECT NEEDED/);
    expect(await accountsCommand.run(['--format', 'yaml', '--data-dir', dir], io().io)).toBe(2);
  });

  it('forget names an unknown customer and checks its arguments', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'accounts.json'), JSON.stringify({ version: 1, accounts: [stored] }));
    const c = io();
    expect(await forgetCommand.run(['Nobody', '--data-dir', dir], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/no customer with the id or label “Nobody”/);
    expect(await forgetCommand.run(['--data-dir', dir], io().io)).toBe(2);
    expect(await forgetCommand.run(['Miller', '--all', '--data-dir', dir], io().io)).toBe(2);
  });
});
