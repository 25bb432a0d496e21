// Plain Node: `npm run doctor -- <command> [options]`, the headless tool for support scripts and checks. Built
// into dist/headless/doctor.cjs (scripts/build.ts), which plain Node runs and the installed app runs with
// `--headless` (electron/shell/main.ts). Commands are loaded on demand: `explain` is offline and needs
// none of the service graph, so it starts without loading storage, the Fleet client or the report renderer.
import type { CliCommand, CliIo } from './commands';
import { textIn } from '@shared/text/languages';

/** The terminal speaks English (the catalogue's `cli.*`) unless a command takes --lang. */
const t = textIn('en');

const io: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

/** Commands that need nothing but themselves, loaded alone; every other one comes with the registry. */
const STANDALONE: Record<string, () => Promise<CliCommand>> = {
  explain: async () => (await import('./commands/explain')).explainCommand,
};

async function allCommands(): Promise<CliCommand[]> {
  return (await import('./commands')).commands;
}

async function help(): Promise<void> {
  io.out(t('cli.doctor.usage'));
  for (const c of await allCommands()) io.out(`  ${c.name.padEnd(12)} ${c.summary}\n  ${' '.repeat(12)} ${c.usage}`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    await help();
    return name ? 0 : 2;
  }
  const command = STANDALONE[name] ? await STANDALONE[name]() : (await allCommands()).find((c) => c.name === name);
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
