// Plain Node. How a headless command gets its services: the one composition (compose-services.ts), logged
// the same way as the app (`<dataDir>/logs`, redacted), an unreadable settings/accounts file said on
// stderr with where it was kept, and a data folder that cannot be used said as such (exit 1).
import { composeServices, type ServiceOptions, type Services, type StoreProblem } from '../app/compose-services';
import type { CliIo } from './commands/cli-command';

export type HeadlessServiceOptions = Omit<ServiceOptions, 'mode' | 'onStoreProblem'> & {
  mode?: ServiceOptions['mode'];
};

export function storeProblemLine(problem: StoreProblem): string {
  // By the file's whole name: `update-settings.json` also ends in `settings.json`.
  const name = problem.file.split(/[\\/]/).pop();
  const what =
    name === 'accounts.json'
      ? 'The list of connected customers'
      : name === 'settings.json'
        ? 'The settings (connection profiles)'
        : name === 'update-settings.json'
          ? 'The update setting'
          : 'A settings file';
  return `Warning: ${what} could not be read (${problem.problem}); the file was kept at ${problem.keptAt} and the app started afresh. Send that file to support, or move it back once repaired.`;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs `run` with composed services and closes them after; logs the command's start, failure and exit
 * code. An error `run` does not catch is printed as `<command>: <message>` and exits 1.
 */
export async function withServices(
  command: string,
  io: CliIo,
  options: HeadlessServiceOptions,
  run: (services: Services) => Promise<number>,
): Promise<number> {
  const services = composeServices({ mode: 'demo', ...options, onStoreProblem: (p) => io.err(storeProblemLine(p)) });
  services.log.info('cli.started', { command });
  let code = 1;
  try {
    // As the app does at start-up: a damaged file is said now; a data folder that cannot be used stops here.
    const unusable = services.checkStores();
    if (unusable) throw unusable;
    code = await run(services);
  } catch (error) {
    io.err(`${command}: ${message(error)}`);
    services.log.error('cli.failed', { command, error });
    code = 1;
  } finally {
    services.log.info('cli.finished', { command, code });
    await services.close();
  }
  return code;
}
