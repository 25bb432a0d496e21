import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildChecks, verdicts } from '@shared/checklist/build-checks';
import { REQ, type ChecklistInput } from '@shared/checklist/checklist-input';
import { buildApi, createClient, type ChannelName, type EventName } from '@shared/contract';
import { REPORT_SCHEMA_ID, type Report } from '@shared/report/report-schema';
import { ChecklistView } from '@renderer/components/checklist/ChecklistView';
import { initI18n } from '@renderer/i18n';
import { ChecklistScreen } from '@renderer/screens/checklist/ChecklistScreen';
import { openSelectedChecklist } from '@renderer/state/checklist-at-open';
import { useChecklistStore } from '@renderer/state/checklist-store';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { useVisitStore } from '@renderer/state/visit-store';
import { setClient } from '@renderer/transport';

const VIN = '5YJ3E1EB1PF310013';
const NOW = Date.parse('2026-01-01T12:00:00Z');
const raw = (request: string, body: unknown, status = 200) => ({
  request,
  status,
  receivedAt: new Date(NOW).toISOString(),
  body,
});

function input(exportRule: string, paired: boolean): ChecklistInput {
  return {
    now: NOW,
    account: {
      id: 'acct-1',
      label: 'Rivera',
      region: 'NA',
      grantedScopes: [
        'openid',
        'offline_access',
        'vehicle_device_data',
        'vehicle_cmds',
        'energy_device_data',
        'energy_cmds',
      ],
      accessTokenExpiresAt: NOW + 3600_000,
      hasRefreshToken: true,
    },
    profile: { partnerDomain: 'partner.example' },
    responses: [
      raw(REQ.products, {
        response: [
          { energy_site_id: 42, site_name: 'Maple Street', components: { battery: true } },
          { id: 7, vin: VIN, display_name: 'Blue Comet', state: 'asleep', access_type: 'OWNER' },
        ],
      }),
      raw(REQ.siteInfo('42'), {
        response: {
          backup_reserve_percent: 20,
          default_real_mode: 'self_consumption',
          battery_count: 2,
          components: {
            battery: true,
            customer_preferred_export_rule: exportRule,
            non_export_configured: false,
            edit_setting_energy_exports: true,
          },
        },
      }),
      raw(REQ.liveStatus('42'), {
        response: { percentage_charged: 60, island_status: 'on_grid', timestamp: new Date(NOW).toISOString() },
      }),
      raw(REQ.fleetStatus, {
        response: {
          key_paired_vins: paired ? [VIN] : [],
          unpaired_vins: paired ? [] : [VIN],
          vehicle_info: { [VIN]: { vehicle_command_protocol_required: true, firmware_version: '2024.38.6' } },
        },
      }),
    ],
  };
}

function report(exportRule = 'pv_only', paired = false): Report {
  const checks = buildChecks(input(exportRule, paired));
  return {
    schema: REPORT_SCHEMA_ID,
    generatedAt: new Date(NOW).toISOString(),
    app: { version: '1' },
    account: { region: 'NA', grantedScopes: [] },
    checks,
    verdicts: verdicts(checks),
    testRuns: [],
    apiUsage: { requests: 4, byClass: { data: 4, command: 0, wake: 0, auth: 0 }, estimatedCostUsd: 0.008 },
    raw: [],
  };
}

beforeAll(() => initI18n('en'));
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
  useChecklistStore.setState({
    accountId: null,
    report: null,
    running: false,
    loading: false,
    progress: null,
    rechecking: null,
    error: null,
  });
});

describe('ChecklistView (read-only, reusable)', () => {
  it('paints what is read first in its first frame, and builds the folded items a frame later', async () => {
    const checks = report().checks;
    const passedCount = checks.filter((c) => c.status === 'pass' || c.status === 'not_applicable').length;
    expect(passedCount).toBeGreaterThan(5);
    render(<ChecklistView checks={checks} accountLabel="Rivera" />);
    // The first commit: the things to fix and the verdicts, the folded line with its count but no items yet.
    expect(screen.getByTestId('verdict-charge')).toBeTruthy();
    expect(screen.getByTestId('checklist-problems').querySelectorAll('.ck-item').length).toBeGreaterThan(0);
    const passed = screen.getByTestId('checklist-passed');
    expect(passed.querySelector('summary')?.textContent).toContain(`${passedCount} checks passed`);
    expect(passed.querySelectorAll('.ck-item')).toHaveLength(0);
    // After that frame, every folded item is there, as before.
    await waitFor(() => expect(passed.querySelectorAll('.ck-item')).toHaveLength(passedCount));
  });

  it('opens with the things to fix grouped by who fixes them, folds the passes into one line, names no id in a heading', () => {
    render(<ChecklistView checks={report().checks} accountLabel="Rivera" />);
    const problems = screen.getByTestId('checklist-problems');
    const count = problems.querySelectorAll('.ck-item').length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(within(problems).getByRole('heading', { level: 3 }).textContent).toMatch(
      new RegExp(`${count} things to fix`),
    );
    // The customer changes Energy Exports in the Tesla app and pairs the key on their phone.
    const customer = screen.getByTestId('fixer-customer');
    expect(within(customer).getByRole('heading', { level: 4 }).textContent).toMatch(
      /The customer, in the Tesla app \(\d+\)/,
    );
    expect(within(customer).getByTestId('check-energy.energy_exports@42')).toBeTruthy();
    // Each item says what it is about, by name: the site's, the car's.
    expect(within(customer).getAllByText('· Maple Street').length).toBeGreaterThan(0);
    expect(within(customer).getAllByText('· Blue Comet').length).toBeGreaterThan(0);
    const passed = screen.getByTestId('checklist-passed') as HTMLDetailsElement;
    expect(passed.open).toBe(false);
    expect(passed.querySelector('summary')?.textContent).toMatch(/\d+ checks passed/);
    for (const h of screen.getAllByRole('heading')) expect(h.textContent).not.toMatch(/acct-1|\b42\b|5YJ/);
    const exportsItem = screen.getByTestId('check-energy.energy_exports@42');
    expect(within(exportsItem).getByText('Fail')).toBeTruthy();
    expect(within(exportsItem).getByText('Energy Exports: Solar only')).toBeTruthy();
    const details = exportsItem.querySelector('details');
    expect(details?.open).toBe(false);
    expect(within(details as HTMLElement).getByText('components.customer_preferred_export_rule')).toBeTruthy();
    expect(within(exportsItem).getByText(/In the Tesla app: Settings > Energy Exports > Everything/)).toBeTruthy();
    // Read-only: no "Check again" without an action.
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
  });

  it('lists the blockers under each verdict', () => {
    render(<ChecklistView checks={report().checks} />);
    const battery = screen.getByTestId('verdict-discharge');
    expect(within(battery).getByText('No')).toBeTruthy();
    expect(within(battery).getByText(/Energy Exports: Solar only/)).toBeTruthy();
    const vehicle = screen.getByTestId('verdict-vehicle');
    expect(within(vehicle).getByText(/Virtual key not paired/)).toBeTruthy();
  });

  it('shows the pairing link as a large QR code for an unpaired car', async () => {
    render(<ChecklistView checks={report().checks} />);
    const qr = screen.getByTestId('pairing-qr');
    const img = (await within(qr).findByRole('img')) as HTMLImageElement;
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(img.width).toBe(320);
    expect(img.getAttribute('data-url')).toBe(`https://tesla.com/_ak/partner.example?vin=${VIN}`);
  });

  it('copies a fix to the clipboard and offers check again when allowed', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onRecheck = vi.fn();
    render(<ChecklistView checks={report().checks} onRecheck={onRecheck} />);
    const item = screen.getByTestId('check-energy.energy_exports@42');
    fireEvent.click(within(item).getByRole('button', { name: 'Copy the fix' }));
    await within(item).findByText('Fix copied to the clipboard.');
    expect(writeText.mock.calls[0]?.[0]).toMatch(
      /^In the Tesla app: Settings > Energy Exports > Everything\n1\. Open the Tesla app/,
    );
    fireEvent.click(within(item).getByRole('button', { name: 'Check again' }));
    expect(onRecheck).toHaveBeenCalledWith(expect.objectContaining({ id: 'energy.energy_exports' }));
  });

  it('speaks German from the same checks', async () => {
    await i18next.changeLanguage('de');
    render(<ChecklistView checks={report().checks} />);
    const item = screen.getByTestId('check-energy.energy_exports@42');
    expect(within(item).getByText('Fehler')).toBeTruthy();
    expect(within(item).getByText('Energieexport: nur Solar')).toBeTruthy();
    expect(screen.getByTestId('verdict-discharge').textContent).toMatch(/Bereit, den Speicher ins Netz zu entladen/);
  });
});

describe('ChecklistScreen', () => {
  /** The main side's answer to "Check again": the item and the whole re-judged checklist. */
  const recheckAnswer = (whole: Report) => ({
    check: whole.checks.find((c) => c.id === 'energy.energy_exports'),
    report: whole,
  });

  function fakeClient(handlers: Partial<Record<ChannelName, (args: unknown) => unknown>>) {
    const listeners = new Map<EventName, (p: unknown) => void>();
    const client = createClient(
      buildApi(
        async (channel, args) => {
          const h = handlers[channel];
          if (!h) return { ok: false, error: { code: 'unknown_channel', message: channel } };
          try {
            return { ok: true, value: await h(args) };
          } catch (e) {
            return { ok: false, error: { code: 'handler_failed', message: (e as Error).message } };
          }
        },
        (event, listener) => {
          listeners.set(event, listener);
          return () => listeners.delete(event);
        },
      ),
    );
    return { client, push: (event: EventName, payload: unknown) => listeners.get(event)?.(payload) };
  }

  it("words the usage line in the user's language, the cost as money in that language", async () => {
    setClient(fakeClient({ 'checklist:last': () => report() }).client);
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [] });
    const { unmount } = render(<ChecklistScreen />);
    expect((await screen.findByTestId('api-usage')).textContent).toMatch(/estimated cost \$0\.008$/);
    unmount();
    await i18next.changeLanguage('de');
    render(<ChecklistScreen />);
    // German: decimal comma, the sign after the amount (it printed "0.008 $").
    expect((await screen.findByTestId('api-usage')).textContent).toMatch(/geschätzte Kosten 0,008\s\$$/);
  });

  it('asks for a customer first', () => {
    useAccountsStore.setState({ selectedAccountId: null });
    render(<ChecklistScreen />);
    expect(screen.getByText('Connect a customer first (step Connect).')).toBeTruthy();
  });

  it('runs with progress, then re-checks one item and updates its verdict', async () => {
    let finish: (r: Report) => void = () => undefined;
    const fake = fakeClient({
      'checklist:last': () => null,
      'checklist:run': () => new Promise<Report>((r) => (finish = r)),
      'checklist:recheck': () => recheckAnswer(report('battery_ok')),
    });
    setClient(fake.client);
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [] });
    render(<ChecklistScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Run the checklist' }));
    await screen.findByTestId('checklist-progress');
    act(() =>
      fake.push('checklist:progress', { accountId: 'acct-1', done: 2, total: 4, label: 'GET /api/1/products' }),
    );
    expect(await screen.findByText('Checking… 2 of 4 reads done')).toBeTruthy();
    act(() => finish(report()));
    const item = await screen.findByTestId('check-energy.energy_exports@42');
    expect(within(item).getByText('Fail')).toBeTruthy();
    expect(screen.getByTestId('api-usage').textContent).toMatch(/Fleet API requests: 4/);
    fireEvent.click(within(item).getByRole('button', { name: 'Check again' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('check-energy.energy_exports@42')).getByText('Pass')).toBeTruthy(),
    );
    expect(within(screen.getByTestId('verdict-discharge')).queryByText(/Energy Exports/)).toBeNull();
  });

  it('"Check again" shows the whole re-judged checklist from its one answer; a reconnect of this customer runs it again', async () => {
    const fake = fakeClient({
      'checklist:last': () => null,
      'checklist:run': () => report(),
      'checklist:recheck': () => recheckAnswer(report()),
    });
    setClient(fake.client);
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [] });
    render(<ChecklistScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Run the checklist' }));
    const item = await screen.findByTestId('check-energy.energy_exports@42');
    // The main side's whole checklist after the re-check: the key item (another reading) changed too.
    const calls: string[] = [];
    setClient(
      fakeClient({
        'checklist:last': () => (calls.push('last'), report('battery_ok', true)),
        'checklist:run': () => (calls.push('run'), report('battery_ok', true)),
        'checklist:recheck': () => (calls.push('recheck'), recheckAnswer(report('battery_ok', true))),
      }).client,
    );
    fireEvent.click(within(item).getByRole('button', { name: 'Check again' }));
    await waitFor(() =>
      expect(within(screen.getByTestId(`check-vehicle.virtual_key@${VIN}`)).getByText('Pass')).toBeTruthy(),
    );
    expect(within(screen.getByTestId('verdict-vehicle')).getByText('Yes')).toBeTruthy();
    // One round trip: the answer to the re-check carries the re-judged checklist.
    expect(calls).toEqual(['recheck']);
  });

  it('re-runs after this customer reconnects, from the event alone', async () => {
    let runs = 0;
    const fake = fakeClient({ 'checklist:last': () => null, 'checklist:run': () => ((runs += 1), report()) });
    setClient(fake.client);
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [] });
    render(<ChecklistScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Run the checklist' }));
    await screen.findByTestId('check-energy.energy_exports@42');
    expect(runs).toBe(1);
    act(() => fake.push('accounts:signInFinished', { signInId: 's', ok: true, accountId: 'acct-1', error: null }));
    await waitFor(() => expect(runs).toBe(2));
  });

  it('the header says which way in was used, and that the own app does not judge the platform’s scopes and key', async () => {
    setClient(fakeClient({ 'checklist:last': () => null }).client);
    const customer = {
      id: 'acct-1',
      profileId: 'demo',
      label: 'Rivera',
      email: null,
      region: 'NA' as const,
      connectedAt: '2026-11-28T09:00:00.000Z',
      grantedScopes: [],
      state: 'connected' as const,
      reconnectReason: null,
      sessionOnly: true,
    };
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [{ ...customer, way: 'platform' }] });
    const { unmount } = render(<ChecklistScreen />);
    expect(screen.getByTestId('checklist-way').textContent).toBe('Way in: Through the platform.');
    unmount();
    useAccountsStore.setState({ accounts: [{ ...customer, way: 'own_app' }] });
    render(<ChecklistScreen />);
    expect(screen.getByTestId('checklist-way').textContent).toMatch(
      /^Way in: The doctor’s own app\. The platform’s permissions and virtual key are not judged/,
    );
  });

  it('shows a failed run as an alert', async () => {
    setClient(
      fakeClient({
        'checklist:last': () => null,
        'checklist:run': () => Promise.reject(new Error('This customer needs to reconnect')),
      }).client,
    );
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [] });
    render(<ChecklistScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Run the checklist' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/reconnect/);
  });

  it('while the last checklist is being asked for, says neither "not run yet" nor lets "Run" start a second one', async () => {
    let answer: (r: Report | null) => void = () => undefined;
    setClient(
      fakeClient({
        'checklist:last': () => new Promise<Report | null>((resolve) => (answer = resolve)),
        'checklist:run': () => report(),
      }).client,
    );
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [] });
    render(<ChecklistScreen />);
    const run = screen.getByTestId('run-checklist') as HTMLButtonElement;
    await waitFor(() => expect(run.disabled).toBe(true));
    expect(screen.queryByText(i18next.t('checklist.notRun'))).toBeNull();
    act(() => answer(null));
    await waitFor(() => expect(run.disabled).toBe(false));
    expect(screen.getByText(i18next.t('checklist.notRun'))).toBeTruthy();
  });
});

describe('the checklist as the app opens', () => {
  const connected = (state: 'connected' | 'reconnect_needed') =>
    ({ id: 'acct-1', label: 'Rivera', state }) as unknown as ReturnType<
      typeof useAccountsStore.getState
    >['accounts'][number];

  function client(last: Report | null) {
    const calls: string[] = [];
    const api = buildApi(
      async (channel) => {
        calls.push(channel);
        if (channel === 'checklist:last') return { ok: true, value: last };
        if (channel === 'checklist:run') return { ok: true, value: report() };
        return { ok: false, error: { code: 'unknown_channel', message: channel } };
      },
      () => () => undefined,
    );
    setClient(createClient(api));
    return calls;
  }

  it("opens the visit at Check and reads the selected connected customer's checklist when none is held", async () => {
    const calls = client(null);
    useVisitStore.setState({ screen: 'accounts' });
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [connected('connected')] });
    await openSelectedChecklist();
    await waitFor(() => expect(useChecklistStore.getState().report).not.toBeNull());
    expect(calls).toEqual(['checklist:last', 'checklist:run']);
    expect(useVisitStore.getState().screen).toBe('checklist');
  });

  it('stays on Connect for a customer with a consent box unticked, and where the installer went meanwhile', async () => {
    client(null);
    const missing = { ...connected('connected'), consent: { asked: [], missing: ['energy_cmds'] } };
    useVisitStore.setState({ screen: 'accounts' });
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [missing] });
    await openSelectedChecklist();
    expect(useVisitStore.getState().screen).toBe('accounts');
    useVisitStore.setState({ screen: 'settings' });
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [connected('connected')] });
    await openSelectedChecklist();
    expect(useVisitStore.getState().screen).toBe('settings');
  });

  it('shows the one held (a reload) without reading Tesla again', async () => {
    const calls = client(report());
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [connected('connected')] });
    await openSelectedChecklist();
    await waitFor(() => expect(useChecklistStore.getState().report).not.toBeNull());
    expect(calls).toEqual(['checklist:last']);
  });

  it('runs nothing for a customer who must sign in again, nor with nobody selected', async () => {
    const calls = client(null);
    useAccountsStore.setState({ selectedAccountId: 'acct-1', accounts: [connected('reconnect_needed')] });
    await openSelectedChecklist();
    useAccountsStore.setState({ selectedAccountId: null, accounts: [] });
    await openSelectedChecklist();
    expect(calls).toEqual([]);
  });
});
