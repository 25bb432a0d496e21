import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '@main/launcher/electron-binary';

describe('finding the Electron runtime', () => {
  it('uses ELECTRON_OVERRIDE_DIST_PATH when it holds an executable', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'tcd-electron-'));
    writeFileSync(path.join(dist, 'electron'), '');
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toEqual({
      ok: true,
      path: path.join(dist, 'electron'),
    });
  });

  it('says why when the override is empty', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'tcd-electron-'));
    const found = findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux');
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.reason).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });
});
