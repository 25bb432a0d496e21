// Plain Node. `npm run doctor -- connect --scenario <name|file> | --api-base <url> | --platform <url>
// --customer <x>`: connects the simulator's customer headlessly (auto-consent, loopback callback) and keeps
// the account like the app. `--platform`: connects for the platform (the platform keeps the connection).
// `--own-app`: under the installer company's own app. `--api-base` alone signs in under the platform's client
// and so replaces the platform's connection: refused (exit 3) unless --replace-platform-connection.
import { connectWith, headlessDemo } from '../connect-headless';
import { errorText, withServices } from '../headless-services';
import { defaultDataDir } from '@main/infra/data-dir';
import { cliText } from '../cli-language';
import type { CliCommand } from './cli-command';
import { parseCommandArgs } from './parse-command-args';
import { apiBaseOptionProblem } from '@main/security/token-destination';
import { textIn } from '@shared/text/languages';
import { PlatformError } from '@main/platform/platform-client';
import { connectForPlatformHeadless, demoForPlatform, platformArgsProblem, platformClientFor } from '../platform-way';

/** The list of commands is English; a run speaks its --lang (cli-language.ts). */
const english = textIn('en');

const USAGE =
  'connect [--scenario <name|file> | --api-base <url> [--replace-platform-connection] | --platform <url> --customer <e-mail or ref> [--add-missing-scopes]] [--own-app] [--label <text>] [--session-only] [--format text|json] [--data-dir <dir>]';

/** Exit code of a refusal that protects someone else's connection. */
const REFUSED = 3;

export const connectCommand: CliCommand = {
  name: 'connect',
  summary: english('cli.summary.connect'),
  usage: USAGE,
  async run(argv, io) {
    const t = cliText(argv);
    const parsed = parseCommandArgs({ name: 'connect', usage: USAGE }, argv, io, {
      scenario: { type: 'string' },
      'api-base': { type: 'string' },
      label: { type: 'string' },
      'session-only': { type: 'boolean' },
      format: { type: 'string' },
      'data-dir': { type: 'string' },
      platform: { type: 'string' },
      customer: { type: 'string' },
      'own-app': { type: 'boolean' },
      'replace-platform-connection': { type: 'boolean' },
      'add-missing-scopes': { type: 'boolean' },
    });
    if (!parsed) return 2;
    const { values } = parsed;
    const platformProblem = platformArgsProblem('connect', values.platform, values.customer, t);
    if (platformProblem) {
      io.err(platformProblem);
      return 2;
    }
    if (values.platform && values.customer) {
      const platformUrl = values.platform;
      const customer = values.customer;
      const demoPlatform = demoForPlatform(platformUrl);
      return withServices(
        'connect',
        io,
        {
          dataDir: values['data-dir'] ?? defaultDataDir(),
          sessionOnly: true,
          ...(demoPlatform ? { demo: demoPlatform } : {}),
        },
        async (services) => {
          const platform = await platformClientFor('connect', platformUrl, services, {}, t);
          try {
            const found = await platform.findCustomers(customer);
            const match = found.find((c) => c.ref === customer) ?? (found.length === 1 ? found[0] : undefined);
            if (!match) {
              io.err(
                t('cli.failed', { command: 'connect', message: t('errors.platform_unknown_customer', { customer }) }),
              );
              return 1;
            }
            if (match.connected && values['add-missing-scopes'] !== true) {
              // The platform may not know yet that its connection was replaced: a borrow tells.
              const borrowed = await platform.borrowAccessToken(match.ref).catch((error: unknown) => {
                if (error instanceof PlatformError && ['connection_lost', 'not_connected'].includes(error.code))
                  return null;
                throw error;
              });
              if (borrowed) {
                io.out(t('cli.platform.alreadyConnected', { customer: match.ref, scopes: borrowed.scopes.join(' ') }));
                return 0;
              }
            }
            const scopes = await connectForPlatformHeadless(platform, match.ref, values['add-missing-scopes'] === true);
            io.out(t('cli.platform.connectedForPlatform', { customer: match.ref, scopes: scopes.join(' ') }));
            io.out(t('cli.platform.way', { way: t('cli.platform.ways.platform') }));
            return 0;
          } catch (error) {
            io.err(t('cli.failed', { command: 'connect', message: errorText(error, t) }));
            return 1;
          }
        },
        t,
      );
    }
    if (values.scenario && values['api-base']) {
      io.err(t('cli.connect.both'));
      return 2;
    }
    const apiBaseProblem = values['api-base'] ? apiBaseOptionProblem(values['api-base']) : null;
    if (apiBaseProblem) {
      io.err(t('cli.failed', { command: 'connect', message: apiBaseProblem }));
      return 2;
    }
    // Without --platform and without --own-app, a running simulator's customer is signed in under the
    // platform's client: the platform's connection would be replaced. Say so before any browser opens.
    const replacing = values['api-base'] !== undefined && values['own-app'] !== true;
    const sentence = t('errors.replace_needs_confirmation', {
      customer: values.label ?? 'this customer',
      platform: 'the energy platform',
    });
    if (replacing && values['replace-platform-connection'] !== true) {
      io.err(t('cli.platform.replaceRefused', { command: 'connect', sentence }));
      return REFUSED;
    }
    const dataDir = values['data-dir'] ?? defaultDataDir();
    const sessionOnly = values['session-only'] === true;
    const demo = headlessDemo({
      ...(values.scenario ? { scenario: values.scenario } : {}),
      ...(values['api-base'] ? { apiBase: values['api-base'] } : {}),
    });
    return withServices(
      'connect',
      io,
      { dataDir, demo, sessionOnly },
      async (services) => {
        let accountId: string;
        try {
          if (replacing) io.err(t('cli.platform.replacing', { sentence }));
          accountId = await connectWith(services, {
            ...(values.label ? { label: values.label } : {}),
            ...(values['own-app']
              ? { way: 'own_app' as const }
              : replacing
                ? { way: 'replace' as const, confirmedReplace: true }
                : {}),
          });
        } catch (error) {
          const message = errorText(error, t);
          io.err(
            t('cli.failed', { command: 'connect', message }) +
              (/session-only/.test(message) ? t('cli.connect.sessionOnlyHint') : ''),
          );
          services.log.warn('cli.connectFailed', { error });
          return 1;
        }
        const account = services.accounts.list().find((a) => a.id === accountId);
        if (values.format === 'json') {
          io.out(JSON.stringify({ account }, null, 2));
        } else {
          io.out(
            t('cli.connect.connected', {
              label: account?.label ?? '',
              email: account?.email ?? t('cli.connect.noEmail'),
              region: account?.region ?? '',
              id: accountId,
            }),
          );
          io.out(t('cli.connect.granted', { scopes: account?.grantedScopes.join(' ') ?? '' }));
          io.out(sessionOnly ? t('cli.connect.sessionOnly') : t('cli.connect.saved', { dir: dataDir }));
          if (values['own-app']) io.out(t('cli.platform.way', { way: t('cli.platform.ways.own_app') }));
          else if (replacing) io.out(t('cli.platform.way', { way: t('cli.platform.ways.replace') }));
        }
        return 0;
      },
      t,
    );
  },
};
