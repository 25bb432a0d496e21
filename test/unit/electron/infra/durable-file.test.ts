import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurably, writeFileDurablySync } from '@main/infra/durable-file';
import { tempDir } from '@test/support/temp-dir';

describe.each([
  [
    'async',
    (file: string, text: string | Uint8Array, o?: Parameters<typeof writeFileDurably>[2]) =>
      writeFileDurably(file, text, o),
  ],
  [
    'sync',
    async (file: string, text: string | Uint8Array, o?: Parameters<typeof writeFileDurably>[2]) =>
      writeFileDurablySync(file, text, o),
  ],
] as const)('durable write (%s)', (_name, write) => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-durable-')));
  afterEach(() => remove());

  it('replaces the content whole, owner-only by default, creating the folder', async () => {
    const file = path.join(dir, 'a', 'b', 'settings.json');
    await write(file, 'old');
    await write(file, new TextEncoder().encode('new ✓'));
    expect(readFileSync(file, 'utf8')).toBe('new ✓');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.dirname(file))).toEqual(['settings.json']);
  });

  it('leaves no temp file and the old content when the rename fails', async () => {
    const target = path.join(dir, 'taken');
    mkdirSync(path.join(target, 'inside'), { recursive: true });
    await expect(write(target, 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('does not create a folder the user picked (createDir: false)', async () => {
    await expect(write(path.join(dir, 'missing', 'report.json'), 'x', { createDir: false })).rejects.toThrow(/ENOENT/);
  });
});
