// Plain Node. How a headless command gets its services: the one composition (compose-services.ts), logged
// the same way as the app (`<dataDir>/logs`, redacted), an unreadable settings/accounts file said on
// stderr with where it was kept, and a data folder that cannot be used said as such (exit 1).
import { composeServices, type ServiceOptions, type Services, type StoreProblem } from '../app/compose-services';
import type { CliIo } from './commands/cli-command';
import { textIn, type Translate } from '@shared/text/languages';
import { UserFacingError } from '@main/ipc/handler-types';

/** English unless the command passes the `t` of its --lang. */
const english = textIn('en');

export type HeadlessServiceOptions = Omit<ServiceOptions, 'mode' | 'onStoreProblem'> & {
  mode?: ServiceOptions['mode'];
};

export function storeProblemLine(problem: StoreProblem, t: Translate = english): string {
  // By the file's whole name: `update-settings.json` also ends in `settings.json`.
  const name = problem.file.split(/[\\/]/).pop();
  // The screen's own words for each file (dataProblems.store.*), so the terminal and the banner agree.
  const whatKey =
    name === 'accounts.json'
      ? 'dataProblems.store.accounts'
      : name === 'settings.json'
        ? 'dataProblems.store.settings'
        : name === 'update-settings.json'
          ? 'dataProblems.store.update-settings'
          : 'cli.run.store.other';
  return t('cli.run.store.movedAside', {
    whatKey,
    problemKey: `cli.run.store.${problem.reason}`,
    keptAt: problem.keptAt,
  });
}

/**
 * An error's words for the terminal: a UserFacingError (and a report file's) carries its catalogue key, so it
 * is worded in the command's --lang; any other error is technical and says its own message.
 */
export function errorText(error: unknown, t: Translate = english): string {
  if (error instanceof UserFacingError) return t(error.text.key, error.text.params);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `run` with composed services and closes them after; logs the command's start, failure and exit
 * code. An error `run` does not catch is printed as `<command>: <message>` and exits 1.
 */
export async function withServices(
  command: string,
  io: CliIo,
  options: HeadlessServiceOptions,
  run: (services: Services) => Promise<number>,
  t: Translate = english,
): Promise<number> {
  const services = composeServices({
    mode: 'demo',
    ...options,
    onStoreProblem: (p) => io.err(storeProblemLine(p, t)),
  });
  services.log.info('cli.started', { command });
  let code = 1;
  try {
    // As the app does at start-up: a damaged file is said now; a data folder that cannot be used stops here.
    const unusable = services.checkStores();
    if (unusable) throw unusable;
    code = await run(services);
  } catch (error) {
    io.err(t('cli.failed', { command, message: errorText(error, t) }));
    services.log.error('cli.failed', { command, error });
    code = 1;
  } finally {
    services.log.info('cli.finished', { command, code });
    await services.close();
  }
  return code;
}
