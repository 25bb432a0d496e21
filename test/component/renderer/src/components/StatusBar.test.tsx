import { render, screen, cleanup } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApi, createClient, type AppInfo, type BackendStatus, type EventName } from '@shared/contract';
import { App } from '@renderer/App';
import { initI18n } from '@renderer/i18n';
import { useAppStore } from '@renderer/state/app-store';
import { setClient } from '@renderer/transport';

const info: AppInfo = {
  name: 'Tesla Connect Doctor',
  version: '9.9.9',
  mode: 'demo',
  transport: 'browser',
  backend: { state: 'ready', messageKey: 'status.simulatorReady' },
};

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  useAppStore.setState({ info: null, error: null });
});

function fakeClient(answer: () => Promise<unknown>) {
  const listeners = new Map<EventName, (p: unknown) => void>();
  const client = createClient(
    buildApi(
      async () => {
        try {
          return { ok: true, value: await answer() };
        } catch (e) {
          return { ok: false, error: { code: 'transport_closed', message: (e as Error).message } };
        }
      },
      (event, listener) => {
        listeners.set(event, listener);
        return () => listeners.delete(event);
      },
    ),
  );
  return { client, push: (event: EventName, payload: unknown) => listeners.get(event)?.(payload) };
}

describe('App slice', () => {
  it('shows name, version and backend status fetched through the contract', async () => {
    setClient(fakeClient(async () => info).client);
    render(<App />);
    expect(await screen.findByText('Demo mode: simulator ready')).toBeTruthy();
    expect(screen.getByText('Version 9.9.9')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Tesla Connect Doctor' })).toBeTruthy();
  });

  it('follows status pushes from the main side', async () => {
    const fake = fakeClient(async () => info);
    setClient(fake.client);
    render(<App />);
    await screen.findByText('Demo mode: simulator ready');
    const next: BackendStatus = { state: 'error', messageKey: 'status.starting' };
    fake.push('app:statusChanged', next);
    expect(await screen.findByText('Starting…')).toBeTruthy();
    expect(screen.getByTestId('backend-status').dataset.state).toBe('error');
  });

  it('says clearly when the backend cannot be reached', async () => {
    setClient(fakeClient(() => Promise.reject(new Error('connection lost'))).client);
    render(<App />);
    expect(await screen.findByText(/could not be reached: connection lost/)).toBeTruthy();
  });
});
