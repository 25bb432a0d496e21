import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '@main/infra/logger';
import { writeSupportBundle } from '@main/support/support-bundle';
import { UpdateSettingsService } from '@main/support/update-settings';
import { tempDir } from '@test/support/temp-dir';

const refresh = 'EU_77c1a9e4b2d8f3a6c5e0b9d4a7f2e1c8b3d6a9f4e7c2b5a8d1f0e3c6b9a2d5f8';

describe('support bundle', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-bundle-')));
  afterEach(() => remove());

  it('zips logs, settings and the newest report with no secret in it', () => {
    const logger = createLogger({ dir: path.join(dir, 'logs') });
    logger.info('accounts.refresh', { refresh_token: refresh });
    // An older log written by someone else's code, unredacted: the bundle redacts it again.
    writeFileSync(path.join(dir, 'logs', 'main.1.log'), `{"event":"old","note":"Bearer ${refresh}"}\n`);
    writeFileSync(
      path.join(dir, 'settings.json'),
      JSON.stringify({
        version: 1,
        activeProfileId: 'p1',
        profiles: [{ id: 'p1', clientId: 'client-123', client_secret: 'oops' }],
      }),
    );
    new UpdateSettingsService(dir).set({ enabled: true, channel: 'beta' });
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports', 'history.json'), '[]');
    writeFileSync(path.join(dir, 'reports', 'old.json'), '{"generatedAt":"old"}');
    utimesSync(path.join(dir, 'reports', 'old.json'), new Date(1000), new Date(1000));
    const newest = '{"generatedAt":"new","integrity":{"algorithm":"sha256","digest":"' + 'b'.repeat(64) + '"}}';
    writeFileSync(path.join(dir, 'reports', 'new.json'), newest);

    const bundle = writeSupportBundle({
      dataDir: dir,
      logger,
      app: { name: 'Tesla Connect Doctor', version: '0.1.0', mode: 'demo' },
      now: () => new Date('2026-03-04T05:06:07Z'),
    });
    expect(bundle.path).toBe(path.join(dir, 'support', bundle.fileName));
    expect(bundle.fileName).toBe('tesla-connect-doctor-support-2026-03-04T05-06-07-000Z.zip');
    expect(bundle.entries).toEqual([
      'latest-report.json',
      'logs/main.1.log',
      'logs/main.log',
      'manifest.json',
      'settings.json',
      'update-settings.json',
    ]);

    const zip = unzipSync(readFileSync(bundle.path));
    const all = Object.values(zip)
      .map((b) => strFromU8(b))
      .join('\n');
    expect(all).not.toContain(refresh.slice(3, 25));
    expect(all).not.toContain('oops');
    // The report is kept byte for byte (its digest must still verify).
    expect(strFromU8(zip['latest-report.json']!)).toBe(newest);
    expect(JSON.parse(strFromU8(zip['update-settings.json']!))).toEqual({ enabled: true, channel: 'beta' });
    expect(JSON.parse(strFromU8(zip['manifest.json']!))).toMatchObject({
      app: { version: '0.1.0' },
      createdAt: '2026-03-04T05:06:07.000Z',
    });
  });

  it('works on an empty data folder and says what it left out', () => {
    writeFileSync(path.join(dir, 'settings.json'), '{ not json');
    const bundle = writeSupportBundle({
      dataDir: dir,
      logger: createLogger({ dir: path.join(dir, 'logs') }),
      app: { name: 'x', version: '1', mode: 'demo' },
    });
    expect(bundle.entries).toEqual(['manifest.json']);
    const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(bundle.path))['manifest.json']!)) as {
      notes: string[];
    };
    expect(manifest.notes).toEqual(['settings.json could not be read as JSON and was left out']);
    // No folder path in what goes to support: it carries the installer's user name on most systems.
    expect(strFromU8(unzipSync(readFileSync(bundle.path))['manifest.json']!)).not.toContain(dir);
  });
});

describe('UpdateSettingsService', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-upd-')));
  afterEach(() => remove());

  it('is off by default, persists a change and tells listeners', () => {
    const service = new UpdateSettingsService(dir);
    expect(service.get()).toEqual({ enabled: false, channel: 'stable' });
    const heard: unknown[] = [];
    service.onChange((s) => heard.push(s));
    service.set({ enabled: true, channel: 'beta' });
    expect(new UpdateSettingsService(dir).get()).toEqual({ enabled: true, channel: 'beta' });
    expect(heard).toEqual([{ enabled: true, channel: 'beta' }]);
    expect(() => service.set({ enabled: true, channel: 'nightly' as 'beta' })).toThrow();
  });
});
