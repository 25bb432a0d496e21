// The committed scenario catalogue is exactly what its generator writes: the JSON files are never edited
// by hand, and a generator change is committed with its output.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueFiles } from '@main/simulator/scenarios/generate-catalogue';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../electron/simulator/scenarios');
const fix = 'Run `npx tsx electron/simulator/scenarios/generate-catalogue.ts` and commit its output.';

describe('scenario catalogue', () => {
  const files = catalogueFiles();

  it('every generated file is committed, byte for byte', () => {
    for (const [name, text] of files) expect(readFileSync(path.join(dir, name), 'utf8'), `${name}: ${fix}`).toBe(text);
  });

  it('no committed scenario file is missing from the generator', () => {
    const committed = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(committed.sort(), fix).toEqual([...files.keys()].filter((f) => f.endsWith('.json')).sort());
  });
});
