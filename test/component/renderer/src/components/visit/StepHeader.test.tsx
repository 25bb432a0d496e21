import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccountView } from '@shared/contract';
import { initI18n } from '@renderer/i18n';
import { StepHeader } from '@renderer/components/visit/StepHeader';
import type { ScreenEntry } from '@renderer/components/screen-entry';
import { useAccountsStore } from '@renderer/state/accounts-store';

const Nothing = () => null;
const screens: ScreenEntry[] = [
  { id: 'accounts', labelKey: 'visit.steps.connect', step: 'connect', Component: Nothing },
  { id: 'checklist', labelKey: 'visit.steps.check', step: 'check', Component: Nothing },
];

const account = (missing: string[]): AccountView => ({
  id: 'acct',
  profileId: 'demo',
  label: 'Maple Street',
  email: null,
  region: 'NA',
  connectedAt: '2026-12-05T10:00:00.000Z',
  grantedScopes: ['openid', 'offline_access'],
  state: 'connected',
  reconnectReason: null,
  sessionOnly: true,
  consent: { asked: ['energy_device_data', 'energy_cmds'], missing },
});

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  useAccountsStore.setState({ accounts: [], selectedAccountId: null });
});

const connectStep = () => screen.getByRole('button', { name: /Connect/ }).closest('li')!;

describe('Step header, Connect with a consent box unticked (issue 23, wrong signal 7)', () => {
  it('is not "✓ done": it needs attention, and says why', () => {
    useAccountsStore.setState({ accounts: [account(['energy_cmds'])], selectedAccountId: 'acct' });
    render(<StepHeader screens={screens} current="accounts" onOpen={() => {}} />);
    const step = connectStep();
    expect(step.getAttribute('data-state')).toBe('attention');
    expect(step.textContent).not.toContain('✓');
    expect(step.textContent).toContain('1 permission missing');
  });

  it('every box ticked: done', () => {
    useAccountsStore.setState({ accounts: [account([])], selectedAccountId: 'acct' });
    render(<StepHeader screens={screens} current="accounts" onOpen={() => {}} />);
    expect(connectStep().getAttribute('data-state')).toBe('done');
    expect(connectStep().textContent).toContain('✓');
  });
});
