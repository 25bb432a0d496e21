// Plain Node. `npm run doctor -- connect --scenario <name|file> | --api-base <url>`: connects the
// simulator's customer headlessly (auto-consent, loopback callback) and keeps the account like the app.
import { connectWith, headlessDemo } from '../connect-headless';
import { withServices } from '../headless-services';
import { defaultDataDir } from '@main/infra/data-dir';
import type { CliCommand } from './cli-command';
import { parseCommandArgs } from './parse-command-args';
import { apiBaseOptionProblem } from '@main/security/token-destination';
import { textIn } from '@shared/text/languages';

/** The terminal speaks English (the catalogue's `cli.*`). */
const t = textIn('en');

const USAGE =
  'connect [--scenario <name|file> | --api-base <url>] [--label <text>] [--session-only] [--format text|json] [--data-dir <dir>]';

export const connectCommand: CliCommand = {
  name: 'connect',
  summary: t('cli.summary.connect'),
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseCommandArgs({ name: 'connect', usage: USAGE }, argv, io, {
      scenario: { type: 'string' },
      'api-base': { type: 'string' },
      label: { type: 'string' },
      'session-only': { type: 'boolean' },
      format: { type: 'string' },
      'data-dir': { type: 'string' },
    });
    if (!parsed) return 2;
    const { values } = parsed;
    if (values.scenario && values['api-base']) {
      io.err(t('cli.connect.both'));
      return 2;
    }
    const apiBaseProblem = values['api-base'] ? apiBaseOptionProblem(values['api-base']) : null;
    if (apiBaseProblem) {
      io.err(t('cli.failed', { command: 'connect', message: apiBaseProblem }));
      return 2;
    }
    const dataDir = values['data-dir'] ?? defaultDataDir();
    const sessionOnly = values['session-only'] === true;
    const demo = headlessDemo({
      ...(values.scenario ? { scenario: values.scenario } : {}),
      ...(values['api-base'] ? { apiBase: values['api-base'] } : {}),
    });
    return withServices('connect', io, { dataDir, demo, sessionOnly }, async (services) => {
      let accountId: string;
      try {
        accountId = await connectWith(services, values.label ? { label: values.label } : {});
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
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
      }
      return 0;
    });
  },
};
