// The profile list: each profile's way in in one sentence, the Demo profile's demo platform, a platform
// profile's agent key sent once and never shown back ("a key is stored", replace, remove), and "Test the
// platform" saying what is wrong and who fixes it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformTest, ProfileList } from '@shared/contract';
import { initI18n } from '@renderer/i18n';
import { ProfilePicker } from '@renderer/screens/settings/ProfilePicker';
import { useProfilesStore } from '@renderer/screens/settings/profiles-store';
import { setClient } from '@renderer/transport';
import { installFakeClient } from '@test/component/support/fake-client';

const KEY = 'agent-key.0123456789abcdef';
const acme = {
  id: 'acme',
  kind: 'tesla' as const,
  name: 'ACME Solar',
  clientId: 'client-12345678',
  redirectUri: 'http://127.0.0.1:8765/callback',
  partnerDomain: 'energy.acme.example',
  credential: { type: 'secret' as const },
  way: 'platform' as const,
  platform: { url: 'https://platform.acme.example/api', name: 'ACME Energy' },
};

const list = (hasAgentKey: boolean): ProfileList => ({
  profiles: [
    {
      profile: { id: 'demo', kind: 'demo', name: 'Demo (built-in simulator)', callback: 'loopback' },
      hasClientSecret: false,
      ready: true,
      missing: [],
      way: 'platform',
      hasAgentKey: true,
    },
    {
      profile: acme,
      hasClientSecret: false,
      ready: hasAgentKey,
      missing: hasAgentKey ? [] : ['agent_key'],
      way: 'platform',
      hasAgentKey,
    },
  ],
  activeProfileId: 'demo',
  settingsRecovered: null,
});

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  setClient(null);
  useProfilesStore.setState({ list: null, notice: null, busy: false, platformTests: {} });
});

function show(l: ProfileList) {
  useProfilesStore.setState({ list: l });
  return render(<ProfilePicker list={l} />);
}

describe('profile list: platform and agent key', () => {
  it('says each profile’s way in and what it means; the Demo profile keeps its demo platform', () => {
    installFakeClient({});
    show(list(false));
    const lines = screen.getAllByTestId('profile-way').map((p) => p.textContent);
    expect(lines[0]).toMatch(/^Way in: Through the platform\. Borrows the platform’s own connection/);
    expect(screen.getByText(/demo platform Demo Energy with its demo agent key/)).toBeTruthy();
    expect(screen.getByText('Platform ACME Energy at platform.acme.example')).toBeTruthy();
    expect(screen.getByText('needs your agent key')).toBeTruthy();
  });

  it('sends the agent key once, empties the field, and afterwards only says a key is stored', async () => {
    const { calls } = installFakeClient({ 'profiles:setAgentKey': () => list(true) });
    const view = show(list(false));
    const field = screen.getByLabelText('Your agent key for ACME Energy') as HTMLInputElement;
    expect(field.type).toBe('password');
    fireEvent.change(field, { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Save key to keychain' }));
    await waitFor(() => expect(useProfilesStore.getState().notice?.key).toBe('settings.platform.keySaved'));
    expect(calls.find((c) => c.channel === 'profiles:setAgentKey')?.args).toEqual({ id: 'acme', key: KEY });
    expect(field.value).toBe('');
    view.rerender(<ProfilePicker list={useProfilesStore.getState().list!} />);
    expect(screen.getByTestId('agent-key-state').textContent).toBe('An agent key is stored in the keychain.');
    expect(screen.getByRole('button', { name: 'Replace key' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove key from keychain' })).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(KEY);
  });

  const outcomes: [PlatformTest, RegExp][] = [
    [{ outcome: 'ok', host: 'platform.acme.example' }, /answered as a platform and accepted your agent key/],
    [{ outcome: 'key_invalid', host: 'platform.acme.example' }, /\(401\).*administrator gives you a new key/],
    [{ outcome: 'unreachable', host: 'platform.acme.example' }, /could not be reached\. Check the address/],
    [{ outcome: 'not_platform', host: 'platform.acme.example', status: 404 }, /not as a platform.*HTTP 404/],
    [{ outcome: 'forbidden', host: 'platform.acme.example' }, /\(403\)/],
  ];
  for (const [result, words] of outcomes) {
    it(`Test the platform: ${result.outcome}`, async () => {
      const { calls } = installFakeClient({ 'profiles:testPlatform': () => result });
      show(list(true));
      fireEvent.click(screen.getByRole('button', { name: 'Test the platform' }));
      const said = await screen.findByText(words);
      expect(said.getAttribute('role')).toBe(result.outcome === 'ok' ? 'status' : 'alert');
      expect(calls.find((c) => c.channel === 'profiles:testPlatform')?.args).toEqual({ id: 'acme' });
    });
  }
});
