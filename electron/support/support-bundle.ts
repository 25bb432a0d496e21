// Main process (plain Node). "Copy support bundle": the logs, the settings (which hold no secret, and are
// redacted again here anyway) and the latest report in one zip in the data folder, for the support desk.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SupportBundle } from '@shared/contract/areas/support';
import { writeFileDurablySync } from '../infra/durable-file';
import type { Logger } from '../infra/logger';
import { createRedactor } from '../redaction/redact';
import { UPDATE_SETTINGS_FILE } from './update-settings';

/** Where bundles are kept in the data folder (End visit removes them: they may carry a customer's label). */
export const supportDir = (dataDir: string) => path.join(dataDir, 'support');

/** Removes the bundles kept in the data folder; the number removed. Copies saved elsewhere are the installer's. */
export async function removeSupportBundles(dataDir: string): Promise<number> {
  const dir = supportDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const bundles = names.filter((n) => /^tesla-connect-doctor-support-.*\.zip$/.test(n));
  for (const name of bundles) await rm(path.join(dir, name), { force: true });
  return bundles.length;
}

export interface SupportBundleOptions {
  dataDir: string;
  logger: Logger;
  app: { name: string; version: string; mode: 'demo' | 'tesla' };
  now?: () => Date;
  /** Where the zip is written; `<dataDir>/support` by default. */
  outDir?: string;
}

/** The desktop shell's part: the system save dialog (absent in browser mode and the headless tool). */
export interface SupportShell {
  /** Asks where to save a copy of the bundle; returns the chosen path, or null when cancelled. */
  saveBundle(request: { defaultName: string; sourcePath: string }): Promise<string | null>;
}

const SETTINGS_FILES = ['settings.json', UPDATE_SETTINGS_FILE];

/** The newest report in the history folder (`<dataDir>/reports/<id>.json`), already redacted at export. */
function latestReport(dataDir: string): string | null {
  const dir = path.join(dataDir, 'reports');
  if (!existsSync(dir)) return null;
  const candidates = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'history.json')
    .map((f) => ({ file: path.join(dir, f), mtime: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  return candidates[0]?.file ?? null;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** The zip's entries, in memory; exported for tests. */
export function collectSupportBundle(options: SupportBundleOptions): Zippable {
  const now = (options.now ?? (() => new Date()))();
  const redactor = createRedactor();
  const entries: Zippable = {};
  const notes: string[] = [];
  // What the bundle holds and what it leaves out, and why: the support desk reads this first.
  const contents: Record<string, string> = {};
  const leftOut: { what: string; why: string }[] = [];

  const logFiles = options.logger.files();
  if (logFiles.length === 0)
    leftOut.push({
      what: 'logs',
      why: 'no log file in the app’s log folder (nothing was logged on this computer yet)',
    });
  for (const file of logFiles) {
    // Lines were redacted when written; the second pass costs little and guards older files.
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => redactor.redactText(line))
      .join('\n');
    entries[`logs/${path.basename(file)}`] = strToU8(text);
    contents[`logs/${path.basename(file)}`] =
      'the app’s log (desktop app, browser mode and headless tool alike), redacted';
  }
  for (const name of SETTINGS_FILES) {
    const file = path.join(options.dataDir, name);
    if (!existsSync(file)) {
      leftOut.push({ what: name, why: 'not created yet: the defaults are in use' });
      continue;
    }
    const value = readJson(file);
    if (value === undefined) {
      notes.push(`${name} could not be read as JSON and was left out`);
      leftOut.push({ what: name, why: 'it could not be read as JSON' });
      continue;
    }
    entries[name] = strToU8(`${JSON.stringify(redactor.redact(value), null, 2)}\n`);
    contents[name] =
      name === 'settings.json' ? 'connection profiles (no secret; redacted again)' : 'the auto-update setting';
  }
  const report = latestReport(options.dataDir);
  if (report) {
    // Kept byte for byte so its integrity digest still verifies on the support desk.
    if (readJson(report) === undefined) {
      notes.push('the latest report could not be read and was left out');
      leftOut.push({ what: 'latest-report.json', why: 'the newest report in the history could not be read' });
    } else {
      entries['latest-report.json'] = readFileSync(report);
      contents['latest-report.json'] = 'the newest report in the history, as exported (redacted, digest intact)';
    }
  } else {
    leftOut.push({
      what: 'latest-report.json',
      why: 'no report in the history yet (export one, or run `npm run doctor -- diagnose`)',
    });
  }
  leftOut.push(
    { what: 'tokens and client secrets', why: 'they are kept in the system keychain only and never leave it' },
    {
      what: 'accounts.json (the connected customers)',
      why: 'personal data (names, email addresses); the account ids in the logs are hashed',
    },
    { what: 'restore journals', why: 'they hold a customer’s site settings; `npm run doctor -- recover` lists them' },
  );
  const manifest = {
    kind: 'tesla-connect-doctor/support-bundle@1',
    createdAt: now.toISOString(),
    app: options.app,
    platform: process.platform,
    arch: process.arch,
    versions: { node: process.versions.node, electron: process.versions.electron ?? null },
    entries: Object.keys(entries).sort(),
    contents: { ...contents, 'manifest.json': 'this list' },
    leftOut,
    notes,
  };
  entries['manifest.json'] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  return entries;
}

export function writeSupportBundle(options: SupportBundleOptions): SupportBundle {
  const now = (options.now ?? (() => new Date()))();
  const entries = collectSupportBundle({ ...options, now: () => now });
  const data = zipSync(entries, { level: 6, mtime: now });
  const outDir = options.outDir ?? supportDir(options.dataDir);
  const fileName = `tesla-connect-doctor-support-${now.toISOString().replace(/[:.]/g, '-')}.zip`;
  const file = path.join(outDir, fileName);
  writeFileDurablySync(file, data);
  return { path: file, fileName, bytes: data.byteLength, entries: Object.keys(entries).sort() };
}
