// Plain Node. How every headless command reads its options: unknown or malformed options, and a --format
// other than text or json, get one clear line with the usage and exit code 2 (the caller returns it).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-command';
import { isLanguage } from '@shared/text/languages';
import { cliText } from '../cli-language';

type Options = NonNullable<ParseArgsConfig['options']>;
type Config<O extends Options> = { args: string[]; options: O; strict: true; allowPositionals: boolean };

export function parseCommandArgs<O extends Options>(
  command: { name: string; usage: string },
  argv: string[],
  io: CliIo,
  options: O,
  allowPositionals = false,
): ReturnType<typeof parseArgs<Config<O>>> | null {
  // Every command speaks --lang en|de (its problems included).
  const t = cliText(argv);
  const withLang = { lang: { type: 'string' }, ...options } as O;
  let parsed: ReturnType<typeof parseArgs<Config<O>>>;
  try {
    parsed = parseArgs<Config<O>>({ args: argv, options: withLang, strict: true, allowPositionals });
  } catch (error) {
    io.err(t('cli.badArgs', { command: command.name, message: (error as Error).message, usage: command.usage }));
    return null;
  }
  const lang = (parsed.values as { lang?: unknown }).lang;
  if (lang !== undefined && !isLanguage(lang)) {
    io.err(t('cli.badLang', { command: command.name }));
    return null;
  }
  const format = (parsed.values as { format?: unknown }).format;
  if (format !== undefined && format !== 'text' && format !== 'json') {
    io.err(t('cli.badFormat', { command: command.name }));
    return null;
  }
  return parsed;
}
