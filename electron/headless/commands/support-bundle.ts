// Plain Node. `npm run doctor -- support-bundle [--data-dir <dir>] [--out <dir>]`: the same zip as the
// Support screen's "Create support bundle" (logs, settings without secrets, latest report), for a support
// desk working from a terminal.
import { appMeta } from '@main/infra/app-meta';
import { defaultDataDir } from '@main/infra/data-dir';
import { writeSupportBundle } from '@main/support/support-bundle';
import { withServices } from '../headless-services';
import { cliText } from '../cli-language';
import type { CliCommand } from './cli-command';
import { parseCommandArgs } from './parse-command-args';
import { textIn } from '@shared/text/languages';

/** The list of commands is English; a run speaks its --lang (cli-language.ts). */
const english = textIn('en');

const USAGE = 'support-bundle [--data-dir <dir>] [--logs-dir <dir>] [--out <dir>]';

export const supportBundleCommand: CliCommand = {
  name: 'support-bundle',
  summary: english('cli.summary.supportBundle'),
  usage: USAGE,
  async run(argv, io) {
    const t = cliText(argv);
    const parsed = parseCommandArgs({ name: 'support-bundle', usage: USAGE }, argv, io, {
      'data-dir': { type: 'string' },
      'logs-dir': { type: 'string' },
      out: { type: 'string' },
    });
    if (!parsed) return 2;
    const { values } = parsed;
    const dataDir = values['data-dir'] ?? defaultDataDir();
    const logsDir = values['logs-dir'];
    return withServices(
      'support-bundle',
      io,
      { dataDir, ...(logsDir ? { logsDir } : {}) },
      async ({ log }) => {
        try {
          const bundle = writeSupportBundle({
            dataDir,
            logger: log,
            app: {
              name: appMeta.name,
              version: appMeta.version,
              mode: process.env.TCD_MODE === 'tesla' ? 'tesla' : 'demo',
            },
            ...(values.out ? { outDir: values.out } : {}),
          });
          const n = bundle.entries.length;
          io.out(t('cli.supportBundle.written', { path: bundle.path, count: n, list: bundle.entries.join(', ') }));
          return 0;
        } catch (error) {
          io.err(t('cli.supportBundle.failed', { message: error instanceof Error ? error.message : String(error) }));
          return 1;
        }
      },
      t,
    );
  },
};
