// The Connect panel's ways in over a fake API: through the platform by default (borrows, no sign-in), the
// doctor's own app, and replacing the platform's connection only after a confirmation that names the
// customer and the platform; cancelling it starts nothing. A profile without a platform keeps the one sign-in.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildApi,
  createClient,
  type AccountList,
  type AccountView,
  type ChannelName,
  type ConnectWays,
} from '@shared/contract';
import { initI18n } from '@renderer/i18n';
import { ConnectPanel } from '@renderer/screens/accounts/ConnectPanel';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { setClient } from '@renderer/transport';

const demoWays: ConnectWays = { ways: ['platform', 'own_app', 'replace'], platform: 'Demo Energy' };
const borrowed: AccountView = {
  id: 'sub-1',
  profileId: 'demo',
  label: 'Rivera',
  email: 'jordan.rivera@example.com',
  region: 'NA',
  connectedAt: '2026-11-28T09:00:00.000Z',
  grantedScopes: ['openid', 'energy_device_data'],
  state: 'connected',
  reconnectReason: null,
  sessionOnly: true,
  way: 'platform',
  platformRef: 'c-0001',
};
const signInStart = {
  signInId: 's1',
  authorizeUrl: 'http://127.0.0.1:1/oauth2/v3/authorize?x=1',
  handledBy: 'page',
  callback: 'loopback',
  expiresAt: '2026-11-28T09:10:00.000Z',
};

function fake(connectWays: ConnectWays | null) {
  const calls: { channel: ChannelName; args: unknown }[] = [];
  let list: AccountList = {
    accounts: [],
    keychain: { available: true, reason: null },
    sessionOnly: false,
    connectWays,
  };
  setClient(
    createClient(
      buildApi(
        async (channel, args) => {
          calls.push({ channel, args });
          if (channel === 'accounts:connect') return { ok: true, value: signInStart };
          if (channel === 'accounts:connectThroughPlatform') {
            list = { ...list, accounts: [borrowed] };
            return { ok: true, value: { accountId: 'sub-1' } };
          }
          return { ok: true, value: list };
        },
        () => () => undefined,
      ),
    ),
  );
  return { calls, started: () => calls.filter((c) => c.channel.startsWith('accounts:connect')) };
}

async function renderPanel(connectWays: ConnectWays | null) {
  const api = fake(connectWays);
  await useAccountsStore.getState().load();
  render(<ConnectPanel />);
  return api;
}

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  setClient(null);
  useAccountsStore.setState({
    accounts: [],
    selectedAccountId: null,
    signIn: null,
    notice: null,
    connectWays: null,
    lastConnected: null,
    loaded: false,
  });
});

describe('Connect panel: the ways in', () => {
  it('goes through the platform by default: borrows for the customer named, no sign-in, and runs on as connected', async () => {
    const api = await renderPanel(demoWays);
    const ways = screen.getByRole('group', { name: 'Way in' });
    expect(
      within(ways)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Through Demo Energy', 'This doctor’s own app', 'Replace Demo Energy’s connection']);
    expect(within(ways).getByRole('radio', { name: 'Through Demo Energy' })).toHaveProperty('checked', true);
    expect(screen.getByTestId('connect-way-hint').textContent).toMatch(/nobody signs in again/);

    fireEvent.change(screen.getByLabelText('Customer’s e-mail or reference at Demo Energy'), {
      target: { value: ' c-0001 ' },
    });
    fireEvent.change(screen.getByLabelText('Your label for this customer (optional)'), {
      target: { value: 'Rivera' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Connect a Tesla account' }));
    await waitFor(() => expect(useAccountsStore.getState().lastConnected).toEqual({ accountId: 'sub-1' }));
    expect(api.started()).toEqual([
      { channel: 'accounts:connectThroughPlatform', args: { customer: 'c-0001', label: 'Rivera' } },
    ]);
    expect(useAccountsStore.getState().selectedAccountId).toBe('sub-1');
    expect(useAccountsStore.getState().signIn).toBeNull();
  });

  it('the doctor’s own app starts a sign-in under it, and says the platform’s scopes and key are not judged', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const api = await renderPanel(demoWays);
    fireEvent.click(screen.getByRole('radio', { name: 'This doctor’s own app' }));
    expect(screen.getByTestId('connect-way-hint').textContent).toMatch(/virtual key are not judged/);
    expect(screen.queryByLabelText(/Customer’s e-mail/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Connect a Tesla account' }));
    await waitFor(() =>
      expect(api.started()).toEqual([{ channel: 'accounts:connect', args: { way: 'own_app', language: 'en' } }]),
    );
    open.mockRestore();
  });

  it('replace asks first, naming the customer and the platform; cancel starts nothing and opens no page', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const api = await renderPanel(demoWays);
    fireEvent.click(screen.getByRole('radio', { name: 'Replace Demo Energy’s connection' }));
    fireEvent.change(screen.getByLabelText('Your label for this customer (optional)'), {
      target: { value: 'Rivera' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Connect a Tesla account' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Replace Demo Energy’s connection?' });
    expect(dialog.textContent).toContain('This signs Rivera out of Demo Energy until they reconnect there.');
    expect(api.started()).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // Give any stray promise a turn: still nothing started, no sign-in page opened.
    await Promise.resolve();
    expect(api.started()).toEqual([]);
    expect(open).not.toHaveBeenCalled();
    expect(useAccountsStore.getState().signIn).toBeNull();
    open.mockRestore();
  });

  it('replace goes ahead only once confirmed, and says so to the main side', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const api = await renderPanel(demoWays);
    fireEvent.click(screen.getByRole('radio', { name: 'Replace Demo Energy’s connection' }));
    fireEvent.click(screen.getByRole('button', { name: 'Connect a Tesla account' }));
    const dialog = screen.getByRole('alertdialog');
    // Nobody was named: the sentence still says who is signed out.
    expect(dialog.textContent).toContain('This signs the customer out of Demo Energy until they reconnect there.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace the connection' }));
    await screen.findByTestId('sign-in-waiting');
    expect(api.started()).toEqual([
      { channel: 'accounts:connect', args: { way: 'replace', confirmedReplace: true, language: 'en' } },
    ]);
    expect(open).toHaveBeenCalledTimes(1);
    open.mockRestore();
  });

  it('a profile without a platform keeps the one sign-in, with no choice shown', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const api = await renderPanel(null);
    expect(screen.queryByRole('group', { name: 'Way in' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Connect a Tesla account' }));
    await waitFor(() => expect(api.started()).toEqual([{ channel: 'accounts:connect', args: { language: 'en' } }]));
    open.mockRestore();
  });

  it('speaks German', async () => {
    await i18next.changeLanguage('de');
    try {
      const api = await renderPanel(demoWays);
      expect(screen.getByRole('radio', { name: 'Über Demo Energy' })).toHaveProperty('checked', true);
      fireEvent.click(screen.getByRole('radio', { name: 'Verbindung von Demo Energy ersetzen' }));
      fireEvent.click(screen.getByRole('button', { name: 'Tesla-Konto verbinden' }));
      expect(screen.getByRole('alertdialog').textContent).toContain(
        'Damit wird der Kunde bei Demo Energy abgemeldet, bis die Verbindung dort neu hergestellt wird.',
      );
      // The page the browser ends on after the sign-in (the doctor's loopback) is asked for in German too.
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      fireEvent.click(screen.getByRole('button', { name: 'Verbindung ersetzen' }));
      await waitFor(() => expect(api.started().at(-1)?.args).toMatchObject({ way: 'replace', language: 'de' }));
      open.mockRestore();
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
