// Connect for the platform on the Connect panel: borrowing answered "the platform lost its connection" (or
// holds none), so the panel says so and offers "Connect for <platform>", which starts the hand-over sign-in
// (the page opens it in browser mode) and waits like any sign-in; a refusal of another kind offers nothing.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApi, createClient, type AccountList, type ChannelName, type ConnectWays } from '@shared/contract';
import { initI18n } from '@renderer/i18n';
import { ConnectPanel } from '@renderer/screens/accounts/ConnectPanel';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { setClient } from '@renderer/transport';

const ways: ConnectWays = { ways: ['platform', 'own_app', 'replace'], platform: 'Demo Energy' };
const list: AccountList = {
  accounts: [],
  keychain: { available: true, reason: null },
  sessionOnly: false,
  connectWays: ways,
};
const started = {
  signInId: 'platform-1',
  authorizeUrl: 'http://127.0.0.1:1/oauth2/v3/authorize?client_id=demo-client',
  handledBy: 'page',
  callback: 'loopback',
  expiresAt: '2026-11-28T09:10:00.000Z',
};

function fake(refusal: string) {
  const calls: { channel: ChannelName; args: unknown }[] = [];
  setClient(
    createClient(
      buildApi(
        async (channel, args) => {
          calls.push({ channel, args });
          if (channel === 'accounts:connectThroughPlatform')
            return {
              ok: false,
              error: {
                code: 'handler_failed',
                message: 'refused',
                text: { key: `errors.${refusal}`, params: { reason: 'login_required' } },
              },
            };
          if (channel === 'accounts:connectForPlatform') return { ok: true, value: started };
          return { ok: true, value: list };
        },
        () => () => undefined,
      ),
    ),
  );
  return calls;
}

async function borrowFor(refusal: string) {
  const calls = fake(refusal);
  await useAccountsStore.getState().load();
  render(<ConnectPanel />);
  fireEvent.change(screen.getByLabelText('Customer’s e-mail or reference at Demo Energy'), {
    target: { value: 'c-0001' },
  });
  fireEvent.change(screen.getByLabelText('Your label for this customer (optional)'), { target: { value: 'Rivera' } });
  fireEvent.click(screen.getByRole('button', { name: 'Connect a Tesla account' }));
  await waitFor(() => expect(useAccountsStore.getState().busy).toBe(false));
  return calls;
}

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  setClient(null);
  vi.restoreAllMocks();
  useAccountsStore.setState({ accounts: [], signIn: null, notice: null, connectWays: null, platformLost: null });
});

describe('Connect panel: connect for the platform', () => {
  for (const refusal of ['platform_connection_lost', 'platform_not_connected']) {
    it(`after ${refusal}: offers Connect for Demo Energy, which starts the hand-over for that customer`, async () => {
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      const calls = await borrowFor(refusal);
      expect(useAccountsStore.getState().notice).toMatchObject({ kind: 'error', key: `errors.${refusal}` });
      expect(screen.getByTestId('platform-lost').textContent).toMatch(
        /signs in once in the browser, under Demo Energy’s app/,
      );
      fireEvent.click(screen.getByRole('button', { name: 'Connect for Demo Energy' }));
      await screen.findByTestId('sign-in-waiting');
      expect(calls.find((c) => c.channel === 'accounts:connectForPlatform')?.args).toEqual({
        customer: 'c-0001',
        label: 'Rivera',
        language: 'en',
      });
      expect(open).toHaveBeenCalledWith(started.authorizeUrl, '_blank', 'noopener,noreferrer');
      expect(screen.queryByTestId('platform-lost')).toBeNull();
    });
  }

  it('a wrong agent key is not fixed by connecting: nothing is offered', async () => {
    await borrowFor('platform_key_invalid');
    expect(useAccountsStore.getState().notice?.kind).toBe('error');
    expect(screen.queryByTestId('platform-lost')).toBeNull();
  });
});
