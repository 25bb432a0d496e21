// Issue 23, wrong signal 6: with no usable keychain the Connect button is disabled; beside it the reason,
// and what to do and who does it, tied to the button for screen readers (aria-describedby).
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '@renderer/i18n';
import { ConnectPanel } from '@renderer/screens/accounts/ConnectPanel';
import { useAccountsStore } from '@renderer/state/accounts-store';

const REASON = 'the Secret Service is not running';

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  useAccountsStore.setState({ keychain: null, sessionOnly: false, connectWays: null, signIn: null, busy: false });
});

describe('Connect without a usable keychain', () => {
  it('says beside the disabled button why, and what to do on this laptop', () => {
    useAccountsStore.setState({
      keychain: { available: false, reason: REASON },
      sessionOnly: false,
      connectWays: null,
      signIn: null,
      busy: false,
    });
    render(<ConnectPanel />);
    const button = screen.getByRole('button', {
      name: i18next.t('accounts.connect.start'),
    }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const describedBy = button.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const reason = document.getElementById(describedBy!)!;
    expect(reason).toBeTruthy();
    expect(reason.textContent).toContain(REASON);
    // What to do, and who: the installer, here, switches to session-only mode.
    expect(reason.textContent).toContain('session-only');
    expect(reason.textContent).toContain('You, on this laptop');
    // Beside the button: its next sibling in the form.
    expect(button.nextElementSibling).toBe(reason);
  });

  it('no reason once session-only mode is on (the button works)', () => {
    useAccountsStore.setState({
      keychain: { available: false, reason: REASON },
      sessionOnly: true,
      connectWays: null,
      signIn: null,
      busy: false,
    });
    render(<ConnectPanel />);
    const button = screen.getByRole('button', {
      name: i18next.t('accounts.connect.start'),
    }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-describedby')).toBeNull();
  });
});
