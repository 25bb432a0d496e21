// Settings > the Board's sweep store: the saved server shows without its password; saving sends the typed
// password apart from the address and never shows it back; "Test connection" words what is wrong.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '@renderer/i18n';
import { SweepStoreSetting } from '@renderer/screens/settings/SweepStoreSetting';
import { setClient } from '@renderer/transport';
import { installFakeClient } from '@test/component/support/fake-client';

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  setClient(null);
});

describe('SweepStoreSetting', () => {
  it('saves a server with its password sent apart, then shows only that a password is kept', async () => {
    const { calls } = installFakeClient({
      'board:storeSetting': () => ({ kind: 'embedded', url: null, hasPassword: false }),
      'board:setStore': () => ({ kind: 'postgres', url: 'postgres://desk@db.example/sweeps', hasPassword: true }),
    });
    render(<SweepStoreSetting />);
    fireEvent.click(await screen.findByLabelText('PostgreSQL server'));
    fireEvent.change(screen.getByLabelText('Server address (without the password)'), {
      target: { value: 'postgres://desk@db.example/sweeps' },
    });
    fireEvent.change(screen.getByLabelText('Password (kept in the keychain)'), { target: { value: 'hunter22' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. The Board reads from this store now.')).toBeTruthy();
    expect(calls.find((c) => c.channel === 'board:setStore')?.args).toEqual({
      kind: 'postgres',
      url: 'postgres://desk@db.example/sweeps',
      password: 'hunter22',
    });
    expect((screen.getByLabelText('Password (kept in the keychain)') as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/A password is kept in the keychain/)).toBeTruthy();
  });

  it('test connection says in plain words what is wrong', async () => {
    installFakeClient({
      'board:storeSetting': () => ({ kind: 'postgres', url: 'postgres://desk@127.0.0.1:1/x', hasPassword: false }),
      'board:testStore': () => ({ ok: false, problem: 'refused', detail: 'connect ECONNREFUSED 127.0.0.1:1' }),
    });
    render(<SweepStoreSetting />);
    await waitFor(() =>
      expect((screen.getByLabelText('Server address (without the password)') as HTMLInputElement).value).toBe(
        'postgres://desk@127.0.0.1:1/x',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing answers at that host and port. Check that the PostgreSQL server is running and the port is right (5432 by default). (The server said: connect ECONNREFUSED 127.0.0.1:1)',
    );
  });
});
