import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { supportBundleCommand } from '../../../../../electron/headless/commands/support-bundle';
import { tempDir } from '../../../../support/temp-dir';

describe('npm run doctor -- support-bundle', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-sb-cli-')));
  afterEach(() => remove());

  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await supportBundleCommand.run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('writes the zip into --out and names its path', async () => {
    const result = await run(['--data-dir', dir, '--out', path.join(dir, 'out')]);
    expect(result.code).toBe(0);
    const zip = /written: (\S+\.zip)/.exec(result.out)?.[1];
    expect(zip && existsSync(zip) && path.dirname(zip)).toBe(path.join(dir, 'out'));
  });

  it('fails with a hint when the zip cannot be written', async () => {
    writeFileSync(path.join(dir, 'file'), '');
    const result = await run(['--data-dir', dir, '--out', path.join(dir, 'file', 'sub')]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/could not write the zip .* pass --out <dir>/);
  });

  it('rejects an unknown option with the usage', async () => {
    const result = await run(['--bogus']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Usage: npm run doctor -- support-bundle');
  });
});
