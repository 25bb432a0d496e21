// A screen whose code fails to load (a chunk gone after a rebuild, a flaky disk) shows "could not be
// loaded" in its place; the status bar and the navigation stay, and Try again fetches the code again.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApi, createClient, type AppInfo } from '@shared/contract';
import { App } from '@renderer/App';
import { initI18n } from '@renderer/i18n';
import { useAppStore } from '@renderer/state/app-store';
import { setClient } from '@renderer/transport';

const chunk = vi.hoisted(() => ({ fail: true, loads: 0 }));
vi.mock('@renderer/screens/support/SupportScreen', async () => {
  chunk.loads += 1;
  if (chunk.fail) throw new TypeError('Failed to fetch dynamically imported module: /assets/SupportScreen-1a2b3c.js');
  return { SupportScreen: () => <h2>Support screen loaded</h2> };
});

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

function client() {
  return createClient(
    buildApi(
      async () => ({ ok: true, value: info }),
      () => () => undefined,
    ),
  );
}

describe('ScreenBoundary', () => {
  it('a screen whose import rejects shows the failure; nav and status bar stay; Try again loads it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setClient(client());
    render(<App />);
    expect(await screen.findByText('Demo mode: simulator ready')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Support' }));
    expect(await screen.findByText('This screen could not be loaded')).toBeTruthy();
    // The rest of the app is still there: the status bar, and every screen one click away.
    expect(screen.getByText('Demo mode: simulator ready')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Site visit' });
    expect(nav.querySelectorAll('button').length).toBeGreaterThan(1);
    expect(screen.getByRole('button', { name: 'Test' })).toBeTruthy();
    // The code is back (the network returned): Try again fetches it afresh, although React.lazy failed once.
    chunk.fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Support screen loaded')).toBeTruthy();
    expect(chunk.loads).toBeGreaterThanOrEqual(2);
    expect(screen.queryByText('This screen could not be loaded')).toBeNull();
    // Another screen still works after the failure.
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.queryByText('This screen could not be loaded')).toBeNull();
  });
});
