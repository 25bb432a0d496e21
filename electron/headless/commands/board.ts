// Plain Node. `npm run doctor -- board [--store postgres://… | --data-dir <dir>] [--format json|text]`: the
// latest sweep's summary from the store (the embedded one in the data folder by default).
import { textIn } from '@shared/text/languages';
import { cliText } from '../cli-language';
import type { SweepStore } from '@main/sweep-store/sweep-store';
import type { CliCommand } from './cli-command';
import { parseCommandArgs } from './parse-command-args';
import { openStoreFor } from './sweep-options';
import { printSweepText } from './sweep';
import { splitChanges } from '@shared/sweep/changes';

const t = textIn('en');
const USAGE = 'board [--store postgres://… | --data-dir <dir>] [--format json|text]';

/** The latest finished sweep's summary, incidents and changes as the sweep command prints them, or null. */
export async function latestBoard(store: SweepStore) {
  const sweep = await store.latestSweep();
  if (!sweep) return null;
  const [counts, incidents, changes] = await Promise.all([
    store.counts(sweep.id),
    store.incidents(sweep.id),
    store.changes(sweep.id),
  ]);
  return {
    sweep,
    counts,
    outcome: {
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
        io.out(
          JSON.stringify(
            {
              sweep: { id: board.sweep.id, finishedAt: board.sweep.finishedAt, status: board.sweep.status },
              byActor: board.counts.byActor,
              ...board.outcome,
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
