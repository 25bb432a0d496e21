import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ExportPreview, type OpenedReportView, type RerunResult } from '@shared/contract';
import type { Report } from '@shared/report/report-schema';
import { initI18n } from '@renderer/i18n';
import { ReportsScreen } from '@renderer/screens/reports/ReportsScreen';
import { useReportsStore } from '@renderer/screens/reports/reports-store';
import { installFakeClient, type Answers } from '@test/component/support/fake-client';

const report: Report = {
  schema: 'tesla-connect-doctor/report@1',
  generatedAt: '2026-11-28T09:15:00.000Z',
  app: { version: '0.1.0', profile: 'demo' },
  customerLabel: 'Job 4711 <b>Müller</b>',
  account: { region: 'eu', grantedScopes: ['openid', 'energy_device_data'] },
  checks: [
    {
      id: 'energy.grid_charging',
      subject: { kind: 'energy_site', id: 'site#abc123' },
      status: 'fail',
      title: 'Grid Charging is off',
      detail: 'No grid charging.',
      evidence: [
        { source: 'GET site_info', field: 'components.disallow_charge_from_grid_with_solar_installed', value: true },
      ],
    },
    {
      id: 'energy.energy_exports',
      subject: { kind: 'energy_site', id: 'site#abc123' },
      status: 'warn',
      title: 'Energy Exports set to Solar',
      detail: 'Solar only.',
      evidence: [],
    },
  ],
  testRuns: [],
  apiUsage: { requests: 3, byClass: { data: 3, command: 0, wake: 0, auth: 0 }, estimatedCostUsd: 0.006 },
  raw: [],
};

const preview = (label: boolean): ExportPreview => ({
  available: true,
  customerLabel: 'Job 4711',
  preview: {
    items: [{ path: 'raw[0].body.access_token', category: 'secret', replacement: '[secret]' }],
    counts: {
      secret: 3,
      vin: 1,
      email: 1,
      phone: 0,
      name: 0,
      address: 0,
      location: 0,
      identifier: 2,
      customer_label: label ? 0 : 1,
    },
    total: label ? 7 : 8,
    truncated: false,
  },
  fileNames: { json: `tesla-connect-doctor_2026-11-28${label ? '_Job-4711' : ''}.json`, html: 'x.html', pdf: 'x.pdf' },
});

function fake(answers: Answers) {
  return installFakeClient(answers).calls;
}

const opened = (digest: OpenedReportView['digest']): OpenedReportView => ({
  openedId: 'abc123',
  fileName: 'r.json',
  digest,
  report,
});
const rerun: RerunResult = {
  available: true,
  checks: [],
  changes: [
    {
      checkId: 'energy.energy_exports',
      subjectId: 'site#abc123',
      kind: 'changed',
      before: 'warn',
      after: 'pass',
      title: 'Energy Exports set to Everything',
    },
  ],
  unchanged: 1,
  verdictChanges: [],
};

beforeAll(() => initI18n('en'));
afterEach(() => {
  cleanup();
  useReportsStore.setState({
    opened: null,
    openError: null,
    rerun: null,
    rerunError: null,
    opening: false,
    rerunning: false,
  });
});

async function chooseFile(text: string, name = 'r.json') {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('Reports screen', () => {
  it('previews what will be hidden and re-previews when the customer label is included', async () => {
    const calls = fake({
      'reports:preview': (a: { includeCustomerLabel: boolean }) => preview(a.includeCustomerLabel),
      'reports:history': () => ({ entries: [], rebuilt: false }),
    });
    render(<ReportsScreen />);
    expect(
      await screen.findByText('8 values will be removed, masked or hashed before the report leaves the app.'),
    ).toBeTruthy();
    expect(screen.getByText('Tokens, codes and secrets (removed): 3')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Include the customer label (Job 4711)'));
    expect(await screen.findByText('File name: tesla-connect-doctor_2026-11-28_Job-4711.json')).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'reports:preview').map((c) => c.args)).toEqual([
      { includeCustomerLabel: false, accountId: null },
      { includeCustomerLabel: true, accountId: null },
    ]);
  });

  it('says to run the checklist first when there is nothing to export', async () => {
    fake({
      'reports:preview': () => ({ ...preview(false), available: false, preview: null }),
      'reports:history': () => ({ entries: [], rebuilt: false }),
    });
    render(<ReportsScreen />);
    expect(await screen.findByText(/Run the checklist first/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save as JSON' })).toBeNull();
  });

  it('opens a chosen file read-only with the banner, warns on a digest mismatch, and shows today’s diff', async () => {
    const calls = fake({
      'reports:preview': () => preview(false),
      'reports:history': () => ({ entries: [], rebuilt: false }),
      'reports:open': () => opened('mismatch'),
      'reports:rerun': () => rerun,
    });
    render(<ReportsScreen />);
    await chooseFile('{"schema":"x"}');
    expect(await screen.findByRole('heading', { name: 'Report for Job 4711 <b>Müller</b>' })).toBeTruthy();
    expect(screen.getByTestId('digest-warning').textContent).toMatch(/changed after it was exported/);
    expect(document.querySelector('b')).toBeNull(); // the label is text, never markup
    expect(calls.find((c) => c.channel === 'reports:open')!.args).toEqual({
      fileName: 'r.json',
      text: '{"schema":"x"}',
    });
    // The checklist's own read-only view shows the report's checks, without actions that change anything.
    expect(screen.getByTestId('check-energy.grid_charging@site#abc123').textContent).toMatch(/Fail/);
    expect(screen.queryByRole('button', { name: /Check again|Reconnect/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'What would today’s app say?' }));
    expect(await screen.findByText('Energy Exports set to Everything: Warning → Pass')).toBeTruthy();
    expect(calls.find((c) => c.channel === 'reports:rerun')!.args).toEqual({ openedId: 'abc123' });
  });

  it('shows the main side’s clear error for a bad file and stays usable', async () => {
    fake({
      'reports:preview': () => preview(false),
      'reports:history': () => ({ entries: [], rebuilt: false }),
      'reports:open': () => {
        throw new Error('This report file is cut off (it ends early). Ask for the file again.');
      },
    });
    render(<ReportsScreen />);
    await chooseFile('{"sch');
    expect((await screen.findByTestId('report-open-error')).textContent).toMatch(/cut off/);
    expect(screen.getByRole('heading', { name: 'Open a report' })).toBeTruthy();
  });

  it('opens a dropped file', async () => {
    const calls = fake({
      'reports:preview': () => preview(false),
      'reports:history': () => ({ entries: [], rebuilt: false }),
      'reports:open': () => opened('match'),
    });
    render(<ReportsScreen />);
    const file = new File(['{}'], 'dropped.json', { type: 'application/json' });
    fireEvent.drop(screen.getByTestId('report-drop-zone'), { dataTransfer: { files: [file] } });
    expect(await screen.findByText('Integrity digest matches: unchanged since export.')).toBeTruthy();
    expect(calls.find((c) => c.channel === 'reports:open')!.args).toEqual({ fileName: 'dropped.json', text: '{}' });
  });

  it('lists the history (one entry per report, with its formats), searches it by label and opens an entry', async () => {
    const entry = {
      id: 'abc123-1',
      exportedAt: '2026-11-28T10:00:00Z',
      generatedAt: '2026-11-28T09:00:00Z',
      customerLabel: 'Job 4711',
      fileName: 'a.json',
      formats: ['json' as const, 'pdf' as const],
      counts: { pass: 3, warn: 1, fail: 2, unknown: 0 },
    };
    const calls = fake({
      'reports:preview': () => preview(false),
      'reports:history': (a: { query?: string }) => ({
        entries: a.query && !'job 4711'.includes(a.query.toLowerCase()) ? [] : [entry],
        rebuilt: true,
      }),
      'reports:openHistory': () => opened('match'),
    });
    render(<ReportsScreen />);
    expect(await screen.findByText('Job 4711')).toBeTruthy();
    expect(screen.getByTestId('report-history').textContent).toContain('saved as JSON, PDF');
    expect(screen.getByText(/rebuilt from the saved reports/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Search by customer label'), { target: { value: 'nobody' } });
    expect(await screen.findByText('No report matches “nobody”.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Search by customer label'), { target: { value: '' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Open' }));
    await waitFor(() => expect(screen.getByTestId('report-view')).toBeTruthy());
    expect(calls.find((c) => c.channel === 'reports:openHistory')!.args).toEqual({ id: 'abc123-1' });
  });
});
