import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EventName, type RunView, type TestPlan } from '@shared/contract';
import { initI18n } from '@renderer/i18n';
import { TestChargeScreen } from '@renderer/screens/test-charge/TestChargeScreen';
import { useTestChargeStore } from '@renderer/state/test-charge-store';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { installFakeClient, type Answers } from '@test/component/support/fake-client';

function fake(answers: Answers) {
  const fake = installFakeClient(answers);
  return { calls: fake.calls, emit: (event: EventName, payload: unknown) => act(() => fake.emit(event, payload)) };
}

const plan = (ok: boolean): TestPlan => ({
  preflight: ok
    ? { ok, blockers: [], warnings: [] }
    : { ok, blockers: [{ code: 'off_grid', observed: 'off_grid_unintentional' }], warnings: [] },
  strategy: {
    direction: 'discharge',
    gridInteraction: true,
    touches: [
      { key: 'default_real_mode', from: 'self_consumption', to: 'autonomous', why: 'mode_tbc_discharge' },
      { key: 'backup_reserve_percent', from: 20, to: 0, why: 'reserve_lowest' },
    ],
    leftAlone: [{ key: 'customer_preferred_export_rule', value: 'battery_ok', why: 'already_set' }],
    target: {
      default_real_mode: 'autonomous',
      backup_reserve_percent: 0,
      customer_preferred_export_rule: 'battery_ok',
    },
  },
  settings: {
    default_real_mode: 'self_consumption',
    backup_reserve_percent: 20,
    customer_preferred_export_rule: 'battery_ok',
  },
  socPercent: 60,
  thresholdW: 1000,
});

const baseAnswers = {
  'testCharge:sites': () => ({
    sites: [
      { siteId: '42', name: 'Home', hasBattery: true },
      { siteId: '7', name: 'Solar only', hasBattery: false },
    ],
  }),
  'testCharge:status': () => ({ current: null, recovery: [] }),
};

const runView = (patch: Partial<RunView>): RunView => ({
  runId: 'run-1',
  accountId: 'acct',
  siteId: '42',
  direction: 'discharge',
  minutes: 5,
  gridInteraction: true,
  phase: 'watching',
  remainingSeconds: 240,
  clockSpeed: 1,
  samples: [{ t: 0, batteryW: 4200, gridW: -3100, solarW: 0, loadW: 1100, socPercent: 60 }],
  ...patch,
});

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

describe('Test charge screen', () => {
  it('asks for a customer first', () => {
    fake(baseAnswers);
    render(<TestChargeScreen />);
    expect(screen.getByText('Select a connected customer first (Customers screen).')).toBeTruthy();
  });

  it('explains a blocker and offers no start while one stands', async () => {
    const { calls } = fake({ ...baseAnswers, 'testCharge:plan': () => plan(false) });
    useAccountsStore.setState({ selectedAccountId: 'acct' });
    render(<TestChargeScreen />);
    expect(await screen.findByRole('option', { name: 'Home' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Solar only' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Test discharge (to the grid)'));
    fireEvent.click(screen.getByRole('button', { name: 'Check readiness' }));
    expect(await screen.findByText('The site is off grid. Try again when it is back on grid.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Start test discharge' }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls.find((c) => c.channel === 'testCharge:plan')?.args).toEqual({
      accountId: 'acct',
      siteId: '42',
      direction: 'discharge',
      minutes: 5,
      gridInteraction: true,
    });
  });

  it('a test the checklist says will fail is blocked with the item and its fix; "Run anyway…" confirms, then starts forced', async () => {
    const prePto: TestPlan = {
      ...plan(false),
      preflight: {
        ok: false,
        blockers: [{ code: 'checklist', checkId: 'energy.permission_to_export', observed: 'Permission to Export: No' }],
        warnings: [],
      },
      strategy: {
        ...plan(true).strategy,
        leftAlone: [{ key: 'customer_preferred_export_rule', value: 'never', why: 'no_export_permission' }],
      },
      checklist: {
        blocking: [
          {
            id: 'energy.permission_to_export',
            subject: { kind: 'energy_site', id: '42' },
            status: 'fail',
            title: 'Permission to Export: No',
            detail: '',
            evidence: [],
            fix: {
              summary: 'Ask Tesla or the installer to enable it (Permission to Export)',
              steps: [],
              links: [],
              actor: 'installer',
            },
          },
        ],
        notes: [],
      },
    };
    const { calls } = fake({
      ...baseAnswers,
      'testCharge:plan': () => prePto,
      'testCharge:start': () => ({ runId: 'run-1' }),
    });
    useAccountsStore.setState({ selectedAccountId: 'acct' });
    render(<TestChargeScreen />);
    expect(await screen.findByRole('option', { name: 'Home' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Test discharge (to the grid)'));
    fireEvent.click(screen.getByRole('button', { name: 'Check readiness' }));
    const blocked = await screen.findByTestId('tc-blocked');
    expect(blocked.textContent).toContain('The checklist says this test will fail:');
    expect(blocked.textContent).toContain('Permission to Export: No');
    expect(screen.queryByText('Ready: nothing blocks the test.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start test discharge' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Run anyway…' }));
    const confirm = screen.getByTestId('tc-confirm-force');
    expect(confirm.textContent).toContain('Energy Exports stays as it is');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, run it anyway' }));
    await act(async () => {});
    expect(calls.find((c) => c.channel === 'testCharge:start')?.args).toMatchObject({
      direction: 'discharge',
      force: true,
    });
  });

  it('a charge the checklist does not stop names what it still reports instead of "nothing blocks"', async () => {
    const note = {
      id: 'energy.permission_to_export' as const,
      subject: { kind: 'energy_site' as const, id: '42' },
      status: 'fail' as const,
      title: 'Permission to Export: No',
      detail: '',
      evidence: [],
    };
    fake({ ...baseAnswers, 'testCharge:plan': () => ({ ...plan(true), checklist: { blocking: [], notes: [note] } }) });
    useAccountsStore.setState({ selectedAccountId: 'acct' });
    render(<TestChargeScreen />);
    expect(await screen.findByRole('option', { name: 'Home' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check readiness' }));
    const notes = await screen.findByTestId('tc-ready-notes');
    expect(notes.textContent).toContain('Permission to Export: No');
    expect(screen.queryByText('Ready: nothing blocks the test.')).toBeNull();
  });

  it('a run the checklist stopped names the item in the user’s language and says nothing was changed', async () => {
    const blocker = {
      code: 'checklist',
      checkId: 'energy.permission_to_export',
      observed: 'Permission to Export: No',
      text: { key: 'permission.off', params: {} },
    };
    const result = {
      id: 'run-1',
      siteId: '42',
      direction: 'discharge' as const,
      minutes: 5,
      gridInteraction: true,
      startedAt: '2026-01-01T00:00:00Z',
      verdict: 'blocked' as const,
      reason: 'energy.permission_to_export',
      settingsBefore: {},
      restored: true,
      samples: [],
      preflight: { ok: false, blockers: [blocker], warnings: [] },
    };
    const finished = runView({ phase: 'finished', samples: [], result });
    fake({ ...baseAnswers, 'testCharge:status': () => ({ current: finished, recovery: [] }) });
    useAccountsStore.setState({ selectedAccountId: 'acct' });
    useTestChargeStore.setState({ run: finished });
    render(<TestChargeScreen />);
    await screen.findByRole('option', { name: 'Home' });
    const shown = await screen.findByTestId('tc-result');
    expect(shown.textContent).toContain(
      'Not started: the checklist says this test will fail: Permission to Export: No. Nothing was changed.',
    );
    expect(screen.getByTestId('tc-untouched')).toBeTruthy();
    expect(screen.queryByTestId('tc-restored')).toBeNull();
    await act(async () => void (await i18next.changeLanguage('de')));
    expect(screen.getByTestId('tc-result').textContent).toContain('Einspeiseerlaubnis: Nein');
    await act(async () => void (await i18next.changeLanguage('en')));
  });

  it('shows what it changes and why, then runs with countdown, Stop, verdict and "settings restored"', async () => {
    const { calls, emit } = fake({
      ...baseAnswers,
      'testCharge:plan': () => plan(true),
      'testCharge:start': () => ({ runId: 'run-1' }),
      'testCharge:stop': () => ({ stopping: true }),
    });
    useAccountsStore.setState({ selectedAccountId: 'acct' });
    render(<TestChargeScreen />);
    await screen.findByRole('option', { name: 'Home' });
    fireEvent.click(screen.getByLabelText('Test discharge (to the grid)'));
    fireEvent.click(screen.getByRole('button', { name: 'Check readiness' }));
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /Backup reserve/ });
    expect(row.textContent).toContain('20 %');
    expect(row.textContent).toContain('0 %');
    expect(row.textContent).toContain('The lowest reserve lets the battery run down.');
    expect(screen.getByText(/Energy Exports: Everything — already as the test needs it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start test discharge' }));
    await screen.findByText('Reading the settings and saving them…');
    emit('testCharge:state', runView({ strategy: plan(true).strategy }));
    expect(screen.getByText(/4:00 left/)).toBeTruthy();
    expect(screen.getByTestId('tc-changed').textContent).toBe(
      'Changed for the test: Operation mode → Time-Based Control, Backup reserve → 0 %.',
    );
    expect(screen.getByTestId('tc-battery').textContent).toBe('4,200 W');
    emit('testCharge:sample', {
      runId: 'run-1',
      sample: { t: 20, batteryW: 4300, gridW: -3200, solarW: 0, loadW: 1100, socPercent: 59.5 },
      remainingSeconds: 220,
    });
    expect(screen.getByTestId('tc-battery').textContent).toBe('4,300 W');
    expect(screen.getByText(/3:40 left/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop and restore' }));
    await act(async () => {});
    expect(calls.some((c) => c.channel === 'testCharge:stop')).toBe(true);
    emit(
      'testCharge:state',
      runView({
        phase: 'finished',
        remainingSeconds: 0,
        result: {
          id: 'run-1',
          siteId: '42',
          direction: 'discharge',
          minutes: 5,
          gridInteraction: true,
          startedAt: 'x',
          verdict: 'pass',
          reason: 'discharged_to_grid',
          settingsBefore: { backup_reserve_percent: 20 },
          settingsAfter: { backup_reserve_percent: 20 },
          restored: true,
          samples: [],
        },
      }),
    );
    expect(screen.getByText(/Passed: the battery discharged to the grid/)).toBeTruthy();
    expect(screen.getByTestId('tc-restored').textContent).toContain('Settings restored');
    expect(screen.queryByRole('button', { name: 'Stop and restore' })).toBeNull();
    // The plan read before the test is stale now: readiness must be checked again before another start.
    expect(screen.queryByRole('button', { name: 'Start test discharge' })).toBeNull();
  });

  it('when the restore fails, lists the original values to set by hand', async () => {
    fake({
      ...baseAnswers,
      'testCharge:status': () => ({
        current: runView({
          phase: 'finished',
          result: {
            id: 'run-1',
            siteId: '42',
            direction: 'charge',
            minutes: 5,
            gridInteraction: true,
            startedAt: 'x',
            verdict: 'pass',
            reason: 'charged',
            settingsBefore: { backup_reserve_percent: 20, disallow_charge_from_grid_with_solar_installed: true },
            restored: false,
            samples: [],
            restoreError: 'Tesla answered 401',
          },
        }),
        recovery: [],
      }),
    });
    useAccountsStore.setState({ selectedAccountId: 'acct' });
    render(<TestChargeScreen />);
    expect(await screen.findByText(/could not be put back \(Tesla answered 401\)/)).toBeTruthy();
    expect(screen.getByText('Backup reserve: 20 %')).toBeTruthy();
    expect(screen.getByText('Grid Charging: No')).toBeTruthy();
  });

  it('shows the start-up recovery notice', async () => {
    fake({
      ...baseAnswers,
      'testCharge:status': () => ({ current: null, recovery: [{ status: 'restored', siteId: '42', at: 'x' }] }),
    });
    useAccountsStore.setState({ selectedAccountId: 'acct' });
    render(<TestChargeScreen />);
    expect(
      await screen.findByText('An interrupted test on site 42 was finished: the customer’s settings are restored.'),
    ).toBeTruthy();
  });
});

describe('a restore that needs a person', () => {
  it('forgets the journal only after the installer confirms the values were set by hand', async () => {
    const { calls } = fake({
      ...baseAnswers,
      'testCharge:status': () => ({
        current: null,
        recovery: [
          {
            status: 'failed',
            siteId: '42',
            error: 'Tesla answered 401',
            original: { customer_preferred_export_rule: 'pv_only' },
            at: 'x',
          },
        ],
      }),
      'testCharge:discard': () => ({ discarded: true }),
    });
    useAccountsStore.setState({ selectedAccountId: 'acct' });
    render(<TestChargeScreen />);
    expect(await screen.findByText('Energy Exports: Solar')).toBeTruthy();
    const forget = screen.getByRole('button', { name: 'Forget this restore' }) as HTMLButtonElement;
    expect(forget.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('I have set these values in the customer’s Tesla app'));
    fireEvent.click(forget);
    await act(async () => {});
    expect(calls.find((c) => c.channel === 'testCharge:discard')?.args).toEqual({ siteId: '42' });
    expect(screen.queryByText('Energy Exports: Solar')).toBeNull();
  });
});
