// Issue 23, wrong signal 2: when Tesla refuses the account (a 412, a billing 403, a long rate limit), the Test
// screen does not say "No site with a battery" with an API path and "check the connection": the test is
// blocked by the failed layer's check, named in the checklist headline's words, with who acts.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accountGate } from '@shared/checklist/account-gate';
import { REQ } from '@shared/checklist/checklist-input';
import i18next from 'i18next';
import { initI18n } from '@renderer/i18n';
import { TestChargeScreen } from '@renderer/screens/test-charge/TestChargeScreen';
import { useTestChargeStore } from '@renderer/state/test-charge-store';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { installFakeClient } from '@test/component/support/fake-client';
import { answer, handInput } from '@test/support/checklist-input';

const on412 = accountGate(
  handInput([
    answer(
      REQ.products,
      { error: 'Account x must be registered in the current region https://fleet-api.prd.na.vn.cloud.tesla.com' },
      412,
    ),
  ]),
)!;

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  useTestChargeStore.setState({
    sites: [],
    plan: null,
    run: null,
    recovery: [],
    error: null,
    busy: false,
    form: { siteId: '', direction: 'charge', minutes: 5, gridInteraction: true },
  });
  useAccountsStore.setState({ selectedAccountId: null });
});

describe('Test charge screen, Tesla refuses the account', () => {
  it('412: blocked by the platform’s registration, in plain words, with who acts; no site list, no API path', async () => {
    installFakeClient({
      'testCharge:sites': () => ({ sites: [], blocked: on412 }),
      'testCharge:status': () => ({ current: null, recovery: [] }),
    });
    useAccountsStore.setState({ selectedAccountId: 'acct' });
    render(<TestChargeScreen />);
    const blocked = await screen.findByTestId('test-blocked');
    expect(blocked.getAttribute('data-state')).toBe('blocked');
    expect(blocked.getAttribute('data-blocked-by')).toBe('account.partner_registration');
    expect(blocked.textContent).toMatch(/The platform must register with Tesla in region .+ — nothing to do on site/);
    expect(blocked.textContent).toContain(i18next.t('checklist.fixer.platform'));
    const page = document.body.textContent ?? '';
    expect(page).not.toContain(i18next.t('testCharge.form.noSites'));
    expect(page).not.toContain('/api/1/');
    expect(page).not.toMatch(/check the (internet )?connection/i);
  });
});
