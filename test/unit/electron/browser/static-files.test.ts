import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confinedPath, readStatic } from '../../../../electron/browser/static-files';

const root = mkdtempSync(path.join(os.tmpdir(), 'tcd-static-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<html>app</html>');
writeFileSync(path.join(root, 'assets', 'a.js'), 'js');
writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'outside');

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
});
