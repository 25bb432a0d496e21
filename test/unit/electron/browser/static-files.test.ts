import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confinedPath, readStatic } from '@main/browser/static-files';

const root = mkdtempSync(path.join(os.tmpdir(), 'tcd-static-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<html>app</html>');
writeFileSync(path.join(root, 'assets', 'a.js'), 'js');
writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'outside');
// Links planted inside the folder (a careless build step, another local user): they point outside it.
const outside = mkdtempSync(path.join(os.tmpdir(), 'tcd-outside-'));
writeFileSync(path.join(outside, 'private.js'), 'outside');
writeFileSync(path.join(outside, 'index.html'), 'outside');
symlinkSync(path.join(path.dirname(root), 'secret.txt'), path.join(root, 'leak.js'));
symlinkSync(outside, path.join(root, 'linked'));
symlinkSync(path.join(root, 'assets', 'a.js'), path.join(root, 'inside-link.js'));

describe('static files', () => {
  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/a\0b'])(
    'never leaves the root for %s',
    async (p) => {
      const resolved = confinedPath(root, p);
      if (resolved) expect(resolved.startsWith(root)).toBe(true);
      const file = await readStatic(root, p);
      expect(file?.body.toString() ?? '').not.toBe('outside');
    },
  );

  it('serves files and falls back to the page for client routes', async () => {
    expect((await readStatic(root, '/assets/a.js'))?.contentType).toMatch(/javascript/);
    expect((await readStatic(root, '/report/123'))?.body.toString()).toBe('<html>app</html>');
    expect(await readStatic(root, '/assets/missing.js')).toBeNull();
  });

  it.each(['/leak.js', '/linked/private.js', '/linked/', '/linked', '/assets/../linked/index.html'])(
    'does not follow a link out of the folder for %s',
    async (p) => {
      const file = await readStatic(root, p);
      expect(file?.body.toString() ?? '').not.toBe('outside');
    },
  );

  it('serves a link that stays inside the folder', async () => {
    expect((await readStatic(root, '/inside-link.js'))?.body.toString()).toBe('js');
  });

  it('serves regular files only: a named pipe gets a 404 instead of a request that hangs', async () => {
    execFileSync('mkfifo', [path.join(root, 'assets', 'pipe.js')]);
    const result = await Promise.race([
      readStatic(root, '/assets/pipe.js'),
      new Promise((r) => setTimeout(() => r('hung'), 2000)),
    ]);
    expect(result).toBeNull();
  });
});
