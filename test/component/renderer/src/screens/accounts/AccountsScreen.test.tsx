// The Customers screen over a fake API: list (email or "not reported", region, scopes, state), switch,
// reconnect, forget with a confirmation, keychain warning with
// session-only mode, and sign-in results pushed as events. (End site visit: the End visit step's test.)
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildApi,
  createClient,
  type AccountList,
  type AccountView,
  type ChannelName,
  type EventName,
} from '@shared/contract';
import { initI18n } from '@renderer/i18n';
import { AccountsScreen } from '@renderer/screens/accounts/AccountsScreen';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { setClient } from '@renderer/transport';

const account = (over: Partial<AccountView>): AccountView => ({
  id: 'sub-1',
  profileId: 'demo',
  label: 'Rivera, 4 Birch Lane',
  email: 'jordan.rivera@example.com',
  region: 'NA',
  connectedAt: '2026-11-28T09:00:00.000Z',
  grantedScopes: ['openid', 'offline_access', 'energy_device_data'],
  state: 'connected',
  reconnectReason: null,
  sessionOnly: false,
  ...over,
});

const okKeychain = { available: true, reason: null };

function fake(initial: AccountList, answers: Partial<Record<ChannelName, (args: never) => unknown>> = {}) {
  const calls: { channel: ChannelName; args: unknown }[] = [];
  const listeners = new Map<EventName, (p: unknown) => void>();
  let current = initial;
  const client = createClient(
    buildApi(
      async (channel, args) => {
        calls.push({ channel, args });
        try {
          const answer = answers[channel];
          const value = answer ? await answer(args as never) : channel === 'accounts:list' ? current : undefined;
          if (value && typeof value === 'object' && 'accounts' in value) current = value as AccountList;
          return { ok: true, value };
        } catch (e) {
          return { ok: false, error: { code: 'handler_failed' as const, message: (e as Error).message } };
        }
      },
      (event, listener) => {
        listeners.set(event, listener);
        return () => listeners.delete(event);
      },
    ),
  );
  setClient(client);
  return {
    calls,
    push: (e: EventName, p: unknown) => listeners.get(e)?.(p),
    setList: (l: AccountList) => (current = l),
  };
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
    keychain: null,
    sessionOnly: false,
    loaded: false,
  });
});

describe('Customers screen', () => {
  it('lists customers with email or "not reported", region, scopes and state, and selects the first', async () => {
    fake({
      accounts: [
        account({}),
        account({
          id: 'sub-2',
          label: 'Hoffmann',
          email: null,
          region: 'EU',
          state: 'reconnect_needed',
          reconnectReason: 'Tesla no longer accepts the saved sign-in (login_required).',
        }),
      ],
      keychain: okKeychain,
      sessionOnly: false,
    });
    render(<AccountsScreen />);
    const cards = await screen.findAllByTestId('customer-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByText('jordan.rivera@example.com')).toBeTruthy();
    expect(within(cards[0]!).getByText('Selected')).toBeTruthy();
    expect(within(cards[1]!).getByText('Not reported (Profile Information not granted)')).toBeTruthy();
    expect(within(cards[1]!).getByText('Europe, Middle East, Africa')).toBeTruthy();
    expect(within(cards[1]!).getByText('Reconnect needed')).toBeTruthy();
    expect(within(cards[1]!).getByText(/login_required/)).toBeTruthy();
    fireEvent.click(within(cards[0]!).getByRole('button', { name: '3 permissions granted' }));
    expect(within(cards[0]!).getByText('energy_device_data')).toBeTruthy();
    expect(useAccountsStore.getState().selectedAccountId).toBe('sub-1');

    fireEvent.click(within(cards[1]!).getByRole('button', { name: 'Switch to this customer' }));
    expect(useAccountsStore.getState().selectedAccountId).toBe('sub-2');
  });

  it('says which way in each customer was reached by (through the platform, own app), and none for older ones', async () => {
    fake({
      accounts: [
        account({ way: 'platform', platformRef: 'c-0001', sessionOnly: true }),
        account({ id: 'sub-2', label: 'Hoffmann', way: 'own_app' }),
        account({ id: 'sub-3', label: 'Older' }),
      ],
      keychain: okKeychain,
      sessionOnly: false,
    });
    render(<AccountsScreen />);
    const cards = await screen.findAllByTestId('customer-card');
    expect(within(cards[0]!).getByTestId('customer-way').textContent).toBe('Through the platform');
    expect(within(cards[1]!).getByTestId('customer-way').textContent).toBe('The doctor’s own app');
    expect(within(cards[2]!).queryByTestId('customer-way')).toBeNull();
  });

  it('reconnect starts a sign-in for that account and opens the page in browser mode', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const api = fake(
      {
        accounts: [account({ state: 'reconnect_needed', reconnectReason: 'x' })],
        keychain: okKeychain,
        sessionOnly: false,
      },
      {
        'accounts:connect': () => ({
          signInId: 's1',
          authorizeUrl: 'http://127.0.0.1:1/oauth2/v3/authorize?x=1',
          handledBy: 'page',
          callback: 'loopback',
          expiresAt: '2026-11-28T09:10:00.000Z',
        }),
      },
    );
    render(<AccountsScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reconnect' }));
    await screen.findByTestId('sign-in-waiting');
    expect(api.calls.find((c) => c.channel === 'accounts:connect')?.args).toEqual({
      reconnectAccountId: 'sub-1',
      language: 'en',
    });
    expect(open).toHaveBeenCalledWith('http://127.0.0.1:1/oauth2/v3/authorize?x=1', '_blank', 'noopener,noreferrer');

    // The main side reports the result as an event.
    api.setList({ accounts: [account({})], keychain: okKeychain, sessionOnly: false });
    api.push('accounts:signInFinished', { signInId: 's1', ok: true, accountId: 'sub-1', error: null });
    await waitFor(() => expect(screen.queryByTestId('sign-in-waiting')).toBeNull());
    expect(screen.getByTestId('accounts-notice').textContent).toMatch(/is connected/);
    await waitFor(() => expect(screen.getByText('Connected')).toBeTruthy());
    open.mockRestore();
  });

  it('a sign-in without the boxes the platform needs is a warning naming them, with "Reconnect now"', async () => {
    const api = fake(
      { accounts: [], keychain: okKeychain, sessionOnly: false },
      {
        'accounts:connect': () => ({
          signInId: 's2',
          authorizeUrl: 'http://127.0.0.1:1/oauth2/v3/authorize?x=2',
          handledBy: 'system',
          callback: 'loopback',
          expiresAt: '2026-11-28T09:10:00.000Z',
        }),
      },
    );
    render(<AccountsScreen />);
    await screen.findByText(/No customer is connected yet/);
    const missing = account({
      grantedScopes: ['openid', 'offline_access', 'energy_device_data'],
      consent: { asked: ['user_data', 'energy_device_data', 'energy_cmds'], missing: ['user_data', 'energy_cmds'] },
    });
    api.setList({ accounts: [missing], keychain: okKeychain, sessionOnly: false });
    api.push('accounts:signInFinished', { signInId: null, ok: true, accountId: 'sub-1', error: null });
    const notice = await screen.findByRole('alert');
    await waitFor(() =>
      expect(notice.textContent).toContain(
        '2 boxes unticked that the platform needs: “Profile Information”, “Energy Product Commands”',
      ),
    );
    expect(notice.className).toContain('notice-warn');
    const card = screen.getByTestId('customer-card');
    expect(within(card).getByText('Permissions missing')).toBeTruthy();
    expect(within(card).getByRole('button', { name: '1 of 3 boxes ticked' })).toBeTruthy();
    fireEvent.click(within(notice).getByRole('button', { name: 'Reconnect now' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.channel === 'accounts:connect')?.args).toEqual({
        reconnectAccountId: 'sub-1',
        language: 'en',
      }),
    );
  });

  it('shows a refused callback that belongs to no sign-in', async () => {
    const api = fake({ accounts: [], keychain: okKeychain, sessionOnly: false });
    render(<AccountsScreen />);
    await screen.findByText(/No customer is connected yet/);
    api.push('accounts:signInFinished', {
      signInId: null,
      ok: false,
      accountId: null,
      error: 'This sign-in reply does not belong to a sign-in the app is waiting for.',
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not belong/);
  });

  it('forgets one customer only after confirming', async () => {
    const api = fake(
      { accounts: [account({})], keychain: okKeychain, sessionOnly: false },
      { 'accounts:forget': () => ({ accounts: [], keychain: okKeychain, sessionOnly: false }) },
    );
    render(<AccountsScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Forget this customer' }));
    expect(api.calls.some((c) => c.channel === 'accounts:forget')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget' }));
    await waitFor(() => expect(screen.queryAllByTestId('customer-card')).toHaveLength(0));
    expect(api.calls.find((c) => c.channel === 'accounts:forget')?.args).toEqual({ accountId: 'sub-1' });
  });

  it('ends the site visit after one confirmation and lists what was removed and what was kept, and why', async () => {
    const visit = {
      removed: [
        { item: 'keychain_sign_ins' as const, count: 1 },
        { item: 'customers' as const, count: 1 },
        { item: 'reports' as const, count: 2 },
      ],
      kept: [
        { item: 'sign_in' as const, customer: 'B', reason: 'restore_pending' as const },
        { item: 'saved_files' as const, customer: null, reason: 'saved_outside' as const },
      ],
    };
    const api = fake(
      { accounts: [account({}), account({ id: 'sub-2', label: 'B' })], keychain: okKeychain, sessionOnly: false },
      { 'accounts:forgetAll': () => ({ accounts: [], keychain: okKeychain, sessionOnly: false, visit }) },
    );
    render(<AccountsScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'End site visit' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toMatch(/Forget all 2 customers/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Forget all 2 customers' }));
    await waitFor(() => expect(screen.queryAllByTestId('customer-card')).toHaveLength(0));
    expect(api.calls.filter((c) => c.channel === 'accounts:forgetAll')).toHaveLength(1);
    expect(useAccountsStore.getState().selectedAccountId).toBeNull();
    const removed = screen.getByRole('list', { name: 'Removed from this laptop' });
    expect(
      within(removed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '1 sign-in, deleted from the system keychain',
      '1 customer: label, email and permissions',
      '2 reports kept in the app’s report history',
    ]);
    const kept = screen.getByRole('list', { name: 'Kept, and why' });
    expect(kept.textContent).toMatch(/B: sign-in, label and reports stay\. A Powerwall restore is still pending/);
    expect(kept.textContent).toMatch(/saved or downloaded stay where you put them/);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('list', { name: 'Removed from this laptop' })).toBeNull();
  });

  it('without a keychain, blocks connecting until session-only mode is chosen', async () => {
    const unavailable = { available: false, reason: 'no Secret Service (keyring) is running in this desktop session.' };
    const api = fake(
      { accounts: [], keychain: unavailable, sessionOnly: false },
      { 'accounts:setSessionOnly': () => ({ accounts: [], keychain: unavailable, sessionOnly: true }) },
    );
    render(<AccountsScreen />);
    const warning = await screen.findByTestId('keychain-warning');
    expect(warning.textContent).toMatch(/no Secret Service/);
    expect((screen.getByRole('button', { name: 'Connect a Tesla account' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(warning).getByRole('button', { name: /Use session-only mode/ }));
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Connect a Tesla account' }) as HTMLButtonElement).disabled).toBe(
        false,
      ),
    );
    expect(api.calls.find((c) => c.channel === 'accounts:setSessionOnly')?.args).toEqual({ enabled: true });
    expect(screen.getByTestId('keychain-warning').textContent).toMatch(/Session-only mode is on/);
  });

  it('shows the main side’s refusal when a sign-in cannot start', async () => {
    fake(
      { accounts: [], keychain: okKeychain, sessionOnly: false },
      { 'accounts:connect': () => Promise.reject(new Error('The profile has no client secret yet.')) },
    );
    render(<AccountsScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Connect a Tesla account' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no client secret yet/);
  });
});

describe('Customers screen in German', () => {
  it('speaks German', async () => {
    const i18n = await initI18n('en');
    await i18n.changeLanguage('de');
    fake({ accounts: [account({ email: null })], keychain: okKeychain, sessionOnly: false });
    render(<AccountsScreen />);
    expect(await screen.findByRole('heading', { name: 'Kunden', level: 2 })).toBeTruthy();
    expect(screen.getByText('Nicht übermittelt (Profilinformationen nicht freigegeben)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Diesen Kunden entfernen' })).toBeTruthy();
    await i18n.changeLanguage('en');
  });

  it('words a refused sign-in reply in German, with its reason in German too', async () => {
    const i18n = await initI18n('en');
    await i18n.changeLanguage('de');
    const api = fake({ accounts: [], keychain: okKeychain, sessionOnly: false });
    render(<AccountsScreen />);
    await screen.findByRole('heading', { name: 'Kunden', level: 2 });
    api.push('accounts:signInFinished', {
      signInId: null,
      ok: false,
      accountId: null,
      error:
        'The sign-in reply was refused: it has a fragment. Nothing was changed. Start the connection again from the Customers screen.',
      errorText: { key: 'errors.sign_in_malformed', params: { whatKey: 'errors.sign_in_reply_fragment' } },
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Die Anmeldeantwort wurde abgelehnt: sie hat ein Fragment \(#\)\. Es wurde nichts geändert\./,
    );
    await i18n.changeLanguage('en');
  });
});
