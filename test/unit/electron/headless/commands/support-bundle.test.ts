import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { supportBundleCommand } from '@main/headless/commands/support-bundle';
import { diagnoseCommand } from '@main/headless/commands/diagnose';
import { tempDir } from '@test/support/temp-dir';

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

  it('after a CLI diagnosis the bundle holds its log and report; the manifest says what is in it and what is left out, and why', async () => {
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await diagnoseCommand.run(['--scenario', 'healthy', '--format', 'json', '--data-dir', dir], quiet)).toBe(0);
    const result = await run(['--data-dir', dir, '--out', path.join(dir, 'out')]);
    expect(result.code).toBe(0);
    const zip = unzipSync(readFileSync(/written: (\S+\.zip)/.exec(result.out)![1]!));
    expect(Object.keys(zip).sort()).toEqual(['latest-report.json', 'logs/main.log', 'manifest.json']);
    const log = strFromU8(zip['logs/main.log']!);
    expect(log).toContain('"event":"cli.finished","data":{"command":"diagnose","code":0}');
    expect(log).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
    const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as {
      contents: Record<string, string>;
      leftOut: { what: string; why: string }[];
    };
    expect(Object.keys(manifest.contents).sort()).toEqual(['latest-report.json', 'logs/main.log', 'manifest.json']);
    expect(manifest.leftOut).toEqual(
      expect.arrayContaining([
        { what: 'settings.json', why: expect.stringMatching(/defaults are in use/) },
        { what: 'tokens and client secrets', why: expect.stringMatching(/keychain/) },
        { what: 'accounts.json (the connected customers)', why: expect.stringMatching(/personal data/) },
      ]),
    );
  });

  it('rejects an unknown option with the usage', async () => {
    const result = await run(['--bogus']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Usage: npm run doctor -- support-bundle');
  });
});
