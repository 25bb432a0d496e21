// Plain Node. `npm run doctor -- sweep --platform <url> [--store postgres://… | --data-dir <dir>]
// [--stale-after 6h] [--share 0.25] [--concurrency 64] [--format json|text]`: every home the platform lists,
// diagnosed through borrowed tokens; the cost is said first (stderr), progress on stderr, the outcome on
// stdout. Ctrl-C stops cleanly and keeps what was swept. Meant to run on a schedule on a server. The agent
// key: TCD_PLATFORM_KEY, else the OS keychain (as for `diagnose --platform`, platform-way.ts).
import { DEMO_CLIENT } from '@main/simulator';
import { createNodeFetch } from '@main/fleet/node-fetch';
import { KeyringVault, type Vault } from '@main/infra/keychain';
import { platformUrlProblem } from '@main/platform/agent-key';
import type { PlatformClient } from '@main/platform/platform-client';
import { isLoopbackSimulatorUrl } from '@main/security/token-destination';
import { platformDirectoryFrom } from '@main/sweep/platform-directory';
import { runSweep, type SweepOutcome } from '@main/sweep/sweep-engine';
import { textIn, type Translate } from '@shared/text/languages';
import { cliText } from '../cli-language';
import type { CliCommand, CliIo } from './cli-command';
import { parseCommandArgs } from './parse-command-args';
import { platformClientFor } from '../platform-way';
import { openStoreFor, parseDuration } from './sweep-options';

const english = textIn('en');
const t = english;

const USAGE =
  'sweep --platform <url> [--store postgres://… | --data-dir <dir>] [--stale-after <duration>] [--share 0.25] [--concurrency 64] [--format json|text]';

/** The JSON document `--format json` prints (issue 24). */
export function sweepJson(out: SweepOutcome) {
  return {
    homes: out.homes.map((h) => ({
      ref: h.ref,
      cause: h.cause,
      actor: h.actor,
      ...(h.incident !== undefined ? { incident: h.incident } : {}),
    })),
    summary: out.summary,
    incidents: out.incidents,
    changes: out.changes,
  };
}

/** The sweep's lines for the terminal (also `doctor board`'s, from the store: it has no per-home list). */
export function printSweepText(
  out: Pick<SweepOutcome, 'summary' | 'incidents' | 'changes'>,
  io: CliIo,
  t: Translate = english,
) {
  const s = out.summary;
  io.out(
    t('cli.sweep.done', {
      count: s.homes,
      seconds: s.seconds,
      requests: s.requests,
      wakes: s.wakes,
      rateLimited: s.rateLimited,
    }),
  );
  for (const [cause, count] of Object.entries(s.byCause).sort((a, b) => b[1] - a[1]))
    io.out(t('cli.sweep.cause', { cause, count }));
  for (const i of out.incidents)
    io.out(
      t('cli.sweep.incident', {
        cause: i.cause,
        count: i.homes.length,
        // Formatted by the catalogue in the terminal's language, to a tenth as the Board screen shows it.
        percent: i.share * 100,
        // The Board's own advice, in the same words and language (the stored value is only `wait`/`platform`).
        adviceKey: `board.incidents.advice.${i.advice}`,
      }),
    );
  io.out(t('cli.sweep.changes', { broken: out.changes.newlyBroken.length, recovered: out.changes.recovered.length }));
}

/** `sweep` with its keychain given (tests pass a memory one); `sweepCommand` uses the OS keychain. */
export function sweepCommandWith(deps: { keychain: () => Vault }): CliCommand {
  return {
    name: 'sweep',
    summary: t('cli.summary.sweep'),
    usage: USAGE,
    async run(argv, io) {
      // The terminal's words in `--lang` (usage errors included); the summary above is the command list's.
      const t = cliText(argv);
      const parsed = parseCommandArgs({ name: 'sweep', usage: USAGE }, argv, io, {
        platform: { type: 'string' },
        store: { type: 'string' },
        'data-dir': { type: 'string' },
        'stale-after': { type: 'string' },
        share: { type: 'string' },
        concurrency: { type: 'string' },
        format: { type: 'string' },
      });
      if (!parsed) return 2;
      const { values } = parsed;
      if (!values.platform) {
        io.err(t('cli.sweep.needsPlatform', { command: 'sweep' }));
        return 2;
      }
      const urlProblem = platformUrlProblem(values.platform);
      if (urlProblem) {
        io.err(t('cli.failed', { command: 'sweep', message: urlProblem }));
        return 2;
      }
      const staleAfterMs = parseDuration(values['stale-after'] ?? '0s');
      if (staleAfterMs === null) {
        io.err(t('cli.sweep.badDuration', { command: 'sweep' }));
        return 2;
      }
      const share = Number(values.share ?? '0.25');
      if (!(share > 0 && share <= 1)) {
        io.err(t('cli.sweep.badNumber', { command: 'sweep', option: 'share', range: '(0, 1]' }));
        return 2;
      }
      const concurrency = Number(values.concurrency ?? '64');
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 512) {
        io.err(t('cli.sweep.badNumber', { command: 'sweep', option: 'concurrency', range: '1–512' }));
        return 2;
      }
      // The agent key as `diagnose --platform` finds it: TCD_PLATFORM_KEY, else the OS keychain (kept there by
      // the app's profile form), else the demo key for a simulator on this computer.
      let platform: PlatformClient;
      try {
        // A pooled Node fetch of its own for the platform: one borrow per home on kept-alive connections costs
        // less CPU than the global fetch, and the borrows never queue behind the Fleet API's reads for sockets.
        platform = await platformClientFor(
          'sweep',
          values.platform,
          { keychain: deps.keychain() },
          { fetch: createNodeFetch() },
          t,
        );
      } catch (e) {
        io.err((e as Error).message);
        return 1;
      }
      let store;
      try {
        store = await openStoreFor(values);
      } catch (e) {
        io.err(t('cli.sweep.storeFailed', { command: 'sweep', message: (e as Error).message }));
        return 1;
      }
      const ctrl = new AbortController();
      const onSigint = () => ctrl.abort();
      process.once('SIGINT', onSigint);
      // A simulator's platform lends tokens for the simulator's own Fleet API (its /na, /eu, /cn bases).
      const simOrigin = isLoopbackSimulatorUrl(values.platform) ? new URL(values.platform).origin : null;
      let lastProgress = 0;
      try {
        const out = await runSweep({
          directory: platformDirectoryFrom(platform),
          store,
          staleAfterMs,
          share,
          concurrency,
          profile: { partnerDomain: null, clientId: simOrigin ? DEMO_CLIENT.clientId : null },
          trustedApiOrigins: simOrigin ? ['na', 'eu', 'cn'].map((r) => `${simOrigin}/${r}`) : [],
          signal: ctrl.signal,
          onPlan: (p) =>
            io.err(
              t('cli.sweep.plan', {
                count: p.homes,
                skipped: p.skipped,
                requests: p.requests,
                cost: p.costUsd,
              }),
            ),
          onProgress: (p) => {
            const now = Date.now();
            if (now - lastProgress < 1000 && p.done !== p.total) return;
            lastProgress = now;
            io.err(t('cli.sweep.progress', { done: p.done, count: p.total, requests: p.requests }));
          },
        });
        if (out.status === 'stopped') io.err(t('cli.sweep.stopped', { count: out.summary.homes }));
        if (values.format === 'json') io.out(JSON.stringify(sweepJson(out), null, 2));
        else printSweepText(out, io, t);
        return 0;
      } catch (e) {
        io.err(t('cli.failed', { command: 'sweep', message: (e as Error).message }));
        return 1;
      } finally {
        process.off('SIGINT', onSigint);
        await store.close();
      }
    },
  };
}

export const sweepCommand: CliCommand = sweepCommandWith({ keychain: () => new KeyringVault() });
