// The Settings screen over a fake API: profiles and the active one, a Tesla profile saved (field errors
// from the contract shown), the client secret sent once and cleared from the page, a profiles file imported.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ProfileList } from '@shared/contract';
import { initI18n } from '@renderer/i18n';
import { SettingsScreen } from '@renderer/screens/settings/SettingsScreen';
import { useProfilesStore } from '@renderer/screens/settings/profiles-store';
import { setClient } from '@renderer/transport';
import { installFakeClient, type Answers } from '@test/component/support/fake-client';

const tesla = {
  id: 'acme',
  kind: 'tesla' as const,
  name: 'ACME Solar',
  clientId: 'client-12345678',
  redirectUri: 'http://127.0.0.1:8765/callback',
  partnerDomain: 'energy.acme.example',
  credential: { type: 'secret' as const },
};

const list = (hasSecret: boolean): ProfileList => ({
  profiles: [
    {
      profile: { id: 'demo', kind: 'demo', name: 'Demo (built-in simulator)', callback: 'loopback' },
      hasClientSecret: false,
      ready: true,
      missing: [],
    },
    { profile: tesla, hasClientSecret: hasSecret, ready: hasSecret, missing: hasSecret ? [] : ['client_secret'] },
  ],
  activeProfileId: 'demo',
  settingsRecovered: null,
});

function fake(answers: Answers) {
  const noAccounts = () => ({ accounts: [], keychain: { available: true, reason: null }, sessionOnly: false });
  return installFakeClient({ 'accounts:list': noAccounts, ...answers }).calls;
}

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  setClient(null);
  useProfilesStore.setState({ list: null, notice: null, busy: false });
});

describe('Settings screen', () => {
  it('shows the profiles, says which needs its secret, and sends the secret once without keeping it', async () => {
    const calls = fake({ 'profiles:list': () => list(false), 'profiles:setClientSecret': () => list(true) });
    render(<SettingsScreen />);
    expect(await screen.findByText('needs its client secret')).toBeTruthy();
    const field = screen.getByLabelText('Client secret') as HTMLInputElement;
    expect(field.type).toBe('password');
    fireEvent.change(field, { target: { value: 'ta-secret.abcdefgh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save to keychain' }));
    await screen.findByText('The client secret was saved to the keychain.');
    expect(calls.find((c) => c.channel === 'profiles:setClientSecret')?.args).toEqual({
      id: 'acme',
      secret: 'ta-secret.abcdefgh',
    });
    expect((screen.getByLabelText('Client secret') as HTMLInputElement).value).toBe('');
    expect(screen.getByText('A client secret is stored in the keychain.')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('ta-secret.abcdefgh');
  });

  it('shows the contract’s field errors when a profile is not valid', async () => {
    const calls = fake({
      'profiles:list': () => list(true),
      'profiles:save': () => {
        throw Object.assign(new Error('invalid'), {
          code: 'invalid_payload',
          issues: [
            {
              path: 'profile.redirectUri',
              message: 'must be http://127.0.0.1:<port>/..., https://... or com.teslaconnectdoctor.app://...',
            },
          ],
        });
      },
    });
    render(<SettingsScreen />);
    await screen.findByRole('radio', { name: /ACME Solar/ });
    fireEvent.change(screen.getByLabelText('Profile id (lower-case letters, digits, dashes)'), {
      target: { value: 'acme2' },
    });
    fireEvent.change(screen.getByLabelText('Redirect URI (as registered with Tesla)'), {
      target: { value: 'http://evil.example/cb' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/redirectUri: must be/);
    expect(calls.find((c) => c.channel === 'profiles:save')?.args).toMatchObject({
      profile: { id: 'acme2', kind: 'tesla', redirectUri: 'http://evil.example/cb', credential: { type: 'secret' } },
    });
  });

  it('imports a profiles file by sending its text to the main side', async () => {
    const calls = fake({ 'profiles:list': () => list(true), 'profiles:import': () => list(true) });
    render(<SettingsScreen />);
    const input = (await screen.findByLabelText('Choose a profiles file (.json)')) as HTMLInputElement;
    const file = new File([JSON.stringify({ profiles: [tesla] })], 'profiles.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(calls.some((c) => c.channel === 'profiles:import')).toBe(true));
    expect(JSON.parse((calls.find((c) => c.channel === 'profiles:import')!.args as { json: string }).json)).toEqual({
      profiles: [tesla],
    });
    expect(await screen.findByText('Profiles imported.')).toBeTruthy();
  });
});
