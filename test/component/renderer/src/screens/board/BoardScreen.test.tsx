// The Board screen over a fake main side: the empty state says what to run; incidents come first with their
// homes count and advice (never "reconnect"); the filters ask the main side; a home opens with its history;
// the CSV export downloads; German words the same screen.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardHome, BoardHomeDetail, BoardSummary } from '@shared/contract';
import { initI18n, setLanguage } from '@renderer/i18n';
import { BoardScreen } from '@renderer/screens/board/BoardScreen';
import { useBoardStore } from '@renderer/screens/board/board-store';
import { setClient } from '@renderer/transport';
import { installFakeClient, type Answers } from '@test/component/support/fake-client';

const sweep = {
  id: 2,
  startedAt: '2026-03-01T10:00:00.000Z',
  finishedAt: '2026-03-01T10:02:00.000Z',
  status: 'done' as const,
  homes: 20,
  requests: 42,
  wakes: 0,
  rateLimited: 0,
};
const summary: BoardSummary = {
  sweep,
  store: { kind: 'pglite', label: '/data/sweep-store' },
  incidents: [
    { cause: 'connection.tesla_auth_unavailable', actor: 'wait', advice: 'wait', share: 0.3, homes: 6 },
    { cause: 'account.app_status', actor: 'platform', advice: 'platform', share: 0.25, homes: 5 },
  ],
  byCause: [
    { cause: 'healthy', count: 8 },
    { cause: 'connection.tesla_auth_unavailable', count: 6 },
  ],
  byActor: [
    { actor: 'none', count: 8 },
    { actor: 'wait', count: 6 },
  ],
  changes: {
    newlyBroken: 1,
    recovered: 1,
    items: [
      { ref: 'c-0007', kind: 'newly_broken', fromCause: 'healthy', toCause: 'scope.energy_read' },
      { ref: 'c-0008', kind: 'recovered', fromCause: 'connection.login_required', toCause: 'healthy' },
    ],
  },
};
const home = (ref: string, extra: Partial<BoardHome> = {}): BoardHome => ({
  ref,
  region: 'NA',
  cause: 'healthy',
  actor: 'none',
  incident: null,
  change: null,
  lastSweptAt: sweep.finishedAt,
  ...extra,
});
const incidentHome = home('c-0001', {
  cause: 'connection.tesla_auth_unavailable',
  actor: 'wait',
  incident: 'connection.tesla_auth_unavailable',
});
const detail: BoardHomeDetail = {
  home: home('c-0007', { cause: 'scope.energy_read', actor: 'customer', change: 'newly_broken' }),
  history: [
    {
      sweepId: 2,
      sweptAt: sweep.finishedAt,
      cause: 'scope.energy_read',
      actor: 'customer',
      dataAgeSeconds: null,
      checks: [
        {
          id: 'scope.energy_read',
          status: 'fail',
          text: { key: 'scope.missing', params: { checkbox: 'Energy Product Information' } },
          actor: 'customer',
        },
      ],
    },
    {
      sweepId: 1,
      sweptAt: '2026-03-01T09:00:00.000Z',
      cause: 'healthy',
      actor: 'none',
      dataAgeSeconds: 120,
      checks: [],
    },
  ],
};

const board = (extra: Answers = {}) =>
  installFakeClient({
    'board:summary': () => summary,
    'board:homes': () => ({ homes: [incidentHome, home('c-0007'), home('c-0010')], total: 3 }),
    'board:home': () => detail,
    ...extra,
  }).calls;

beforeAll(() => initI18n('en'));
beforeEach(() =>
  useBoardStore.setState({ summary: null, filter: {}, homes: [], total: 0, opened: null, exported: null, error: null }),
);
afterEach(async () => {
  cleanup();
  setClient(null);
  await setLanguage('en');
});

describe('BoardScreen', () => {
  it('without a stored sweep, says what to run', async () => {
    board({ 'board:summary': () => ({ ...summary, sweep: null, incidents: [], byCause: [], byActor: [] }) });
    render(<BoardScreen />);
    const empty = await screen.findByTestId('board-empty');
    expect(empty.textContent).toContain('No sweep has been stored yet');
    expect(empty.textContent).toContain('npm run doctor -- sweep --platform');
  });

  it('shows the incidents first, with their homes count and advice, never "reconnect" as the advice', async () => {
    board();
    render(<BoardScreen />);
    const incidents = await screen.findAllByTestId('board-incident');
    expect(incidents).toHaveLength(2);
    // Named in words, with the id beside it (the CSV's and the terminal's) so the two can be matched.
    expect(incidents[0]!.textContent).toContain('Tesla’s sign-in is failing connection.tesla_auth_unavailable');
    expect(incidents[0]!.textContent).toContain('6 homes (30 % of those swept)');
    expect(incidents[0]!.textContent).toMatch(/Advice: wait/);
    expect(incidents[1]!.textContent).toMatch(/Advice: the platform/);
    for (const i of incidents) expect(i.textContent).not.toMatch(/Advice: reconnect/i);
    // The incidents come before the counts and the homes in the page.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(['Incidents', 'By cause', 'By who fixes']);
    expect(screen.getByTestId('board-changes').textContent).toBe('Newly broken: 1 · Recovered: 1');
    expect(await screen.findByTestId('board-count')).toHaveProperty('textContent', '3 of 3 homes shown');
  });

  it('filters and searches through the main side', async () => {
    const calls = board();
    render(<BoardScreen />);
    await screen.findByTestId('board-homes');
    fireEvent.click(screen.getAllByRole('button', { name: 'Show these homes' })[0]!);
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'board:homes').at(-1)?.args).toEqual({
        incident: true,
        cause: 'connection.tesla_auth_unavailable',
      }),
    );
    fireEvent.change(screen.getByLabelText('Who fixes'), { target: { value: 'customer' } });
    fireEvent.change(screen.getByLabelText('Search reference'), { target: { value: ' c-00 ' } });
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'board:homes').at(-1)?.args).toEqual({
        incident: true,
        cause: 'connection.tesla_auth_unavailable',
        actor: 'customer',
        search: 'c-00',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'board:homes').at(-1)?.args).toEqual({}));
  });

  it('opens a home: its latest stored result in words, and its history', async () => {
    const calls = board();
    render(<BoardScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open c-0007' }));
    const panel = await screen.findByTestId('board-home');
    expect(calls.find((c) => c.channel === 'board:home')?.args).toEqual({ ref: 'c-0007' });
    expect(within(panel).getByRole('heading', { name: 'Home c-0007' })).toBeTruthy();
    expect(panel.textContent).toContain('“Energy Product Information” not allowed');
    expect(panel.textContent).toContain('Who fixes: the customer');
    const rows = within(screen.getByTestId('board-history')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]!.textContent).toContain('healthy');
    expect(rows[2]!.textContent).toContain('2 min');
    expect(within(panel).getByRole('button', { name: 'Diagnose now through the platform' })).toBeTruthy();
  });

  it('exports the CSV for tickets and says what went into it', async () => {
    const created = vi.fn(() => 'blob:x');
    URL.createObjectURL = created;
    URL.revokeObjectURL = () => undefined;
    const calls = board({
      'board:exportCsv': () => ({
        fileName: 'board-2026-03-01-10-02.csv',
        rows: 3,
        download: { mimeType: 'text/csv', encoding: 'utf8', data: 'ref\r\n' },
      }),
    });
    render(<BoardScreen />);
    await screen.findByTestId('board-homes');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV for tickets' }));
    expect((await screen.findByTestId('board-csv-result')).textContent).toContain('3 homes exported');
    expect(calls.find((c) => c.channel === 'board:exportCsv')?.args).toEqual({});
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('a store that cannot be read is said, with the reason', async () => {
    board({ 'board:summary': () => Promise.reject(new Error('connect ECONNREFUSED')) });
    render(<BoardScreen />);
    expect((await screen.findByRole('alert')).textContent).toBe('The board could not be read: connect ECONNREFUSED');
  });

  it('names every cause a sweep can store, in English and German', async () => {
    const { CHECK_IDS } = await import('@shared/report/check-types');
    const causes = [
      ...CHECK_IDS,
      'connection.login_required',
      'connection.tesla_auth_unavailable',
      'connection.platform_error',
    ];
    const i18n = await initI18n('en');
    for (const lang of ['en', 'de'] as const) {
      await setLanguage(lang);
      expect(
        causes.filter((c) => !i18n.exists(`board.causeName.${c}`)),
        lang,
      ).toEqual([]);
    }
  });

  it('speaks German', async () => {
    await setLanguage('de');
    board();
    render(<BoardScreen />);
    const [first] = await screen.findAllByTestId('board-incident');
    expect(first!.textContent).toContain('6 Häuser (30 % der geprüften)');
    expect(first!.textContent).toContain('Empfehlung: abwarten');
    expect(first!.textContent).toContain('Teslas Anmeldung fällt aus');
    expect(screen.getByRole('heading', { name: 'Übersicht für den Support' })).toBeTruthy();
  });
});
