import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n, setLanguage } from '@renderer/i18n';
import { SupportScreen } from '@renderer/screens/support/SupportScreen';
import { setClient } from '@renderer/transport';
import { installFakeClient, type Answers } from '@test/component/support/fake-client';

function fake(answers: Answers) {
  return installFakeClient(answers).calls;
}

beforeAll(() => initI18n('en'));
afterEach(async () => {
  cleanup();
  setClient(null);
  await setLanguage('en');
});

describe('SupportScreen', () => {
  it('creates a support bundle and shows where it went', async () => {
    fake({
      'support:updateSettings': () => ({ enabled: false, channel: 'stable' }),
      'support:bundle': () => ({
        path: '/data/support/b.zip',
        fileName: 'b.zip',
        bytes: 4096,
        entries: ['manifest.json', 'logs/main.log'],
      }),
    });
    render(<SupportScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Create support bundle' }));
    expect(await screen.findByTestId('support-bundle-result')).toHaveProperty(
      'textContent',
      'Support bundle saved: /data/support/b.zip (2 files, 4 KB)',
    );
  });

  it('says so when the bundle fails, with the backend’s message', async () => {
    fake({
      'support:updateSettings': () => ({ enabled: false, channel: 'stable' }),
      'support:bundle': () => Promise.reject(new Error('disk full')),
    });
    render(<SupportScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Create support bundle' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The support bundle could not be created: disk full');
  });

  it('turns auto-update on and picks the beta channel (the channel is locked while updates are off)', async () => {
    const calls = fake({
      'support:updateSettings': () => ({ enabled: false, channel: 'stable' }),
      'support:setUpdateSettings': (s: never) => s,
    });
    render(<SupportScreen />);
    const toggle = await screen.findByRole('checkbox', { name: 'Update the app automatically' });
    const channel = screen.getByRole('combobox', { name: 'Update channel' }) as HTMLSelectElement;
    expect(channel.disabled).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(channel.disabled).toBe(false));
    fireEvent.change(channel, { target: { value: 'beta' } });
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'support:setUpdateSettings').map((c) => c.args)).toEqual([
        { enabled: true, channel: 'stable' },
        { enabled: true, channel: 'beta' },
      ]),
    );
    expect(await screen.findByText('Update setting saved.')).toBeTruthy();
  });

  it('switches the app to German', async () => {
    fake({ 'support:updateSettings': () => ({ enabled: false, channel: 'stable' }) });
    render(<SupportScreen />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Language of the app' }), { target: { value: 'de' } });
    expect(await screen.findByRole('heading', { name: 'Hilfe und App-Einstellungen' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
  });
});
