// The terminal's language: --lang wherever it stands (before the parse, so usage problems are said in it too),
// English otherwise or for a language the app does not have; a command's own errors follow it.
import { describe, expect, it } from 'vitest';
import { languageOf } from '@main/headless/cli-language';
import { diagnoseCommand } from '@main/headless/commands/diagnose';

describe('languageOf', () => {
  it('reads --lang de / --lang=de anywhere, stops at --, and falls back to English', () => {
    expect(languageOf(['--format', 'json', '--lang', 'de'])).toBe('de');
    expect(languageOf(['--lang=de', '--x'])).toBe('de');
    expect(languageOf(['--', '--lang', 'de'])).toBe('en');
    expect(languageOf(['--lang', 'fr'])).toBe('en');
    expect(languageOf([])).toBe('en');
  });
});

describe('a command in German', () => {
  it('diagnose --lang de says a platform address that may not carry the agent key in German (exit 2)', async () => {
    const err: string[] = [];
    const code = await diagnoseCommand.run(
      ['--platform', 'http://platform.example/api', '--customer', 'c-0001', '--lang', 'de'],
      { out: () => undefined, err: (l) => void err.push(l) },
    );
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/^diagnose: --platform muss mit https:\/\/ beginnen/);
  });
});
