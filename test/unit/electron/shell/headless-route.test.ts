import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { headlessArgv, headlessBundlePath, headlessProcessArgv } from '@main/shell/headless-route';

describe('--headless routing (electron/shell/main.ts asks this before anything starts)', () => {
  it('finds the flag in the installed app’s argv and in a dev run, and hands over everything after it', () => {
    expect(headlessArgv(['/opt/tcd/tesla-connect-doctor', '--headless', 'explain', '--lang', 'de', 'x y'])).toEqual([
      'explain',
      '--lang',
      'de',
      'x y',
    ]);
    expect(headlessArgv(['/usr/bin/electron', '.', '--no-sandbox', '--headless', '--help'])).toEqual(['--help']);
    expect(headlessArgv(['/opt/tcd/tesla-connect-doctor', '--headless'])).toEqual([]);
  });

  it('leaves the desktop app alone: no flag, or a deep link that merely contains the word', () => {
    expect(headlessArgv(['/opt/tcd/tesla-connect-doctor'])).toBeNull();
    expect(headlessArgv(['/opt/tcd/tesla-connect-doctor', 'com.teslaconnectdoctor.app://cb?x=--headless'])).toBeNull();
  });

  it('runs the bundle beside the main entry with the argv plain Node would give it', () => {
    const bundle = headlessBundlePath('/app.asar/dist/electron');
    expect(bundle).toBe(path.join('/app.asar/dist/headless/doctor.cjs'));
    expect(headlessProcessArgv('/opt/tcd/tesla-connect-doctor', bundle, ['explain', 'x']).slice(2)).toEqual([
      'explain',
      'x',
    ]);
  });
});
