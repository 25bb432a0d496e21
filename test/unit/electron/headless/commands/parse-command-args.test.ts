import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '@main/headless/commands/parse-command-args';

function io() {
  const err: string[] = [];
  return { err, io: { out: () => undefined, err: (l: string) => void err.push(l) } };
}

const command = { name: 'demo', usage: 'demo [--format text|json] [--data-dir <dir>]' };
const options = { format: { type: 'string' }, 'data-dir': { type: 'string' } } as const;

describe('headless command options', () => {
  it('reads known options', () => {
    const c = io();
    expect(parseCommandArgs(command, ['--format', 'json', '--data-dir', '/tmp/x'], c.io, options)?.values).toEqual({
      format: 'json',
      'data-dir': '/tmp/x',
    });
    expect(c.err).toEqual([]);
  });

  it('refuses an unknown option with the usage line', () => {
    const c = io();
    expect(parseCommandArgs(command, ['--nope'], c.io, options)).toBeNull();
    expect(c.err[0]).toMatch(/^demo: .*--nope[\s\S]*Usage: npm run doctor -- demo \[--format/);
  });

  it('refuses a --format other than text or json', () => {
    const c = io();
    expect(parseCommandArgs(command, ['--format', 'xml'], c.io, options)).toBeNull();
    expect(c.err).toEqual(['demo: --format must be text or json.']);
  });

  it('takes positionals only when the command allows them', () => {
    expect(parseCommandArgs(command, ['Miller'], io().io, options)).toBeNull();
    expect(parseCommandArgs(command, ['Miller'], io().io, options, true)?.positionals).toEqual(['Miller']);
  });
});
