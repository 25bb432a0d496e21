// The boundary lint: no production file outside the composition (electron/app, electron/headless) imports
// the simulator, not even a type; shared/ and renderer/ import nothing from electron/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Text linted here is no file on disk, so the type-aware rules (which need a program) are off for it.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/await-thenable': 'off',
    },
  },
});

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

const typeImport = (from: string) => `import type { Region } from '${from}';\nexport type R = Region;\n`;

describe('no production file imports the simulator', () => {
  it.each([
    ['electron/fleet/x.ts', '../simulator/sim-types'],
    ['electron/checklist/x.ts', '../simulator'],
    ['electron/test-charge/x.ts', '../simulator/index'],
    ['electron/accounts/sign-in/x.ts', '../../simulator/sim-types'],
    ['electron/shell/main.ts', '../simulator/sim-types'],
    ['electron/preload/index.ts', '../simulator/sim-types'],
    ['shared/checklist/x.ts', '../../electron/simulator/sim-types'],
    ['renderer/src/x.ts', '../../electron/simulator/sim-types'],
    // The aliases reach the same files: they are closed the same way.
    ['electron/fleet/x.ts', '@main/simulator/sim-types'],
    ['electron/checklist/x.ts', '@main/simulator'],
    ['shared/checklist/x.ts', '@main/simulator/sim-types'],
    ['renderer/src/x.ts', '@main/simulator/sim-types'],
  ])(
    '%s may not import a type from %s',
    async (file, from) => {
      expect(await restricted(file, typeImport(from))).not.toEqual([]);
    },
    30_000,
  );

  it('features take Region from shared/tesla; the composition may start the simulator', async () => {
    expect(await restricted('electron/fleet/x.ts', typeImport('@shared/tesla/regions'))).toEqual([]);
    expect(await restricted('electron/app/x.ts', typeImport('../simulator'))).toEqual([]);
  }, 30_000);
});

describe('imports across folders go through an alias', () => {
  async function climbing(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  it("'../../' is refused and names the aliases; one level up and an alias are fine", async () => {
    const refused = await climbing('electron/fleet/x.ts', typeImport('../../shared/tesla/regions'));
    expect(refused.join(' ')).toMatch(/@shared/);
    expect(await climbing('electron/fleet/x.ts', typeImport('../checklist/known-devices'))).toEqual([]);
    expect(await climbing('electron/fleet/x.ts', typeImport('@shared/tesla/regions'))).toEqual([]);
  }, 30_000);
});
