// Unit (plain Node). The layers check catches what it is for: a forbidden direction (a type-only import
// included) and an import cycle, in a small tree under the project's own rules; and the real tree passes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cruiseLayers, layersConfig, violationLines } from '@scripts/layers-check';
import { tempDir } from '@test/support/temp-dir';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const rules = layersConfig(root);

let remove: (() => void) | null = null;
afterEach(() => remove?.());

function tree(files: Record<string, string>): string {
  const t = tempDir('tcd-layers-');
  remove = t.remove;
  const paths = { '@shared/*': ['./shared/*'], '@main/*': ['./electron/*'], '@renderer/*': ['./renderer/src/*'] };
  writeFileSync(
    path.join(t.dir, 'tsconfig.base.json'),
    JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', paths } }),
  );
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(t.dir, file)), { recursive: true });
    writeFileSync(path.join(t.dir, file), text);
  }
  return t.dir;
}

const ruleNames = (lines: string[]) => lines.map((l) => l.slice(0, l.indexOf(':'))).sort();

describe('the layers check (.dependency-cruiser.cjs)', () => {
  it('passes a tree that keeps the directions', async () => {
    const dir = tree({
      'shared/words.ts': 'export const word = 1;\n',
      'electron/accounts/account-service.ts': "import { word } from '@shared/words';\nexport const a = word;\n",
      'electron/app/backend.ts': "import { a } from '@main/accounts/account-service';\nexport const b = a;\n",
    });
    const result = await cruiseLayers(dir, ['shared', 'electron'], rules);
    expect(result.modules).toBe(3);
    expect(violationLines(result)).toEqual([]);
  });

  it('catches a forbidden direction, a type-only import included, and a cycle', async () => {
    const dir = tree({
      'electron/app/backend-context.ts': 'export interface BackendContext { x: number }\n',
      // Type-only: gone after compilation, still a direction (tsPreCompilationDeps).
      'electron/accounts/accounts-handlers.ts':
        "import type { BackendContext } from '@main/app/backend-context';\nexport const h = (c: BackendContext) => c.x;\n",
      'shared/words.ts': "import { h } from '@main/accounts/accounts-handlers';\nexport const word = h;\n",
      'electron/reports/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'electron/reports/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    const lines = violationLines(await cruiseLayers(dir, ['shared', 'electron'], rules));
    expect(ruleNames(lines)).toEqual(['features-never-the-composition', 'no-circular', 'shared-imports-nothing-above']);
    expect(lines).toContain(
      'features-never-the-composition: electron/accounts/accounts-handlers.ts → electron/app/backend-context.ts',
    );
    expect(lines.filter((l) => l.startsWith('no-circular')).join('\n')).toContain(
      'electron/reports/a.ts → electron/reports/b.ts → electron/reports/a.ts',
    );
  });
});
