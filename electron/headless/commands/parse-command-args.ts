// Plain Node. How every headless command reads its options: unknown or malformed options, and a --format
// other than text or json, get one clear line with the usage and exit code 2 (the caller returns it).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './index';

type Options = NonNullable<ParseArgsConfig['options']>;
type Config<O extends Options> = { args: string[]; options: O; strict: true; allowPositionals: boolean };

export function parseCommandArgs<O extends Options>(
  command: { name: string; usage: string },
  argv: string[],
  io: CliIo,
  options: O,
  allowPositionals = false,
): ReturnType<typeof parseArgs<Config<O>>> | null {
  let parsed: ReturnType<typeof parseArgs<Config<O>>>;
  try {
    parsed = parseArgs<Config<O>>({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    io.err(`${command.name}: ${(error as Error).message}\nUsage: npm run doctor -- ${command.usage}`);
    return null;
  }
  const format = (parsed.values as { format?: unknown }).format;
  if (format !== undefined && format !== 'text' && format !== 'json') {
    io.err(`${command.name}: --format must be text or json.`);
    return null;
  }
  return parsed;
}
