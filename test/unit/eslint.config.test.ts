// The lint that keeps words shown to people in the catalogues (eslint.config.js, renderer screens): planted
// English in a screen fails it, the same screen worded through t('…') passes.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function textProblems(code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    // Only this rule: the type-aware ones need the file in a project, and a planted file is in none.
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-syntax',
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
  const [result] = await eslint.lintText(code, {
    filePath: path.join(root, 'renderer/src/screens/planted/Planted.tsx'),
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
