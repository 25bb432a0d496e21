// The End visit step over a fake API: what the visit did, then "End site visit" with one confirmation,
// which forgets every customer and starts the visit's steps afresh.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApi, createClient, type AccountList, type AccountView, type ChannelName } from '@shared/contract';
import { initI18n } from '@renderer/i18n';
import { EndVisitScreen } from '@renderer/screens/end-visit/EndVisitScreen';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { useVisitStore } from '@renderer/state/visit-store';
import { setClient } from '@renderer/transport';

const account = (id: string, label: string): AccountView => ({
  id,
  profileId: 'demo',
  label,
  email: null,
  region: 'NA',
  connectedAt: '2026-11-28T09:00:00.000Z',
  grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'],
  state: 'connected',
  reconnectReason: null,
  sessionOnly: false,
});
const okKeychain = { available: true, reason: null };

function fake(initial: AccountList) {
  const calls: ChannelName[] = [];
  let current = initial;
  setClient(
    createClient(
      buildApi(
        async (channel) => {
          calls.push(channel);
          if (channel === 'accounts:forgetAll') current = { accounts: [], keychain: okKeychain, sessionOnly: false };
          return { ok: true, value: channel.startsWith('accounts:') ? current : undefined };
        },
        () => () => undefined,
      ),
    ),
  );
  return calls;
}

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  setClient(null);
  useAccountsStore.setState({ accounts: [], selectedAccountId: null, notice: null, loaded: false, visitEnded: null });
  useVisitStore.setState({ screen: 'accounts', reported: false });
});

describe('End visit step', () => {
  it('sums the visit up, then ends it after one confirmation and starts the steps afresh', async () => {
    const calls = fake({
      accounts: [account('sub-1', 'A'), account('sub-2', 'B')],
      keychain: okKeychain,
      sessionOnly: false,
    });
    await useAccountsStore.getState().load();
    useVisitStore.setState({ screen: 'end-visit', reported: true });
    render(<EndVisitScreen />);
    const summary = screen.getByRole('list', { name: 'This visit' });
    expect(within(summary).getByText(/Connect: a customer is connected/)).toBeTruthy();
    expect(within(summary).getByText(/Report: a report was saved/)).toBeTruthy();
    expect(within(summary).getByText(/Check: the checklist has not run/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'End site visit' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Forget all 2 customers' }));
    await waitFor(() => expect(useVisitStore.getState().reported).toBe(false));
    expect(calls.filter((c) => c === 'accounts:forgetAll')).toHaveLength(1);
    expect(useAccountsStore.getState().accounts).toHaveLength(0);
  });
});
