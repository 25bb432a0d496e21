import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlan } from '@shared/contract';
import i18next from 'i18next';
import { initI18n } from '@renderer/i18n';
import { TestChargeScreen } from '@renderer/screens/test-charge/TestChargeScreen';
import { useTestChargeStore } from '@renderer/state/test-charge-store';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { installFakeClient, type Answers } from '@test/component/support/fake-client';

/** A pre-PTO site: Energy Exports "never", and the strategy leaves it alone for want of Permission to Export. */
const prePtoPlan: TestPlan = {
  preflight: { ok: true, blockers: [], warnings: [] },
  strategy: {
    direction: 'discharge',
    gridInteraction: true,
    touches: [{ key: 'default_real_mode', from: 'self_consumption', to: 'autonomous', why: 'mode_tbc_discharge' }],
    leftAlone: [{ key: 'customer_preferred_export_rule', value: 'never', why: 'no_export_permission' }],
    target: { default_real_mode: 'autonomous' },
  },
  settings: { default_real_mode: 'self_consumption', customer_preferred_export_rule: 'never' },
  socPercent: 60,
  thresholdW: 1000,
};

const answers: Answers = {
  'testCharge:sites': () => ({ sites: [{ siteId: '42', name: 'Home', hasBattery: true }] }),
  'testCharge:status': () => ({ current: null, recovery: [] }),
  'testCharge:plan': () => prePtoPlan,
};

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

describe('Test form, pre-PTO discharge (issue 23, wrong signal 4)', () => {
  it('the form and the plan agree: Energy Exports is never changed before permission to operate', async () => {
    installFakeClient(answers);
    useAccountsStore.setState({ selectedAccountId: 'acct' });
    render(<TestChargeScreen />);
    expect(await screen.findByRole('option', { name: 'Home' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Test discharge (to the grid)'));
    fireEvent.click(screen.getByRole('button', { name: 'Check readiness' }));
    // The plan says never changed …
    expect(await screen.findByText(/so never changed/)).toBeTruthy();
    // … and the form beside it no longer promises "Everything".
    const form = screen.getByRole('form', { name: i18next.t('testCharge.form.label') });
    expect(form.textContent).not.toContain(i18next.t('testCharge.form.gridOn.discharge'));
    expect(form.textContent).not.toMatch(/will be set to “Everything”/);
    expect(form.textContent).toContain(i18next.t('testCharge.form.noExportPermission'));
  });
});
