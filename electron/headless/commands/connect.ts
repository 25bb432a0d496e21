// Plain Node. `npm run doctor -- connect --scenario <name|file> | --api-base <url>`: connects the
// simulator's customer headlessly (auto-consent, loopback callback) and keeps the account like the app.
import { connectWith, headlessDemo } from '../connect-headless';
import { withServices } from '../headless-services';
import { defaultDataDir } from '../../infra/data-dir';
import type { CliCommand } from './index';
import { parseCommandArgs } from './parse-command-args';
import { apiBaseOptionProblem } from '../../security/token-destination';

const USAGE = 'connect [--scenario <name|file> | --api-base <url>] [--label <text>] [--session-only] [--format text|json] [--data-dir <dir>]';

export const connectCommand: CliCommand = {
  name: 'connect',
  summary: 'Connect the simulator’s customer account headlessly (auto-consent, loopback callback).',
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
      io.err('connect: give either --scenario (an embedded simulator) or --api-base (a running one), not both.');
      return 2;
    }
    const apiBaseProblem = values['api-base'] ? apiBaseOptionProblem(values['api-base']) : null;
    if (apiBaseProblem) {
      io.err(`connect: ${apiBaseProblem}`);
      return 2;
    }
    const dataDir = values['data-dir'] ?? defaultDataDir();
    const sessionOnly = values['session-only'] === true;
    const demo = headlessDemo({ ...(values.scenario ? { scenario: values.scenario } : {}), ...(values['api-base'] ? { apiBase: values['api-base'] } : {}) });
    return withServices('connect', io, { dataDir, demo, sessionOnly }, async (services) => {
      let accountId: string;
      try {
        accountId = await connectWith(services, values.label ? { label: values.label } : {});
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        io.err(`connect: ${message}${/session-only/.test(message) ? ' (add --session-only to try the flow without saving)' : ''}`);
        services.log.warn('cli.connectFailed', { error });
        return 1;
      }
      const account = services.accounts.list().find((a) => a.id === accountId);
      if (values.format === 'json') {
        io.out(JSON.stringify({ account }, null, 2));
      } else {
        io.out(`Connected “${account?.label}” (${account?.email ?? 'email not reported'}), region ${account?.region}, account id ${accountId}.`);
        io.out(`Granted: ${account?.grantedScopes.join(' ')}`);
        io.out(sessionOnly ? 'Session-only: the tokens were kept in memory and are gone now.' : `Saved to the keychain; settings in ${dataDir}.`);
      }
      return 0;
    });
  },
};
