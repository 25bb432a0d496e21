// Plain Node. `npm run doctor -- connect --scenario <name|file> | --api-base <url>`: connects the
// simulator's customer headlessly (auto-consent, loopback callback) and keeps the account like the app.
import { connectHeadless } from '../connect-headless';
import { defaultDataDir } from '../../infra/data-dir';
import type { CliCommand } from './index';
import { parseCommandArgs } from './parse-command-args';
import { textIn } from '../../../shared/text/languages';

/** The terminal speaks English (the catalogue's `cli.*`). */
const t = textIn('en');
import { apiBaseOptionProblem } from '../../security/token-destination';

const USAGE = 'connect [--scenario <name|file> | --api-base <url>] [--label <text>] [--session-only] [--format text|json] [--data-dir <dir>]';

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
    let connection;
    try {
      connection = await connectHeadless({
        dataDir,
        ...(values.scenario ? { scenario: values.scenario } : {}),
        ...(values['api-base'] ? { apiBase: values['api-base'] } : {}),
        ...(values.label ? { label: values.label } : {}),
        sessionOnly: values['session-only'] === true,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      io.err(t('cli.failed', { command: 'connect', message }) + (/session-only/.test(message) ? t('cli.connect.sessionOnlyHint') : ''));
      return 1;
    }
    try {
      const account = connection.service.list().find((a) => a.id === connection.accountId);
      if (values.format === 'json') {
        io.out(JSON.stringify({ account }, null, 2));
      } else {
        io.out(t('cli.connect.connected', { label: account?.label ?? '', email: account?.email ?? t('cli.connect.noEmail'), region: account?.region ?? '', id: connection.accountId }));
        io.out(t('cli.connect.granted', { scopes: account?.grantedScopes.join(' ') ?? '' }));
        io.out(values['session-only'] ? t('cli.connect.sessionOnly') : t('cli.connect.saved', { dir: dataDir }));
      }
      return 0;
    } finally {
      await connection.close();
    }
  },
};
