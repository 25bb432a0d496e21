// `doctor board` reads the latest sweep from the store (none yet: says so); `doctor sweep` needs a platform.
import { describe, expect, it } from 'vitest';
import { boardCommand } from '@main/headless/commands/board';
import { sweepCommand } from '@main/headless/commands/sweep';
import { tempDir } from '@test/support/temp-dir';

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) } };
};

describe('board and sweep commands', () => {
  it('board on an empty embedded store prints no sweep, and exits 0', async () => {
    const tmp = tempDir();
    try {
      const c = io();
      expect(await boardCommand.run(['--data-dir', tmp.dir, '--format', 'json'], c.io)).toBe(0);
      expect(JSON.parse(c.out.join('\n'))).toEqual({ sweep: null });
    } finally {
      tmp.remove();
    }
  }, 120_000);

  it('sweep without --platform, or with a bad --stale-after, is a usage error (exit 2)', async () => {
    const a = io();
    expect(await sweepCommand.run([], a.io)).toBe(2);
    expect(a.err.join('\n')).toContain('--platform');
    const b = io();
    expect(await sweepCommand.run(['--platform', 'http://127.0.0.1:1/platform', '--stale-after', 'soon'], b.io)).toBe(
      2,
    );
    expect(b.err.join('\n')).toContain('--stale-after');
    const c = io();
    expect(await sweepCommand.run(['--platform', 'http://evil.example/platform'], c.io)).toBe(2);
  });

  it("speak --lang: sweep's usage error and board's empty store in German", async () => {
    const a = io();
    expect(await sweepCommand.run(['--lang', 'de'], a.io)).toBe(2);
    expect(a.err.join('\n')).toContain('Plattform mit --platform <url> angeben');
    const tmp = tempDir();
    try {
      const b = io();
      expect(await boardCommand.run(['--data-dir', tmp.dir, '--lang', 'de'], b.io)).toBe(0);
      expect(b.out.join('\n')).toContain('Noch kein Durchlauf im Speicher');
    } finally {
      tmp.remove();
    }
  }, 120_000);
});
