// Plain Node. The terminal's language: `--lang en|de` wherever it stands among a command's arguments (the
// command itself refuses any other value), else English. Read before the arguments are parsed, so even a
// usage error is said in the language asked for; every line then goes through the one text engine.
import { isLanguage, textIn, type Language, type Translate } from '@shared/text/languages';

export function languageOf(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return isLanguage(value) ? value : 'en';
  }
  return 'en';
}

/** The catalogue's words in the language a command's arguments ask for. */
export function cliText(argv: readonly string[]): Translate {
  return textIn(languageOf(argv));
}
