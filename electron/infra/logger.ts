// Main process (plain Node). Structured JSON-lines logs through electron-log (its Node entry: the same
// code in the desktop app, browser mode and the headless tool), rotated by electron-log's file transport.
// The redaction is an electron-log hook: every line goes through the redactor before any transport sees
// it, so a token passed by mistake is never written.
import electronLog from 'electron-log/node';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRedactor, type Redactor } from '../redaction/redact';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(event: string, fields?: object): void;
  warn(event: string, fields?: object): void;
  error(event: string, fields?: object): void;
  /** The folder the log files are in. */
  readonly dir: string;
  /** The log files, current one first, then older ones (for the support bundle). */
  files(): string[];
  /** The same redaction the log applies, for text that goes elsewhere (the console). */
  redactText(text: string): string;
  /**
   * The end of a site visit: blanks every reference to these customers (account ids, labels, emails, site
   * ids and VINs, raw or as this run's hashed ids) in the log files. Returns how many lines changed.
   */
  forgetReferences(values: readonly string[]): number;
}

export interface LoggerOptions {
  /** The OS's log folder in Electron (app.getPath('logs')); `<dataDir>/logs` in plain Node. */
  dir: string;
  /** Base file name; rotated files are `<name>.1.log`, `<name>.2.log`, … */
  name?: string;
  /** Rotate once the current file has grown past this many bytes (electron-log's maxSize). */
  maxBytes?: number;
  /** Rotated files kept besides the current one. */
  maxFiles?: number;
  now?: () => Date;
  /** One redactor per process run: ids hash alike across lines of one run. */
  redactor?: Redactor;
}

/** Where logs go when the shell does not name the OS's folder. */
/** What a forgotten customer's references read as afterwards. */
export const FORGOTTEN_MARK = '[customer removed]';

/** The hashed forms this run's redactor gives a value under the fields ids travel in (lines keep those, not the raw value). */
function hashedForms(redactor: Redactor, value: string): string[] {
  const fields = ['accountId', 'energy_site_id', 'siteId', 'vin', 'vehicle_id', 'id'];
  const redacted = redactor.redact(Object.fromEntries(fields.map((f) => [f, value]))) as Record<string, unknown>;
  return fields
    .map((f) => redacted[f])
    .filter((v): v is string => typeof v === 'string' && v !== value && v.includes('#'));
}

/** Rewrites the lines of `file` that name any of `needles` (as JSON-escaped text); returns how many changed. */
function scrubFile(file: string, needles: readonly string[]): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 0;
  }
  let changed = 0;
  const lines = text.split('\n').map((line) => {
    let out = line;
    for (const n of needles) if (out.includes(n)) out = out.split(n).join(FORGOTTEN_MARK);
    if (out !== line) changed += 1;
    return out;
  });
  if (changed > 0) {
    // Same folder, then rename: a crash leaves the old file or the new one, never half of each.
    const tmp = `${file}.${process.pid}.scrub.tmp`;
    writeFileSync(tmp, lines.join('\n'), { mode: 0o600 });
    renameSync(tmp, file);
  }
  return changed;
}

export function defaultLogDir(dataDir: string): string {
  return path.join(dataDir, 'logs');
}

const MAX_EVENT = 200;
let instances = 0;

// electron-log reports a log file it cannot write through the console of its default instance (which the
// app does not use otherwise): a log folder that cannot be written loses lines, as before, without printing
// a stray line into a headless command's output. The data folder's own errors say what is wrong.
electronLog.transports.console.writeFn = () => undefined;

export function createLogger(options: LoggerOptions): Logger {
  const { dir } = options;
  const name = options.name ?? 'main';
  const maxFiles = options.maxFiles ?? 3;
  const now = options.now ?? (() => new Date());
  const redactor = options.redactor ?? createRedactor();
  const current = path.join(dir, `${name}.log`);
  const rotated = (n: number) => path.join(dir, `${name}.${n}.log`);

  // An instance of its own (not electron-log's default one): its own folder and hooks, nothing global.
  instances += 1;
  const log = electronLog.create({ logId: `tcd-${process.pid}-${instances}` });
  for (const transport of Object.values(log.transports)) if (transport) transport.level = false;
  const file = log.transports.file;
  file.level = 'info';
  file.resolvePathFn = () => current;
  file.maxSize = options.maxBytes ?? 1024 * 1024;
  file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  // Keep `maxFiles` numbered generations (electron-log keeps one `.old.log` by default).
  file.archiveLogFn = () => {
    try {
      rmSync(rotated(maxFiles), { force: true });
      for (let n = maxFiles - 1; n >= 1; n -= 1) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
      if (maxFiles >= 1) renameSync(current, rotated(1));
      else rmSync(current, { force: true });
    } catch {
      // A locked or vanished file: the next line starts a fresh current file anyway.
    }
  };
  // The redaction hook: event text and fields, before the line is formed.
  log.hooks.push((message) => {
    const [event, fields] = message.data as [unknown, unknown];
    const data: unknown[] = [redactor.redactText(String(event).slice(0, MAX_EVENT))];
    if (fields !== undefined) data.push(redactor.redact(fields));
    return { ...message, date: now(), data };
  });
  // One JSON object per line.
  file.transforms = [
    ({ message }) => {
      const [event, fields] = message.data as [string, unknown];
      const record: Record<string, unknown> = { time: message.date.toISOString(), level: message.level, event };
      if (fields !== undefined) record.data = fields;
      return JSON.stringify(record);
    },
  ];

  const write = (level: LogLevel, event: string, fields?: object) => {
    try {
      if (fields === undefined) log[level](event);
      else log[level](event, fields);
    } catch {
      // A full disk or a locked file must not take the app down; the line is lost, nothing else.
    }
  };

  const files = () => {
    if (!existsSync(dir)) return [];
    const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.(\\d+))?\\.log$`);
    return readdirSync(dir)
      .map((f) => ({ f, m: pattern.exec(f) }))
      .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
      .sort((a, b) => Number(a.m[1] ?? 0) - Number(b.m[1] ?? 0))
      .map((x) => path.join(dir, x.f));
  };

  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    dir,
    redactText: (text) => redactor.redactText(text),
    files,
    forgetReferences(values) {
      // Short values (a label "A") would blank unrelated text: only distinctive ones are searched for.
      const raw = [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= 3))];
      const needles = [
        ...new Set(raw.flatMap((v) => [v, ...hashedForms(redactor, v)]).map((v) => JSON.stringify(v).slice(1, -1))),
      ];
      if (needles.length === 0) return 0;
      // Longest first, so a label that contains another one is blanked whole.
      needles.sort((x, y) => y.length - x.length);
      return files().reduce((sum, f) => sum + scrubFile(f, needles), 0);
    },
  };
}
