// A customer card says the scopes as of when the freshest token was issued (local time) and lists scopes
// new from Tesla as such, not as an error or a missing box.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccountView } from '@shared/contract';
import { initI18n } from '@renderer/i18n';
import { localTime } from '@renderer/i18n/local-time';
import { AccountCard } from '@renderer/screens/accounts/AccountCard';
import { setClient } from '@renderer/transport';
import { installFakeClient } from '@test/component/support/fake-client';

const account: AccountView = {
  id: 'sub-1',
  profileId: 'demo',
  label: 'Rivera',
  email: null,
  region: 'NA',
  connectedAt: '2026-12-05T09:00:00.000Z',
  grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'email'],
  scopesAsOf: '2026-12-05T10:30:00.000Z',
  state: 'connected',
  reconnectReason: null,
  sessionOnly: true,
  way: 'platform',
  consent: { asked: ['energy_device_data'], missing: [], newFromTesla: ['email'] },
};

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  setClient(null);
});

describe('customer card: scopes', () => {
  it('says the scopes as of the token’s issue time and lists the new one from Tesla without a warning', () => {
    installFakeClient({});
    render(<AccountCard account={account} expanded={false} onToggle={() => undefined} />);
    expect(screen.getByTestId('scopes-as-of').textContent).toBe(
      `Scopes as of ${localTime('2026-12-05T10:30:00.000Z', 'en')}`,
    );
    expect(screen.getByTestId('new-from-tesla').textContent).toMatch(/^New from Tesla: email\. .*not an error/);
    expect(screen.queryByTestId('unticked-boxes')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('nothing new from Tesla: no such line', () => {
    installFakeClient({});
    render(
      <AccountCard
        account={{ ...account, consent: { asked: ['energy_device_data'], missing: [] } }}
        expanded={false}
        onToggle={() => undefined}
      />,
    );
    expect(screen.queryByTestId('new-from-tesla')).toBeNull();
  });
});
