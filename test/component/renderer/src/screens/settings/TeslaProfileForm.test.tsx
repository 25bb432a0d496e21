// The profile form names the three ways in, each with what it means in one sentence, and a profile through
// the platform is sent with the platform's address and name (the agent key is never part of a profile).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileList } from '@shared/contract';
import { initI18n } from '@renderer/i18n';
import { TeslaProfileForm } from '@renderer/screens/settings/TeslaProfileForm';
import { useProfilesStore } from '@renderer/screens/settings/profiles-store';
import { setClient } from '@renderer/transport';
import { installFakeClient } from '@test/component/support/fake-client';

const empty: ProfileList = { profiles: [], activeProfileId: 'demo', settingsRecovered: null };

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  setClient(null);
  useProfilesStore.setState({ list: null, notice: null, busy: false });
});

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

function fillTheRest() {
  fill('Profile id (lower-case letters, digits, dashes)', 'acme');
  fill('Name', 'ACME Solar');
  fill('Client id', 'client-12345678');
  fill('Partner domain (for the key-pairing link)', 'energy.acme.example');
}

describe('Tesla profile form: the way in', () => {
  it('offers the three ways, through the platform first, each said in one sentence', () => {
    installFakeClient({ 'profiles:list': () => empty });
    render(<TeslaProfileForm />);
    const ways = screen.getByRole('group', { name: 'Way in' });
    const radios = ways.querySelectorAll('input[type="radio"]');
    expect([...radios].map((r) => (r as HTMLInputElement).value)).toEqual(['platform', 'own_app', 'replace']);
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    expect(ways.textContent).toContain('nobody signs in again');
    expect(ways.textContent).toContain('its scopes and virtual key are not judged');
    expect(ways.textContent).toContain('this signs them out of the platform until they reconnect there');
  });

  it('sends the platform’s address and name with a profile through the platform', async () => {
    const { calls } = installFakeClient({ 'profiles:save': () => empty });
    render(<TeslaProfileForm />);
    fillTheRest();
    fill('Platform connection API (https address)', 'https://platform.acme.example/api');
    fill('Platform name (as shown to you and the customer)', 'ACME Energy');
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'profiles:save')).toBe(true));
    expect(calls.find((c) => c.channel === 'profiles:save')?.args).toMatchObject({
      profile: { way: 'platform', platform: { url: 'https://platform.acme.example/api', name: 'ACME Energy' } },
    });
  });

  it('the doctor’s own app: no platform fields, none sent', async () => {
    const { calls } = installFakeClient({ 'profiles:save': () => empty });
    render(<TeslaProfileForm />);
    fireEvent.click(screen.getByRole('radio', { name: /The doctor’s own app/ }));
    expect(screen.queryByLabelText('Platform connection API (https address)')).toBeNull();
    fillTheRest();
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'profiles:save')).toBe(true));
    const sent = (calls.find((c) => c.channel === 'profiles:save')?.args as { profile: Record<string, unknown> })
      .profile;
    expect(sent.way).toBe('own_app');
    expect(sent).not.toHaveProperty('platform');
  });
});
