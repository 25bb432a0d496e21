// Plain Node. `npm run doctor -- accounts [--format json]`: the customers this data dir holds (no tokens).
import { defaultDataDir } from '../../infra/data-dir';
import { withServices } from '../headless-services';
import type { CliCommand } from './index';
import { parseCommandArgs } from './parse-command-args';

const USAGE = 'accounts [--format text|json] [--data-dir <dir>]';

export const accountsCommand: CliCommand = {
  name: 'accounts',
  summary: 'List the connected customers (label, email, region, scopes, state); never prints a token.',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseCommandArgs({ name: 'accounts', usage: USAGE }, argv, io, { format: { type: 'string' }, 'data-dir': { type: 'string' } });
    if (!parsed) return 2;
    const { values } = parsed;
    return withServices('accounts', io, { dataDir: values['data-dir'] ?? defaultDataDir() }, async ({ accounts: service }) => {
      // An unreadable accounts file is said on stderr (with where it was kept) as it is moved aside.
      const accounts = service.list();
      if (values.format === 'json') {
        io.out(JSON.stringify({ accounts }, null, 2));
        return 0;
      }
      if (accounts.length === 0) {
        io.out('No customers connected.');
        return 0;
      }
      for (const a of accounts) {
        const state = a.state === 'connected' ? 'connected' : `RECONNECT NEEDED (${a.reconnectReason ?? 'sign-in no longer accepted'})`;
        io.out(`${a.id}  “${a.label}”  ${a.email ?? '(email not reported)'}  ${a.region}  since ${a.connectedAt}  ${state}`);
        io.out(`    scopes: ${a.grantedScopes.join(' ')}`);
      }
      return 0;
    });
  },
};
