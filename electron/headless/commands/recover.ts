// Plain Node. `npm run doctor -- recover [--data-dir <dir>]`: finishes every restore a test left pending
// (a crash, a kill, a refused write), finding the account and the API base in each journal, verifying
// against site_info, and removing the journal only then. What cannot be restored is listed with the
// customer's original values, to be set by hand.
import { storedAccounts } from '../stored-accounts';
import { defaultDataDir } from '@main/infra/data-dir';
import { outcomeLine, recoverWithStoredAccounts } from '@main/test-charge/cli-support';
import { withServices } from '../headless-services';
import { cliText } from '../cli-language';
import type { CliCommand } from './cli-command';
import { parseCommandArgs } from './parse-command-args';
import { textIn } from '@shared/text/languages';

/** The list of commands is English; a run speaks its --lang (cli-language.ts). */
const english = textIn('en');

const USAGE = 'recover [--data-dir <dir>] [--format json|text]';

export const recoverCommand: CliCommand = {
  name: 'recover',
  summary: english('cli.summary.recover'),
  usage: USAGE,
  async run(argv, io) {
    const t = cliText(argv);
    const parsed = parseCommandArgs({ name: 'recover', usage: USAGE }, argv, io, {
      'data-dir': { type: 'string' },
      format: { type: 'string' },
    });
    if (!parsed) return 2;
    const { values } = parsed;
    const dataDir = values['data-dir'] ?? defaultDataDir();
    return withServices(
      'recover',
      io,
      { dataDir },
      async ({ log }) => {
        const outcomes = await recoverWithStoredAccounts(
          dataDir,
          storedAccounts(dataDir),
          (o) => values.format !== 'json' && io.out(outcomeLine(o, t)),
        );
        log.info('cli.recovered', {
          outcomes: outcomes.map((o) => ({ status: o.status, ...('siteId' in o ? { siteId: o.siteId } : {}) })),
        });
        if (values.format === 'json') io.out(JSON.stringify({ outcomes }, null, 2));
        else if (outcomes.length === 0) io.out(t('cli.recover.nothing'));
        // Non-zero while any journal remains: not restored, unreadable, or its site still held by a running test.
        return outcomes.every((o) => o.status === 'restored') ? 0 : 1;
      },
      t,
    );
  },
};
