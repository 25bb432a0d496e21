// Process boundaries are enforced here, not by hope: each folder says where its code may run.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'tls',
  'url',
  'util',
  'worker_threads',
  'zlib',
];
// Bare built-in names go in `paths` (exact names): as patterns they would also match './events'.
const noNodePaths = nodeBuiltins.map((name) => ({ name, message: 'This code runs outside Node: no Node built-ins.' }));
const noNode = [{ group: ['node:*'], message: 'This code runs outside Node: no node: imports.' }];
// Type imports too (a `Region` type comes from shared/tesla, never from the simulator).
const simulatorOnlyFromComposition = {
  group: ['**/simulator', '**/simulator/**', '@main/simulator', '@main/simulator/**'],
  message: 'Features use shared/tesla; only electron/app and electron/headless start the simulator.',
};
const noElectron = {
  name: 'electron',
  message: 'Only electron/shell and electron/preload may import electron at run time.',
};

/**
 * A sentence (two words or more) in a string or template anywhere inside these calls: words a person will
 * read. The calls: an error made (its message reaches the terminal or the screen; TypeError and RangeError are
 * a caller's programming mistakes, a guard, never a person's), a line the headless tool prints, a usage fail.
 */
const textOutsideCatalogue = (calls) =>
  calls.flatMap((call) =>
    ['Literal[value=/[A-Za-z]{2,}\\s+[A-Za-z]{2,}/]', 'TemplateElement[value.raw=/[A-Za-z]{2,}\\s+[A-Za-z]{2,}/]'].map(
      (sentence) => ({
        selector: `${call} ${sentence}`,
        message: "A sentence shown to people comes from the text catalogue (t('cli.…'), UserFacingError('key')).",
      }),
    ),
  );

/** An error made (its message), an error class's super(message), a line printed: read by a person. */
const MAIN_SIDE_TEXT_CALLS = [
  'NewExpression[callee.name=/^(?!Type|Range).*Error$/]',
  'ClassDeclaration[superClass.name=/Error$/] CallExpression[callee.type="Super"]',
  'CallExpression[callee.property.name=/^(out|err)$/]',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'release/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Type-aware rules: a promise nobody awaits or catches is a failure nobody hears about.
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'build/*.cjs', 'scripts/*.mjs', '.dependency-cruiser.cjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // An alias says where a file lives; '../../../' says how far to climb from here.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*'],
              message: 'Import across folders through an alias (@shared, @main, @renderer, @test, @scripts).',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // shared/: what main, preload and renderer agree on. Pure: no Node, no DOM, no Electron, no React.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [noElectron, { name: 'react', message: 'shared/ has no UI.' }, ...noNodePaths],
          patterns: [
            ...noNode,
            {
              group: ['**/electron/**', '**/renderer/**', '@main/**', '@renderer/**', '@test/**'],
              message: 'shared/ depends on nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    // renderer/: the page. Talks to the main side only through the contract's API object.
    files: ['renderer/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNodePaths],
          patterns: [
            ...noNode,
            {
              group: ['**/electron/**', '@main/**'],
              message: 'The page reaches the main side only through the API object.',
            },
            // Each language is its own chunk, fetched by renderer/src/i18n when it is the active one.
            {
              group: [
                '**/shared/text/en',
                '**/shared/text/de',
                '**/shared/text/pseudo',
                '**/shared/text/languages',
                '@shared/text/en',
                '@shared/text/de',
                '@shared/text/pseudo',
                '@shared/text/languages',
              ],
              allowTypeImports: true,
              message: 'Load a language through renderer/src/i18n (import() on demand), not statically.',
            },
          ],
        },
      ],
    },
  },
  {
    // Text shown to people goes through the catalogues (shared/text/en.ts, de.ts) and t('…'): words written
    // into a screen's JSX would stay English on a German screen. test/unit/eslint.config.test.ts plants
    // such text and checks that this fails.
    files: ['renderer/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-z]{2,}/]',
          message: "Words shown to people come from the text catalogue: {t('…')}, not JSX text.",
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > Literal[value=/[A-Za-z]{2,}/]',
          message: "An accessible name, title or placeholder is text too: take it from the catalogue with t('…').",
        },
        {
          selector: 'JSXExpressionContainer > Literal[value=/[A-Za-z]{2,}\\s+[A-Za-z]{2,}/]',
          message: 'A sentence in a JSX expression is still text shown to people: take it from the catalogue.',
        },
      ],
    },
  },
  {
    // The same for what the main side says to a person: a line the headless tool prints (io.out / io.err, a
    // usage `fail(…)`) and the message of an error thrown (it reaches the terminal, or the screen through the
    // envelope). Both come from the catalogues (t('cli.…'), UserFacingError('key')), so --lang de and the
    // German screen are German. Technical lines stay English: log events and their fields (log.info('event',
    // {…}): read by support, never shown), and an error no person sees is a code word ('binary'), not a
    // sentence. The simulator speaks as Tesla does: its English is Tesla's. test/unit/eslint.config.test.ts
    // plants sentences and checks that this fails.
    files: ['electron/**/*.ts'],
    ignores: ['electron/simulator/**'],
    rules: {
      'no-restricted-syntax': ['error', ...textOutsideCatalogue(MAIN_SIDE_TEXT_CALLS)],
    },
  },
  {
    // The headless tool's usage problems: `fail('…')` prints them with the usage.
    files: ['electron/headless/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        // A later block replaces the rule for these files, so it names the main side's calls too.
        ...textOutsideCatalogue([...MAIN_SIDE_TEXT_CALLS, 'CallExpression[callee.name="fail"]']),
      ],
    },
  },
  {
    // electron/ (but the shell and preload) and tests: plain Node; electron only as a type import.
    files: ['electron/**/*.ts', 'test/unit/**/*.ts', 'test/e2e/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['electron/shell/main.ts', 'electron/preload/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ ...noElectron, allowTypeImports: true }] }],
    },
  },
  {
    // The simulator is demo mode's Tesla, not a library: the app's features talk to Tesla's shapes in
    // shared/tesla. Only the composition (electron/app), the headless tool and the simulator itself reach it.
    files: ['electron/**/*.ts'],
    ignores: [
      'electron/simulator/**',
      'electron/app/**',
      'electron/headless/**',
      'electron/shell/main.ts',
      'electron/preload/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ ...noElectron, allowTypeImports: true }],
          patterns: [simulatorOnlyFromComposition],
        },
      ],
    },
  },
  {
    // The shell's entry and the preload may import electron at run time, but never the simulator either.
    files: ['electron/shell/main.ts', 'electron/preload/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [simulatorOnlyFromComposition] }] },
  },
);
