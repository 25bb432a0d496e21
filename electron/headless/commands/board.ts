// Plain Node. `npm run doctor -- board [--store postgres://… | --data-dir <dir>] [--format json|text]`: the
// latest sweep's summary from the store (the embedded one in the data folder by default).
import { textIn } from '@shared/text/languages';
import { cliText } from '../cli-language';
import type { SweepStore } from '@main/sweep-store/sweep-store';
import type { CliCommand } from './cli-command';
import { parseCommandArgs } from './parse-command-args';
import { openStoreFor } from './sweep-options';
import { printSweepText, sweepJson } from './sweep';
import { splitChanges } from '@shared/sweep/changes';

const t = textIn('en');
const USAGE = 'board [--store postgres://… | --data-dir <dir>] [--format json|text]';

/** The latest finished sweep as the sweep command prints it, or null when there is none. */
export async function latestBoard(store: SweepStore) {
  const sweep = await store.latestSweep();
  if (!sweep) return null;
  const [counts, incidents, changes, homes] = await Promise.all([
    store.counts(sweep.id),
    store.incidents(sweep.id),
    store.changes(sweep.id),
    store.homes({ limit: 100_000 }),
  ]);
  return {
    sweep,
    counts,
    outcome: {
      sweepId: sweep.id,
      status: sweep.status === 'running' ? ('stopped' as const) : sweep.status,
      plan: { homes: sweep.homes, skipped: 0, requests: 0, costUsd: 0 },
      homes: homes.map((h) => ({
        ref: h.ref,
        cause: h.cause ?? 'not_swept',
        actor: null,
        dataAgeSeconds: null,
        requests: 0,
        checks: [],
      })),
      summary: {
        homes: sweep.homes,
        byCause: counts.byCause,
        requests: sweep.requests,
        wakes: sweep.wakes,
        rateLimited: sweep.rateLimited,
        seconds: sweep.finishedAt
          ? Math.round((Date.parse(sweep.finishedAt) - Date.parse(sweep.startedAt)) / 100) / 10
          : 0,
      },
      incidents,
      changes: splitChanges(changes),
    },
  };
}

export const boardCommand: CliCommand = {
  name: 'board',
  summary: t('cli.summary.board'),
  usage: USAGE,
  async run(argv, io) {
    const t = cliText(argv);
    const parsed = parseCommandArgs({ name: 'board', usage: USAGE }, argv, io, {
      store: { type: 'string' },
      'data-dir': { type: 'string' },
      format: { type: 'string' },
    });
    if (!parsed) return 2;
    let store;
    try {
      store = await openStoreFor(parsed.values);
    } catch (e) {
      io.err(t('cli.sweep.storeFailed', { command: 'board', message: (e as Error).message }));
      return 1;
    }
    try {
      const board = await latestBoard(store);
      if (!board) {
        if (parsed.values.format === 'json') io.out(JSON.stringify({ sweep: null }));
        else io.out(t('cli.sweep.noSweep'));
        return 0;
      }
      if (parsed.values.format === 'json') {
        const { homes: _homes, ...rest } = sweepJson(board.outcome);
        io.out(
          JSON.stringify(
            {
              sweep: { id: board.sweep.id, finishedAt: board.sweep.finishedAt, status: board.sweep.status },
              byActor: board.counts.byActor,
              ...rest,
            },
            null,
            2,
          ),
        );
      } else printSweepText(board.outcome, io, t);
      return 0;
    } finally {
      await store.close();
    }
  },
};
