// Plain Node. `npm run doctor -- test-charge --direction charge|discharge ...`: one test charge/discharge
// from the command line, with the same journal, lock and verified restore as the app. With --scenario it
// runs against an embedded simulator; with --api-base against a running one (after `doctor connect
// --api-base`); otherwise against the stored account's Fleet API. Progress lines in text mode; JSON has
// verdict, reason, settingsBefore, settingsAfter, restored and samples. Like the app, a test the checklist
// knows will fail ends before any write with verdict `blocked` and the check's id as reason; `--force`
// runs it anyway (and still never changes Energy Exports on a site without Permission to Export).
import { storedAccounts } from '../stored-accounts';
import { parseArgs } from 'node:util';
import { connectWith, headlessDemo } from '../connect-headless';
import { errorText, withServices } from '../headless-services';
import { defaultDataDir } from '@main/infra/data-dir';
import { createFleetClient } from '@main/fleet/fleet-client';
import type { FleetSession } from '@main/fleet/fleet-session';
import {
  clockFor,
  outcomeLine,
  recoverWithStoredAccounts,
  sampleLine,
  setRemoteSpeed,
} from '@main/test-charge/cli-support';
import { apiBaseOptionProblem } from '@main/security/token-destination';
import { listJournals } from '@main/test-charge/journal';
import { energyApiFromFleetClient } from '@main/test-charge/energy-api';
import { MAX_MINUTES, runTestCharge, type RunResult } from '@main/test-charge/orchestrator';
import type { RunClock } from '@main/test-charge/run-clock';
import type { CliCommand, CliIo } from './cli-command';
import { checkWords } from '@shared/text/check-text';
import { sharedSiteLines } from '@main/test-charge/shared-site-text';
import { configuredSiteLocks } from '@main/test-charge/locks/configured-locks';
import { isPostgresUrl } from '@main/sweep-store/sql-client';
import { heldByLine, lockLines } from '@shared/test-charge/lock-text';
import { isLanguage, textIn, type Translate } from '@shared/text/languages';
import { platformUrlProblem } from '@main/platform/agent-key';
import type { LeaseClient } from '@main/test-charge/locks/platform-lease-lock';
import type { Services } from '@main/app/compose-services';
import { demoForPlatform, platformArgsProblem, platformClientFor } from '../platform-way';
import { cliText } from '../cli-language';

/** A verdict's or blocker's sentence; an unknown code as it is. */
const outcomeText = (t: Translate, code: string) => t(`outcome.${code}`, { defaultValue: code });
/** A checklist blocker's check title, in the catalogue's words (the recorded English title as fallback). */
const blockerTitle = (
  t: Translate,
  b:
    | {
        checkId?: string;
        observed?: string | number | boolean;
        text?: { key: string; params: Record<string, string | number> };
      }
    | undefined,
) =>
  b
    ? checkWords(t).title({
        id: b.checkId ?? '',
        ...(b.text ? { text: b.text } : {}),
        ...(typeof b.observed === 'string' ? { title: b.observed } : {}),
      })
    : '';

const USAGE =
  'test-charge --direction charge|discharge [--scenario <name|file> | --api-base <simulator url> | --platform <url> --customer <e-mail or ref>] [--site <id>] [--account <id>] [--minutes N] [--speed N] [--no-grid-interaction] [--force] [--other-test-confirmed] [--platform-api <url>] [--team-store <postgres url>] [--data-dir <dir>] [--format json|text] [--lang en|de]';

interface Options {
  direction: 'charge' | 'discharge';
  minutes: number;
  speed?: number;
  gridInteraction: boolean;
  force: boolean;
  /** Go on although the site shows another test in progress (the installer knows better). */
  otherTestConfirmed: boolean;
  /**
   * The platform connection API whose site lease this test takes when the customer is not reached through
   * that platform (a stored or own-app customer); with --platform the lease is that platform's by itself.
   */
  platformApi?: string;
  /** The team store (postgres://…) whose site lock this test takes. */
  teamStore?: string;
  site?: string;
  format: 'json' | 'text';
}

function parse(
  argv: string[],
  io: CliIo,
  t: Translate,
):
  | (Options & {
      scenario?: string;
      apiBase?: string;
      account?: string;
      dataDir: string;
      platform?: string;
      customer?: string;
    })
  | null {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        direction: { type: 'string' },
        scenario: { type: 'string' },
        'api-base': { type: 'string' },
        site: { type: 'string' },
        account: { type: 'string' },
        minutes: { type: 'string' },
        speed: { type: 'string' },
        'no-grid-interaction': { type: 'boolean' },
        force: { type: 'boolean' },
        'other-test-confirmed': { type: 'boolean' },
        'platform-api': { type: 'string' },
        'team-store': { type: 'string' },
        'data-dir': { type: 'string' },
        format: { type: 'string' },
        platform: { type: 'string' },
        customer: { type: 'string' },
        lang: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(t('cli.badArgs', { command: 'test-charge', message: (error as Error).message, usage: USAGE }));
    return null;
  }
  const fail = (message: string) => {
    io.err(t('cli.badArgs', { command: 'test-charge', message, usage: USAGE }));
    return null;
  };
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    io.err(t('cli.badLang', { command: 'test-charge' }));
    return null;
  }
  const direction = values.direction;
  if (direction !== 'charge' && direction !== 'discharge') return fail(t('cli.args.direction'));
  const minutes = values.minutes === undefined ? 5 : Number(values.minutes);
  if (!(minutes >= 1 && minutes <= MAX_MINUTES)) return fail(t('cli.args.minutes', { max: MAX_MINUTES }));
  const speed = values.speed === undefined ? undefined : Number(values.speed);
  if (speed !== undefined && !(speed > 0 && speed <= 10_000)) return fail(t('cli.args.speed'));
  const format = (values.format ?? 'text') as string;
  if (format !== 'text' && format !== 'json') return fail(t('cli.args.format'));
  const platform = values.platform as string | undefined;
  const customer = values.customer as string | undefined;
  const platformProblem = platformArgsProblem('test-charge', platform, customer, t);
  if (platformProblem) {
    io.err(platformProblem);
    return null;
  }
  if (platform && (values.scenario || values['api-base'])) return fail(t('cli.args.oneWayIn'));
  if (values.scenario && values['api-base']) return fail(t('cli.args.scenarioOrApiBase'));
  const apiBase = values['api-base'] as string | undefined;
  const apiBaseProblem = apiBase ? apiBaseOptionProblem(apiBase) : null;
  if (apiBaseProblem) return fail(apiBaseProblem);
  if (speed !== undefined && !values.scenario && !apiBase && !platform) return fail(t('cli.args.speedSimulatorOnly'));
  if (typeof values['team-store'] === 'string' && !isPostgresUrl(values['team-store']))
    return fail(t('cli.args.teamStore'));
  const platformApi = values['platform-api'] as string | undefined;
  // --platform takes its own platform's lease (same address, same agent key): a second one is no choice.
  if (platformApi !== undefined && platform) return fail(t('cli.args.platformApiWithPlatform'));
  // The agent key travels to it: https, or http to a simulator on this computer, as for --platform.
  const platformApiProblem = platformApi !== undefined ? platformUrlProblem(platformApi, '--platform-api', t) : null;
  if (platformApiProblem) return fail(platformApiProblem);
  if (typeof values.site === 'string' && !/^[0-9A-Za-z_-]{1,64}$/.test(values.site)) return fail(t('cli.args.site'));
  return {
    direction,
    minutes,
    speed,
    gridInteraction: values['no-grid-interaction'] !== true,
    force: values.force === true,
    otherTestConfirmed: values['other-test-confirmed'] === true,
    platformApi: values['platform-api'] as string | undefined,
    teamStore: values['team-store'] as string | undefined,
    site: values.site as string | undefined,
    format,
    scenario: values.scenario as string | undefined,
    apiBase,
    account: values.account as string | undefined,
    ...(platform ? { platform } : {}),
    ...(customer ? { customer } : {}),
    dataDir: (values['data-dir'] as string | undefined) ?? defaultDataDir(),
  };
}

/** The only battery site of the account unless one is named. */
async function pickSite(session: FleetSession, wanted: string | undefined, t: Translate): Promise<string> {
  const { response } = await createFleetClient(session).products();
  const sites = (response as Array<Record<string, unknown>>).filter((p) => p.energy_site_id !== undefined);
  const battery = sites
    .filter((p) => ((p.components ?? {}) as Record<string, unknown>).battery === true)
    .map((p) => String(p.energy_site_id));
  if (wanted) {
    if (!sites.some((p) => String(p.energy_site_id) === wanted))
      throw new Error(
        t('cli.args.siteNotListed', {
          site: wanted,
          ...(sites.length > 0
            ? { list: sites.map((p) => String(p.energy_site_id)).join(', ') }
            : { listKey: 'cli.args.noSites' }),
        }),
      );
    return wanted;
  }
  if (battery.length === 1 && battery[0]) return battery[0];
  throw new Error(
    battery.length === 0
      ? t('cli.testCharge.noBatterySite')
      : t('cli.testCharge.severalSites', { list: battery.join(', ') }),
  );
}

function report(result: RunResult, opts: Options, io: CliIo, t: Translate): number {
  const checklistBlocked = result.verdict === 'blocked' && result.preflight?.blockers[0]?.code === 'checklist';
  if (opts.format === 'json') {
    const first = result.preflight?.blockers[0];
    const reasonText = checklistBlocked
      ? `${outcomeText(t, 'checklist')} (${blockerTitle(t, first)})`
      : outcomeText(t, result.reason);
    io.out(JSON.stringify({ ...result, reasonText }, null, 2));
  } else {
    io.out(
      t('cli.testCharge.verdict', {
        verdict: result.verdict.toUpperCase(),
        code: result.reason,
        text: outcomeText(t, checklistBlocked ? 'checklist' : result.reason),
      }),
    );
    if (result.preflight && !result.preflight.ok) {
      for (const b of result.preflight.blockers) {
        io.out(
          b.code === 'checklist'
            ? t('cli.testCharge.blockedByChecklist', { title: blockerTitle(t, b), check: b.checkId ?? '' })
            : t('cli.testCharge.blocked', { text: outcomeText(t, b.code) }) +
                (b.observed !== undefined ? t('cli.testCharge.seen', { value: String(b.observed) }) : ''),
        );
      }
      if (checklistBlocked) io.out(t('cli.testCharge.nothingWritten'));
    }
    for (const line of lockLines(t, result.locks ?? [{ kind: 'local', state: 'held' }]))
      io.out(t('cli.testCharge.lock', { text: line }));
    if (result.heldBy) io.out(`  ${heldByLine(t, result.heldBy)}`);
    for (const line of sharedSiteLines(result, t)) io.out(line);
    for (const b of result.preflight?.overridden ?? [])
      io.out(t('cli.testCharge.forced', { title: blockerTitle(t, b), check: b.checkId ?? '' }));
    if (result.verdict === 'blocked' && result.restored) io.out(t('cli.testCharge.untouched'));
    else if (!result.restored && result.changedByOthers?.length) io.out(t('cli.testCharge.notAllRestored'));
    else if (result.restored) {
      io.out(t('cli.testCharge.restored'));
      // Restored is not settled: the cloud relays the change, so the battery follows the test a while longer.
      if (result.samples.length > 0) io.out(t('cli.testCharge.mayStillAct'));
    } else
      io.out(
        t(
          'cli.testCharge.notRestored',
          result.restoreError ? { error: result.restoreError } : { errorKey: 'cli.testCharge.unknownError' },
        ),
      );
  }
  if (!result.restored) {
    io.err(
      t('cli.testCharge.journalKept', {
        ...(result.journalFile ? { file: result.journalFile } : { fileKey: 'cli.testCharge.dataFolder' }),
        settings: JSON.stringify(result.settingsBefore),
      }),
    );
    return 1;
  }
  return 0;
}

interface RunContext {
  io: CliIo;
  t: Translate;
  /** The lease of the platform the customer goes through (--platform), or of --platform-api. */
  lease: LeaseClient | null;
  justRestored?: ReadonlySet<string>;
}

async function runWith(
  session: FleetSession,
  clock: RunClock,
  opts: Options & { dataDir: string },
  { io, t, lease, justRestored = new Set() }: RunContext,
): Promise<number> {
  const text = opts.format === 'text';
  const siteId = await pickSite(session, opts.site, t);
  if (text)
    io.out(
      t(opts.gridInteraction ? 'cli.testCharge.start' : 'cli.testCharge.startNoGrid', {
        direction: opts.direction,
        site: siteId,
        minutes: opts.minutes,
      }),
    );
  const locks = await configuredSiteLocks({
    dataDir: opts.dataDir,
    platformClient: lease,
    teamStoreUrl: opts.teamStore ?? null,
  });
  const stop = new AbortController();
  // Ctrl-C stops the watch; the restore still runs before the process ends.
  const onSignal = () => {
    if (text) io.out(t('cli.testCharge.stopping'));
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await runTestCharge({
      dataDir: opts.dataDir,
      accountId: session.accountId,
      apiBase: session.apiBase,
      siteId,
      direction: opts.direction,
      minutes: opts.minutes,
      gridInteraction: opts.gridInteraction,
      grantedScopes: session.grantedScopes,
      api: energyApiFromFleetClient(createFleetClient(session)),
      clock,
      useBaseline: !justRestored.has(siteId),
      ...(opts.force ? { force: true } : {}),
      ...(opts.otherTestConfirmed ? { confirmOtherTest: true } : {}),
      sharedLocks: locks.sources,
      signal: stop.signal,
      onPhase: (phase, detail) => {
        if (!text) return;
        if (phase === 'writing' && detail.strategy) {
          for (const c of detail.strategy.touches)
            io.out(t('cli.testCharge.set', { key: c.key, from: String(c.from), to: String(c.to), why: c.why }));
          for (const l of detail.strategy.leftAlone)
            io.out(
              t('cli.testCharge.leave', {
                key: l.key,
                ...(l.value === undefined ? { valueKey: 'cli.testCharge.notReported' } : { value: String(l.value) }),
                why: l.why,
              }),
            );
        }
        io.out(`[${phase}]`);
      },
      onSample: (s) => text && io.out(sampleLine(s, t)),
      onRetry: ({ attempt, waitMs, error }) =>
        text &&
        io.out(
          t('cli.testCharge.retry', {
            attempt,
            seconds: Math.round(waitMs / 1000),
            message: errorText(error, t),
          }),
        ),
    });
    return report(result, opts, io, t);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await locks.close();
  }
}

/** --platform-api: that platform's lease, its agent key found as for --platform (environment, keychain, demo). */
async function platformApiLease(opts: Options, services: Services, t: Translate): Promise<LeaseClient | null> {
  return opts.platformApi ? platformClientFor('test-charge', opts.platformApi, services, {}, t) : null;
}

export const testChargeCommand: CliCommand = {
  name: 'test-charge',
  summary: textIn('en')('cli.summary.testCharge'),
  usage: USAGE,
  async run(argv, io) {
    const t = cliText(argv);
    const opts = parse(argv, io, t);
    if (!opts) return 2;
    // --scenario: an embedded simulator and a session-only customer; otherwise the stored accounts, demo
    // ones reaching the simulator at --api-base.
    if (opts.platform && opts.customer) {
      // Through the platform: the borrowed token drives the test; the platform's connection stays as it was.
      const platformUrl = opts.platform;
      const customer = opts.customer;
      const demoPlatform = demoForPlatform(platformUrl);
      return withServices(
        'test-charge',
        io,
        { dataDir: opts.dataDir, sessionOnly: true, ...(demoPlatform ? { demo: demoPlatform } : {}) },
        async (services) => {
          const platform = await platformClientFor('test-charge', platformUrl, services, {}, t);
          const accountId = await services.accounts.connectThroughPlatform({ platform, customer, profileId: 'demo' });
          const session = await services.accounts.session(accountId);
          if (demoPlatform && opts.speed) await setRemoteSpeed(new URL(platformUrl).origin, opts.speed);
          // The customer goes through this platform, so every installation working through it must see the
          // test: its site lease, with the same address and agent key as the borrowed token.
          return await runWith(session, await clockFor(session.apiBase), opts, { io, t, lease: platform });
        },
        t,
      );
    }
    const demo = opts.scenario
      ? headlessDemo({ scenario: opts.scenario })
      : opts.apiBase
        ? headlessDemo({ apiBase: opts.apiBase })
        : undefined;
    return withServices(
      'test-charge',
      io,
      { dataDir: opts.dataDir, ...(demo ? { demo } : {}), sessionOnly: Boolean(opts.scenario) },
      async (services) => {
        const lease = await platformApiLease(opts, services, t);
        if (opts.scenario) {
          const accountId = await connectWith(services);
          const sim = services.simulator();
          if (!sim) throw new Error(t('cli.testCharge.noSimulator'));
          if (opts.speed) sim.setSpeed(opts.speed);
          return await runWith(await services.accounts.session(accountId), services.runClock(), opts, {
            io,
            t,
            lease,
          });
        }
        // Start-up: restores left pending by an earlier run are finished first, with a notice (as the app does).
        const justRestored = new Set<string>();
        if ((await listJournals(opts.dataDir)).length > 0) {
          io.err(t('cli.testCharge.recovering'));
          const outcomes = await recoverWithStoredAccounts(opts.dataDir, storedAccounts(opts.dataDir), (o) =>
            io.err(`  ${outcomeLine(o, t)}`),
          );
          for (const o of outcomes) if (o.status === 'restored') justRestored.add(o.siteId);
          // One still pending on the site under test blocks that test (the orchestrator checks); others are only reported.
          if (outcomes.some((o) => o.status === 'failed' || o.status === 'unreadable'))
            io.err(t('cli.testCharge.recoverAgain'));
        }
        const list = services.accounts.list();
        const account = opts.account
          ? list.find((a) => a.id === opts.account)
          : list.length === 1
            ? list[0]
            : undefined;
        if (!account) {
          io.err(
            list.length === 0
              ? t('cli.noCustomer', { command: 'test-charge', dir: opts.dataDir })
              : opts.account
                ? t('cli.noAccount', { command: 'test-charge', id: opts.account })
                : t('cli.severalCustomers', { command: 'test-charge' }),
          );
          return 2;
        }
        const session = await services.accounts.session(account.id);
        if (opts.apiBase && opts.speed) await setRemoteSpeed(opts.apiBase, opts.speed);
        return await runWith(session, await clockFor(session.apiBase), opts, { io, t, lease, justRestored });
      },
      t,
    );
  },
};
