// Connecting runs the checklist by itself, and starts it the moment the sign-in is known to have succeeded:
// not after the customer list has been read again (that answer only decides which step to show).
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApi, createClient, type AccountList, type ChannelName, type SignInFinished } from '@shared/contract';
import { useConnectThenCheck } from '@renderer/components/visit/use-connect-then-check';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { useChecklistStore } from '@renderer/state/checklist-store';
import { setClient } from '@renderer/transport';

const empty: AccountList = { accounts: [], keychain: { available: true, reason: null }, sessionOnly: false };

/** A backend whose second customer list never comes back, and whose checklist never ends. */
function slowListBackend() {
  const calls: ChannelName[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  setClient(
    createClient(
      buildApi(
        async (channel) => {
          calls.push(channel);
          if (channel === 'accounts:list' && calls.filter((c) => c === 'accounts:list').length === 1)
            return { ok: true, value: empty };
          return new Promise(() => undefined);
        },
        (event, listener) => {
          const set = listeners.get(event) ?? new Set();
          set.add(listener);
          listeners.set(event, set);
          return () => set.delete(listener);
        },
      ),
    ),
  );
  const emit = (event: string, payload: unknown) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  return { calls, emit };
}

function Visit() {
  useConnectThenCheck();
  return null;
}

afterEach(() => {
  cleanup();
  setClient(null);
  useAccountsStore.setState({ accounts: [], selectedAccountId: null, justConnected: null, lastConnected: null });
  useChecklistStore.setState({ accountId: null, report: null, running: false, progress: null, error: null });
});

describe('connect, then check', () => {
  it('starts the checklist as soon as the sign-in succeeded, before the customer list is read again', async () => {
    const backend = slowListBackend();
    await useAccountsStore.getState().load();
    render(<Visit />);
    const finished: SignInFinished = { signInId: null, ok: true, accountId: 'sub-1', error: null };
    act(() => backend.emit('accounts:signInFinished', finished));

    await waitFor(() => expect(backend.calls).toContain('checklist:run'));
    // The list was asked for again and has not answered: the run did not wait for it.
    expect(backend.calls.filter((c) => c === 'accounts:list')).toHaveLength(2);
    expect(useChecklistStore.getState()).toMatchObject({ accountId: 'sub-1', running: true });
  });
});
