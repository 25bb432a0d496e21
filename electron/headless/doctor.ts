// Plain Node: `npm run doctor -- <command> [options]`, the headless tool for support scripts and checks.
import { commands, type CliIo } from './commands';
import { textIn } from '@shared/text/languages';

/** The terminal speaks English (the catalogue's `cli.*`). */
const t = textIn('en');

const io: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

function help(): void {
  io.out(t('cli.doctor.usage'));
  for (const c of commands) io.out(`  ${c.name.padEnd(12)} ${c.summary}\n  ${' '.repeat(12)} ${c.usage}`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    help();
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(t('cli.doctor.unknown', { name }));
    return 2;
  }
  return command.run(rest, io);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    io.err(t('cli.failed', { command: 'doctor', message: error instanceof Error ? error.message : String(error) }));
    process.exit(1);
  },
);
