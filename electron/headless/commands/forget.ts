// Plain Node. `npm run doctor -- forget <account|--all>`: removes customers (keychain entry and local data).
import { defaultDataDir } from '@main/infra/data-dir';
import { endVisit } from '@main/end-visit/end-visit';
import { withServices } from '../headless-services';
import { cliText } from '../cli-language';
import type { CliCommand } from './cli-command';
import { parseCommandArgs } from './parse-command-args';
import { textIn } from '@shared/text/languages';

/** The list of commands is English; a run speaks its --lang (cli-language.ts). */
const english = textIn('en');

const USAGE = 'forget <account id|label> | forget --all [--data-dir <dir>]';

export const forgetCommand: CliCommand = {
  name: 'forget',
  summary: english('cli.summary.forget'),
  usage: USAGE,
  async run(argv, io) {
    const t = cliText(argv);
    const parsed = parseCommandArgs(
      { name: 'forget', usage: USAGE },
      argv,
      io,
      { all: { type: 'boolean' }, 'data-dir': { type: 'string' } },
      true,
    );
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    if ((values.all && positionals.length > 0) || (!values.all && positionals.length !== 1)) {
      io.err(t('cli.run.usage', { usage: USAGE }));
      return 2;
    }
    // A customer with a test's restore still pending is refused, as in the app (the composition wires that guard).
    return withServices(
      'forget',
      io,
      { dataDir: values['data-dir'] ?? defaultDataDir() },
      async (services) => {
        const service = services.accounts;
        if (values.all) {
          const n = service.list().length;
          const visit = await endVisit(services);
          const forgot = visit.removed.find((r) => r.item === 'customers')?.count ?? 0;
          io.out(n === 0 ? t('cli.forget.none') : t('cli.forget.forgotAll', { count: forgot }));
          for (const k of visit.kept)
            if (k.item === 'sign_in')
              io.out(
                t('cli.forget.kept', { label: k.customer ?? '', reasonKey: `accounts.endVisit.reason.${k.reason}` }),
              );
          return visit.kept.some((k) => k.item === 'sign_in') ? 1 : 0;
        }
        const key = positionals[0] ?? '';
        const matches = service.list().filter((a) => a.id === key || a.label === key);
        if (matches.length !== 1) {
          io.err(matches.length === 0 ? t('cli.forget.noMatch', { key }) : t('cli.forget.several', { key }));
          return 1;
        }
        await service.forget(matches[0]!.id);
        io.out(t('cli.forget.forgot', { label: matches[0]!.label }));
        return 0;
      },
      t,
    );
  },
};
