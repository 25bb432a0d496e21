// Plain Node. `npm run doctor -- forget <account|--all>`: removes customers (keychain entry and local data).
import { AccountService } from '../../accounts/account-service';
import { KeyringVault } from '../../infra/keychain';
import { defaultDataDir } from '../../infra/data-dir';
import { ProfileService } from '../../profiles/profile-service';
import type { CliCommand } from './index';
import { parseCommandArgs } from './parse-command-args';
import { textIn } from '../../../shared/text/languages';

/** The terminal speaks English (the catalogue's `cli.*`). */
const t = textIn('en');

const USAGE = 'forget <account id|label> | forget --all [--data-dir <dir>]';

export const forgetCommand: CliCommand = {
  name: 'forget',
  summary: t('cli.summary.forget'),
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseCommandArgs({ name: 'forget', usage: USAGE }, argv, io, { all: { type: 'boolean' }, 'data-dir': { type: 'string' } }, true);
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    if ((values.all && positionals.length > 0) || (!values.all && positionals.length !== 1)) {
      io.err(`Usage: npm run doctor -- ${USAGE}`);
      return 2;
    }
    const dataDir = values['data-dir'] ?? defaultDataDir();
    const keychain = new KeyringVault();
    const service = new AccountService({ dataDir, keychain, profiles: new ProfileService(dataDir, keychain) });
    try {
      if (values.all) {
        const n = service.list().length;
        await service.forgetAll();
        io.out(n === 0 ? t('cli.forget.none') : t('cli.forget.forgotAll', { count: n }));
        return 0;
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
    } catch (error) {
      io.err(t('cli.failed', { command: 'forget', message: error instanceof Error ? error.message : String(error) }));
      return 1;
    } finally {
      await service.close();
    }
  },
};
