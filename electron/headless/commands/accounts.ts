// Plain Node. `npm run doctor -- accounts [--format json]`: the customers this data dir holds (no tokens).
import { defaultDataDir } from '@main/infra/data-dir';
import { withServices } from '../headless-services';
import { cliText } from '../cli-language';
import type { CliCommand } from './cli-command';
import { parseCommandArgs } from './parse-command-args';
import { textIn } from '@shared/text/languages';

/** The list of commands is English; a run speaks its --lang (cli-language.ts). */
const english = textIn('en');

const USAGE = 'accounts [--format text|json] [--data-dir <dir>]';

export const accountsCommand: CliCommand = {
  name: 'accounts',
  summary: english('cli.summary.accounts'),
  usage: USAGE,
  async run(argv, io) {
    const t = cliText(argv);
    const parsed = parseCommandArgs({ name: 'accounts', usage: USAGE }, argv, io, {
      format: { type: 'string' },
      'data-dir': { type: 'string' },
    });
    if (!parsed) return 2;
    const { values } = parsed;
    return withServices(
      'accounts',
      io,
      { dataDir: values['data-dir'] ?? defaultDataDir() },
      async ({ accounts: service }) => {
        // An unreadable accounts file is said on stderr (with where it was kept) as it is moved aside.
        const accounts = service.list();
        if (values.format === 'json') {
          io.out(JSON.stringify({ accounts }, null, 2));
          return 0;
        }
        if (accounts.length === 0) {
          io.out(t('cli.accounts.none'));
          return 0;
        }
        for (const a of accounts) {
          const state =
            a.state === 'connected'
              ? t('cli.accounts.connected')
              : t(
                  'cli.accounts.reconnect',
                  a.reconnectReason ? { reason: a.reconnectReason } : { reasonKey: 'cli.accounts.notAccepted' },
                );
          io.out(
            t('cli.accounts.line', {
              id: a.id,
              label: a.label,
              email: a.email ?? t('cli.accounts.noEmail'),
              region: a.region,
              since: a.connectedAt,
              state,
            }),
          );
          io.out(t('cli.accounts.scopes', { scopes: a.grantedScopes.join(' ') }));
        }
        return 0;
      },
      t,
    );
  },
};
