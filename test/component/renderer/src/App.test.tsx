// The app frame fetches the other screens' code when the page is idle, but not while a checklist runs or
// is awaited (the app's opening asks for one): compiling it then would delay that answer and its first paint.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApi, createClient, type AppInfo } from '@shared/contract';
import { App } from '@renderer/App';
import { initI18n } from '@renderer/i18n';
import { useAppStore } from '@renderer/state/app-store';
import { useChecklistStore } from '@renderer/state/checklist-store';
import { setClient } from '@renderer/transport';

const preloadScreens = vi.hoisted(() => vi.fn());
vi.mock('@renderer/screens', async (original) => ({ ...(await original()), preloadScreens }));

const info: AppInfo = {
  name: 'Tesla Connect Doctor',
  version: '9.9.9',
  mode: 'demo',
  transport: 'browser',
  backend: { state: 'ready', messageKey: 'status.simulatorReady' },
};

/** The page's idle moments, handed out by the test. */
const idle: (() => void)[] = [];
function idleNow() {
  act(() => {
    for (const callback of idle.splice(0)) callback();
  });
}

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  setClient(null);
  vi.unstubAllGlobals();
  idle.length = 0;
  preloadScreens.mockClear();
  useAppStore.setState({ info: null, error: null });
  useChecklistStore.setState({ running: false, loading: false });
});

describe('App', () => {
  // Running: a checklist read under way; loading: the one the app opens on, awaited before any screen mounts.
  it.each(['running', 'loading'] as const)(
    'preloads the other screens when idle, and waits while a checklist is %s',
    async (busy) => {
      vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
      vi.stubGlobal('cancelIdleCallback', () => undefined);
      setClient(
        createClient(
          buildApi(
            async () => ({ ok: true, value: info }),
            () => () => undefined,
          ),
        ),
      );
      useChecklistStore.setState({ [busy]: true });
      render(<App />);
      expect(await screen.findByText('Demo mode: simulator ready')).toBeTruthy();

      idleNow();
      expect(preloadScreens).not.toHaveBeenCalled();

      act(() => useChecklistStore.setState({ [busy]: false }));
      idleNow();
      expect(preloadScreens).toHaveBeenCalledTimes(1);
    },
  );
});
