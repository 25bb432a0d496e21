// The lint that keeps words shown to people in the catalogues (eslint.config.js): planted English in a screen,
// in a line the headless tool prints or in an error the main side throws fails it; the same worded through the
// catalogue passes, and technical lines (log events, code-word errors, programming guards) stay allowed.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function textProblems(code: string, file = 'renderer/src/screens/planted/Planted.tsx'): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    // Only this rule: the type-aware ones need the file in a project, and a planted file is in none.
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-syntax',
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
  const [result] = await eslint.lintText(code, {
    filePath: path.join(root, file),
  });
  return (result?.messages ?? []).map((m) => `${m.line}:${m.column} ${m.message}`);
}

describe('words outside the catalogues fail the lint', () => {
  it('fails on an English sentence in JSX, in an accessible name and in a JSX string', async () => {
    const problems = await textProblems(
      [
        'export function Planted() {',
        '  return (',
        '    <section aria-label="Customer details">',
        '      <p>Run the checklist again</p>',
        "      {'Nothing to fix here'}",
        '    </section>',
        '  );',
        '}',
      ].join('\n'),
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/text catalogue/);
  });

  it('passes the same screen worded through the catalogue, and leaves symbols and test ids alone', async () => {
    const problems = await textProblems(
      [
        "import { useTranslation } from 'react-i18next';",
        'export function Planted() {',
        '  const { t } = useTranslation();',
        '  return (',
        '    <section aria-label={t(\'checklist.heading\')} data-testid="planted">',
        "      <p>{t('checklist.runAgain')} — · 2 / 3</p>",
        '    </section>',
        '  );',
        '}',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });
});

describe('sentences outside the catalogues in the main process and the headless tool fail the lint', () => {
  it('fails on English printed by a headless command, in a usage fail and in an error it throws', async () => {
    const problems = await textProblems(
      [
        "import type { CliIo } from '@main/headless/commands/cli-command';",
        'export function planted(io: CliIo, n: number, fail: (m: string) => null) {',
        "  io.err('Connect a customer first.');",
        '  io.out(`Tested ${n} sites today.`);',
        "  io.err(n > 1 ? 'several customers' : 'one customer');",
        "  if (n < 0) return fail('--minutes must be a number.');",
        "  throw new Error('The sign-in did not finish.');",
        '}',
      ].join('\n'),
      'electron/headless/commands/planted.ts',
    );
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/text catalogue/);
  });

  it('fails on an English error message in a main service, thrown or passed to its error class', async () => {
    const problems = await textProblems(
      [
        'export class PlantedError extends Error {',
        '  constructor(host: string) {',
        '    super(`The app could not reach ${host}.`);',
        '  }',
        '}',
        'export function planted(site: string): never {',
        '  throw new Error(`Another test is running on site ${site}.`);',
        '}',
      ].join('\n'),
      'electron/test-charge/planted.ts',
    );
    expect(problems).toHaveLength(2);
  });

  it('passes the catalogue’s words, log lines, code-word errors and programming guards', async () => {
    const problems = await textProblems(
      [
        "import { textIn } from '@shared/text/languages';",
        "import { UserFacingError } from '@main/ipc/handler-types';",
        "const t = textIn('en');",
        'export function planted(io: { out(l: string): void; err(l: string): void }, log: { info(e: string, f: object): void }, id: string) {',
        "  io.err(t('cli.noCustomer', { command: 'diagnose', dir: '/tmp' }));",
        '  io.out(`  ${id}`);',
        "  log.info('cli.started', { command: 'diagnose', note: 'kept for support only' });",
        "  if (!id) throw new UserFacingError('profile_unknown', { id });",
        "  if (id === 'x') throw new Error('binary');",
        "  throw new RangeError('Duration must be more than 0');",
        '}',
      ].join('\n'),
      'electron/headless/commands/planted.ts',
    );
    expect(problems).toEqual([]);
  });

  it('leaves the simulator alone: its English is Tesla’s', async () => {
    const problems = await textProblems(
      "export function planted(): never {\n  throw new Error('vehicle unavailable: vehicle is offline or asleep');\n}",
      'electron/simulator/fleet/planted.ts',
    );
    expect(problems).toEqual([]);
  });
});
